"""Local supplements (a few tags allowed: sanitised) and embed remarks (plain text: stored as typed,
escaped wherever shown) are typed by outsiders."""

import re
from functools import partial

import bleach
from bleach.linkifier import LinkifyFilter

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
BLOCK_TAG = re.compile(r"<(p|ul|ol)\b", re.IGNORECASE)
SUPPLEMENT_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a"}
SUPPLEMENT_ATTRIBUTES = {"a": ["href"]}
SUPPLEMENT_PROTOCOLS = {"https", "http", "mailto"}


def open_outside_frame(attrs, new=False):
    """Links in a supplement lead to the organisation's own intranet: open them on top."""
    attrs[(None, "target")] = "_top"
    attrs[(None, "rel")] = "noopener noreferrer"
    return attrs


supplement_cleaner = bleach.Cleaner(
    tags=SUPPLEMENT_TAGS,
    attributes=SUPPLEMENT_ATTRIBUTES,
    protocols=SUPPLEMENT_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[open_outside_frame])],
)


def clean_supplement(html):
    """A few inline and list tags and links; scripts, styles, attributes and the rest removed.

    Plain text with blank lines becomes paragraphs, so admins need not type HTML.
    """
    text = (html or "").strip().replace("\r\n", "\n")
    if text and not BLOCK_TAG.search(text):
        paragraphs = [part.strip() for part in text.split("\n\n")]
        text = "".join("<p>" + part.replace("\n", "<br>") + "</p>" for part in paragraphs if part)
    return supplement_cleaner.clean(text).strip()


def clean_plain_text(text, max_length=1000):
    """Remarks are plain text, stored as typed: ``<script>`` and ``&lt;`` stay exactly that.

    Nothing is parsed as HTML here; every place that shows a remark escapes it (Django's
    autoescape, the CSV writer neutralises formulas). Only layout is tidied: whitespace collapsed
    per line, empty lines and control characters other than line breaks dropped.
    """
    lines = [" ".join(CONTROL.sub(" ", line).split()) for line in (text or "").splitlines()]
    return "\n".join(line for line in lines if line)[:max_length]
