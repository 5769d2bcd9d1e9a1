"""Comment bodies: a short allow-list of tags, safe links only, no scripts or event handlers."""

import re
from functools import partial

import bleach
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"
BLOCK_TAG = re.compile(r"<(p|ul|ol)\b", re.IGNORECASE)
# Script and style contents are dropped entirely, not kept as text.
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


def set_link_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


CLEANER = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[set_link_rel], skip_tags={"pre"})],
)


def paragraphs_from_text(text):
    """Plain text typed in a textarea becomes paragraphs (blank line) and line breaks."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "".join("<p>" + block.replace("\n", "<br>") + "</p>" for block in blocks)


def sanitise_comment(raw):
    """Return safe HTML for a comment body (possibly empty when nothing readable was left)."""
    text = SCRIPT_OR_STYLE.sub("", raw.replace("\r\n", "\n")).strip()
    if not BLOCK_TAG.search(text):
        text = paragraphs_from_text(text)
    cleaned = CLEANER.clean(text)
    # Stripping tags such as <script> can leave empty paragraphs behind.
    return re.sub(r"<p>\s*</p>", "", cleaned).strip()


def visible_text(html):
    return bleach.clean(html, tags=set(), strip=True).strip()
