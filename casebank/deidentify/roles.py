"""One role mention where the text names a role and the submitter's label names it again.

With ``Sandra=moeder``, "Moeder Sandra belde" would read "Moeder moeder belde". The role word
in the text already says who it is, so:

- a role word right before a labelled name stays as written (capitalisation included) and the
  name goes, with what joins the two: "Moeder Sandra" -> "Moeder", "de moeder, Sandra, belde"
  -> "de moeder belde", "het kind (Noah)" with ``Noah=kind 1 (9 jaar)`` -> "het kind 1 (9
  jaar)". The finding covers the name and its joints, never the role word, which is a domain
  word; its replacement is what the label adds to the role ("" or " 1 (9 jaar)").
- a form of address before a name whose label is a role gives way to the label:
  "juf Anja" with ``Anja=leerkracht`` -> "leerkracht", "Mevrouw De Vries" -> "Moeder". Here the
  finding takes in the form of address.

A label that is no role (``[persoon 1]``, a pseudonym such as "Petra") changes nothing, and
neither does another role that says something the label does not ("haar partner Karim" with
``Karim=vader``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .results import Finding
from .vocabulary import DETERMINERS, FAMILY_ROLES, PROFESSIONAL_ROLES, TITLES

# Words for the same role: "mama Sandra" with Sandra=moeder is one mention of the mother.
ROLE_SYNONYMS = {
    "mama": "moeder", "mam": "moeder", "papa": "vader", "pap": "vader",
    "grootmoeder": "oma", "grootvader": "opa", "juffrouw": "juf",
}  # fmt: skip
# Forms of address written as one word ("de heer" is "de" + "heer": the article stays).
FORMS_OF_ADDRESS = tuple(title for title in TITLES if " " not in title)
ROLE_WORDS = (*FAMILY_ROLES, *PROFESSIONAL_ROLES, *FORMS_OF_ADDRESS, *ROLE_SYNONYMS)
LABEL_ARTICLES = ("de", "het", "een")
PERSON_KINDS = ("known", "person")
# How far back a role word may start; the longest role phrase is well under this.
LOOK_BACK = 60


def _alternatives(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


# A role right before a name: "moeder Sandra", "de moeder, Sandra,", "het kind (Noah)".
# No line break in between: a heading "Moeder" above a line opening with a name is no pair.
_ROLE_BEFORE = re.compile(
    rf"(?<![\w@.])(?P<role>{_alternatives(ROLE_WORDS)})(?P<gap>[^\S\n]*[,(][^\S\n]*|[^\S\n]+)$",
    re.IGNORECASE,
)
_ADDRESS_BEFORE = re.compile(
    rf"(?<![\w@.])(?P<role>{_alternatives(FORMS_OF_ADDRESS)})[^\S\n]+$", re.IGNORECASE
)
_LABEL_ROLE = re.compile(rf"(?P<role>{_alternatives(ROLE_WORDS)})(?![\w'’-])", re.IGNORECASE)
# An apposition ends where it began: ", Sandra," or "(Sandra)", or at the end of the sentence.
_CLOSING = {",": re.compile(r"[^\S\n]*,|(?=[^\S\n]*(?:[.!?;:]|$))"), "(": re.compile(r"\s*\)")}
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")


def collapse_repeated_roles(text: str, findings: list[Finding]) -> list[Finding]:
    """Rewrite person findings whose label repeats the role word in front of them."""
    collapsed: list[Finding] = []
    for index, finding in enumerate(findings):
        previous_end = collapsed[-1].end if collapsed else 0
        next_start = findings[index + 1].start if index + 1 < len(findings) else len(text)
        rewritten = _collapsed(text, finding, previous_end, next_start)
        collapsed.append(rewritten or finding)
    return collapsed


def _collapsed(text: str, finding: Finding, previous_end: int, next_start: int) -> Finding | None:
    if finding.kind not in PERSON_KINDS:
        return None
    label_role = _label_role(finding.replacement)
    if label_role is None:
        return None
    role, rest = label_role
    window_start = max(previous_end, finding.start - LOOK_BACK)
    before = _ROLE_BEFORE.search(text, window_start, finding.start)
    if before and _same_role(before.group("role"), role):
        end = _apposition_end(text, before.group("gap"), finding.end, next_start)
        if end is not None:
            start = before.end("role")
            return Finding(start, end, finding.kind, rest, text[start:end])
    address = _ADDRESS_BEFORE.search(text, window_start, finding.start)
    if address:
        start = address.start()
        replacement = _fitted_label(text, start, finding.replacement, address.group("role"))
        return Finding(start, finding.end, finding.kind, replacement, text[start : finding.end])
    return None


def _label_role(label: str) -> tuple[str, str] | None:
    """The role a label opens with and what it adds: "kind 1 (9 jaar)" -> ("kind", " 1 (9 jaar)")."""
    core = label.strip()
    if core.startswith("[") and core.endswith("]"):
        core = core[1:-1].strip()
    first, _, remainder = core.partition(" ")
    if first.lower() in LABEL_ARTICLES and remainder:
        core = remainder.lstrip()
    match = _LABEL_ROLE.match(core)
    if match is None:
        return None
    return _canonical(match.group("role")), core[match.end() :]


def _same_role(written: str, label_role: str) -> bool:
    """The role in the text, or its last words ("preventief jeugdbeschermer"), is the label's."""
    words = written.lower().split()
    return any(_canonical(" ".join(words[i:])) == label_role for i in range(len(words)))


def _canonical(role: str) -> str:
    role = " ".join(role.lower().split())
    return ROLE_SYNONYMS.get(role, role)


def _apposition_end(text: str, gap: str, name_end: int, next_start: int) -> int | None:
    """Where the removed stretch ends: after the name, or after the comma or bracket closing
    an apposition. None when the name is not set off as one (a list: "moeder, Sandra en")."""
    opening = next((mark for mark in ",(" if mark in gap), None)
    if opening is None:
        return name_end
    closing = _CLOSING[opening].match(text, name_end)
    if closing is None or closing.end() > next_start:
        return None
    return closing.end()


def _fitted_label(text: str, start: int, label: str, address: str) -> str:
    """The label in place of "juf Anja": no second article ("de heer X" -> "de vader"),
    capitalised like the form of address it replaces."""
    first, _, remainder = label.partition(" ")
    previous = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    after_article = previous is not None and previous.group(1).lower() in DETERMINERS
    if first.lower() in LABEL_ARTICLES and remainder and after_article:
        label = remainder.lstrip()
    if address[:1].isupper() and label[:1].islower():
        label = label[:1].upper() + label[1:]
    return label
