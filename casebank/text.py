"""The plain-text conventions of the case fields, so submitters need no rich-text editor.

- course: paragraphs separated by a blank line;
- looking back: paragraphs; a first line ending in a colon is the paragraph's theme;
- quotes: one per line, ``role: quote``;
- lessons: one per line.
"""

import re

_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(value):
    return [" ".join(part.split()) for part in _BLANK_LINE.split(value or "") if part.strip()]


def lines(value):
    return [line.strip(" -•*\t") for line in (value or "").splitlines() if line.strip(" -•*\t")]


def themes(value):
    result = []
    for part in _BLANK_LINE.split(value or ""):
        if not part.strip():
            continue
        first, _newline, rest = part.strip().partition("\n")
        if first.rstrip().endswith(":") and rest.strip():
            result.append({"theme": first.rstrip()[:-1].strip(), "text": " ".join(rest.split())})
        else:
            result.append({"theme": "", "text": " ".join(part.split())})
    return result


def quotes(value):
    result = []
    for line in lines(value):
        role, separator, quote = line.partition(":")
        if separator and role.strip() and len(role) <= 60:
            result.append({"role": role.strip(), "text": quote.strip().strip("\"'“”")})
        else:
            result.append({"role": "", "text": line.strip("\"'“”")})
    return result


def join_paragraphs(items):
    return "\n\n".join(items)


def join_themes(items):
    return "\n\n".join(
        f"{item['theme']}:\n{item['text']}" if item.get("theme") else item["text"] for item in items
    )


def join_quotes(items):
    return "\n".join(f"{item['role']}: {item['text']}" for item in items)


def join_lines(items):
    return "\n".join(items)
