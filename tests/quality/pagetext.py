"""What a reader must never see in a page's text: stored codes (``vto_checklist``,
``Vto_checklist``), English month names or abbreviations in dates ("2 Dec 2026"), and two labels
side by side that say the same ("Organisatie · Organisatie").

The text is the page's rendered text (``innerText``: what is shown, without markup, field values,
code samples in <code>/<pre> or the address bar), so an id or a class name does not count.
"""

import re

# A word with an underscore between letters: how a choice's stored value or a YAML key looks.
RAW_CODE = re.compile(r"(?<![\w/.@:=?&#-])[A-Za-z]+(?:_[A-Za-z]+)+(?![\w/@-]|\.\w)")
# Two labels side by side that say the same ("Organisatie · Organisatie").
REPEATED_LABEL = re.compile(r"\b(\w[\w-]*) · \1\b")
# English month names and abbreviations next to a day number ("2 Dec 2026", "December 2").
ENGLISH_MONTH = re.compile(
    r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    r"July|August|September|October|November|December)\.? \d{1,2}\b"
)

_VISIBLE_TEXT = """() => {
  const copy = document.body.cloneNode(true);
  for (const element of copy.querySelectorAll("code, pre, script, style, template, kbd, samp")) {
    element.remove();
  }
  document.body.appendChild(copy);
  copy.style.position = "absolute";
  const text = copy.innerText;
  copy.remove();
  return text;
}"""


def raw_codes_in(text):
    return sorted(set(RAW_CODE.findall(text)))


def english_dates_in(text):
    return sorted(set(ENGLISH_MONTH.findall(text)))


def repeated_labels_in(text):
    return sorted({f"{word} · {word}" for word in REPEATED_LABEL.findall(text)})


def visible_text(page):
    return page.evaluate(_VISIBLE_TEXT)


def text_problems(page):
    """Readable lines for the raw codes and English dates in the page's visible text."""
    text = visible_text(page)
    lines = [f"  [raw code] {code}" for code in raw_codes_in(text)]
    lines += [f"  [English date] {date}" for date in english_dates_in(text)]
    lines += [f"  [repeated label] {label}" for label in repeated_labels_in(text)]
    return lines
