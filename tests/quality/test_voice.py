"""One voice (docs/style-guide.md): Samenspel addresses its reader as "je", never "u".

Checked in every place Dutch reader-facing text lives: every msgstr of every catalogue, every
string in the apps' content files (YAML, JSON), and the Dutch text written straight into
templates (the error pages). Text that quotes other people's letters (the de-identifier's
evaluation sources) is not the site speaking and is not checked.
"""

import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
APPS = ("site", "toolkit", "learning", "casebank", "embed", "templates", "locale")

# "u", "uw", "uzelf" as words (any case); not inside a word, a template variable or an entity.
FORMAL_YOU = re.compile(r"(?<![\w&{%/.-])(?:[Uu]w?|[Uu]zelf)(?![\w}/-])")
MSGSTR = re.compile(r'^msgstr(?:\[\d+\])? ((?:"(?:[^"\\]|\\.)*"\n?)+)', re.MULTILINE)
PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
TEMPLATE_TAGS = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}|<[^>]*>", re.DOTALL)


def formal_words(text):
    return FORMAL_YOU.findall(text)


def catalogues():
    return sorted(
        path
        for app in APPS
        for path in (ROOT / app).rglob("django.po")
        if "/nl/" in str(path) and ".venv" not in path.parts
    )


def msgstrs(path):
    for match in MSGSTR.finditer(path.read_text(encoding="utf-8")):
        yield "".join(PO_STRING.findall(match.group(1)))


def strings_in(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if not str(key).startswith("_"):  # "_comment": notes for editors, in English
                yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


def content_files():
    return sorted(
        path
        for app in ("site", "toolkit", "learning", "casebank", "embed")
        for pattern in ("content/*.yaml", "content/*.json", "*/content/*.yaml")
        for path in (ROOT / app).glob(pattern)
    )


def template_texts():
    for app in ("site", "toolkit", "learning", "casebank", "embed", "templates"):
        for path in sorted((ROOT / app).rglob("*")):
            if path.suffix in {".html", ".txt"} and "templates" in path.parts:
                text = path.read_text(encoding="utf-8")
                text = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", "", text, flags=re.S)
                yield path, TEMPLATE_TAGS.sub(" ", text)


def test_the_check_finds_the_formal_you_and_nothing_else():
    assert formal_words("Wat u hier vindt") == ["u"]
    assert formal_words("Uw account; houd hem voor uzelf. Heeft U dat?") == ["Uw", "uzelf", "U"]
    for fine in ("Je kunt je uur kiezen", "uitnodiging", "/vragenlijst/x/u/y/", "&uuml;"):
        assert formal_words(fine) == [], fine


def test_every_catalogue_is_found():
    found = {path.relative_to(ROOT).parts[0] for path in catalogues()}
    assert found >= {"locale", "site", "toolkit", "learning", "casebank", "embed"}


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_message_addresses_the_reader_as_u(path):
    formal = [text for text in msgstrs(path) if formal_words(text)]
    assert not formal, "Use je/jouw, not u/uw (docs/style-guide.md):\n" + "\n".join(formal)


def test_no_content_file_addresses_the_reader_as_u():
    files = content_files()
    assert any(path.name == "instrument.yaml" for path in files)
    formal = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        formal += [
            f"{path.relative_to(ROOT)}: {value[:100]}"
            for value in strings_in(data)
            if formal_words(value)
        ]
    assert not formal, "Use je/jouw, not u/uw (docs/style-guide.md):\n" + "\n".join(formal)


def test_no_template_text_addresses_the_reader_as_u():
    formal = [
        f"{path.relative_to(ROOT)}: {' '.join(text.split())[:100]}"
        for path, text in template_texts()
        if formal_words(text)
    ]
    assert not formal, "Use je/jouw, not u/uw (docs/style-guide.md):\n" + "\n".join(formal)


def test_djangos_own_password_rules_speak_with_je():
    """Django's Dutch catalogue says "Uw wachtwoord …"; the project catalogue wins
    (site/django_messages.py), so the sign-up page's password rules say "Je wachtwoord …"."""
    from django.contrib.auth.password_validation import password_validators_help_texts
    from django.utils import translation

    with translation.override("nl"):
        rules = password_validators_help_texts()
    assert rules and all(rule.startswith("Je wachtwoord") for rule in rules), rules
    assert not any(formal_words(rule) for rule in rules)
