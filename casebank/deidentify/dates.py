"""Dates, and the period labels they are generalised to.

A date with a year becomes a season of that year ("15 maart 2021" -> "[voorjaar 2021]"), so a
reader keeps the order of events without the exact day; a date without a year becomes "[datum]".
A year on its own is not treated as identifying and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import Candidate
from .vocabulary import MONTHS, WEEKDAYS


def _is_full_name(month: str) -> bool:
    """ "juni" is a full name and "jun" its abbreviation; "mei" has none."""
    return month == "mei" or len(month) > 4 or month in ("juni", "juli")


_FULL_MONTHS = sorted(filter(_is_full_name, MONTHS), key=len, reverse=True)
_SHORT_MONTHS = sorted((name for name in MONTHS if name not in _FULL_MONTHS), key=len, reverse=True)
# A full stop after a full month name ends the sentence; after an abbreviation it is part of it.
_MONTH = rf"(?:{'|'.join(_FULL_MONTHS)}|(?:{'|'.join(_SHORT_MONTHS)})\.?)"
_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAYS)}|(?:ma|di|wo|do|vr|za|zo)\.?)\s+)?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:e|ste|de)?"
_OTHER_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?P<year>(?:19|20)\d{2}|'\d{2})"

TEXT_DATE = re.compile(
    rf"(?<![\w-]){_WEEKDAY}{_DAY}(?:\s*(?:-|t/m|tot en met|tot|en)\s*{_OTHER_DAY})?"
    rf"\s+(?P<month>{_MONTH})(?:\s+{_YEAR})?(?![\w-])",
    re.IGNORECASE,
)
MONTH_YEAR = re.compile(
    rf"(?<![\w-])(?:(?:begin|half|medio|midden|eind|einde)\s+)?"
    rf"(?P<month>{'|'.join(_FULL_MONTHS)}|(?:{'|'.join(_SHORT_MONTHS)})\.?)\s+{_YEAR}(?![\w-])",
    re.IGNORECASE,
)
# A month without a year after a word that makes it a moment: "sinds oktober", "half maart".
MONTH_ALONE = re.compile(
    r"\b(?:sinds|vanaf|per|tot|begin|half|medio|midden|eind|einde|in|na|voor)\s+"
    rf"(?P<month>{'|'.join(_FULL_MONTHS)})(?![\w-])",
    re.IGNORECASE,
)
# A season or quarter with its year: "zomer 2018", "Q3 2020".
SEASON_YEAR = re.compile(
    r"(?<![\w-])(?P<season>voorjaar|lente|zomer|najaar|herfst|winter|kerst|Q[1-4]|"
    rf"[1-4]e\s+kwartaal)\s+{_YEAR}(?![\w-])",
    re.IGNORECASE,
)
_MOMENTS = ("begin", "half", "medio", "midden", "eind")
WEEK_NUMBER = re.compile(r"(?<![\w-])week\s+(?:[1-9]|[1-4]\d|5[0-3])(?![\w-]|[.,]\d)", re.I)
NUMERIC_DMY = re.compile(
    rf"(?<![\w/.-]){_WEEKDAY}(?P<day>\d{{1,2}})(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)"
    r"(?P<year>(?:19|20)\d{2}|\d{2})(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
NUMERIC_YMD = re.compile(
    r"(?<![\w/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?![\w/-]|\.\d)"
)
SHORT_DAY_MONTH = re.compile(
    rf"(?<![\w/.,-]){_WEEKDAY}(?P<day>\d{{1,2}})[-/](?P<month>\d{{1,2}})(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)
# "groep 6-8", "2-3 keer", "0-3 jaar": ranges and counts that look like a day and a month.
_NOT_A_DATE_BEFORE = re.compile(
    r"(?:groep|groepen|klas|product|pagina|blz\.?|p\.|artikel|art\.|hoofdstuk|fase|stap|"
    r"niveau|score|scoort|cijfer|nummer|nr\.?|uitslag|versie|schaal|week|weken|leeftijd)"
    r"\s*\(?\s*$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:uur|keer|x|%|jaar|jarige?|maanden|maand|weken|week|dagen|dag|kinderen|punten|"
    r"personen|gesprekken|sessies|minuten|min|procent|euro)\b",
    re.IGNORECASE,
)

SEASONS = {
    3: "voorjaar", 4: "voorjaar", 5: "voorjaar", 6: "zomer", 7: "zomer", 8: "zomer",
    9: "najaar", 10: "najaar", 11: "najaar",
}  # fmt: skip

DATE_PATTERNS = (TEXT_DATE, MONTH_YEAR, NUMERIC_DMY, NUMERIC_YMD, SHORT_DAY_MONTH)


def find_dates(text: str) -> Iterator[Candidate]:
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if _is_plausible(match, pattern):
                yield Candidate(match.start(), match.end(), "date")
    for pattern in (SEASON_YEAR, WEEK_NUMBER):
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end(), "date")
    for match in MONTH_ALONE.finditer(text):
        # "in mei" is a month, "half maart" a moment; "in maart 2021" is found whole above.
        start = (
            match.start() if match.group().lower().startswith(_MOMENTS) else match.start("month")
        )
        yield Candidate(start, match.end("month"), "date")


def period_label(original: str) -> str:
    """The label for one date mention: a season with its year, or "[datum]"."""
    season = SEASON_YEAR.fullmatch(original)
    if season:
        return (
            f"[{season.group('year')}]"
            if season.group("season")[:1].upper() == "Q"
            else (f"[{_season_of_word(season.group('season'))} {season.group('year')}]")
        )
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(original)
        if match:
            month, year = _month(match), _year(match)
            if month and year:
                return f"[{_season(month, year)}]"
    return "[datum]"


def _season_of_word(word: str) -> str:
    lowered = word.lower()
    return {"lente": "voorjaar", "herfst": "najaar", "kerst": "winter"}.get(lowered, lowered)


def _is_plausible(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    month = _month(match)
    day = int(match.group("day")) if "day" in match.groupdict() and match.group("day") else 1
    if not month or not 1 <= day <= 31:
        return False
    if pattern is SHORT_DAY_MONTH:
        return _is_short_date_in_context(match)
    return True


def _is_short_date_in_context(match: re.Match[str]) -> bool:
    if match.group() == "24/7":
        return False  # "round the clock", not the 24th of July
    before = match.string[max(0, match.start() - 20) : match.start()]
    after = match.string[match.end() : match.end() + 15]
    return not _NOT_A_DATE_BEFORE.search(before) and not _UNIT_AFTER.match(after)


def _month(match: re.Match[str]) -> int | None:
    value = match.group("month").rstrip(".").lower()
    month = int(value) if value.isdigit() else MONTHS.get(value)
    return month if month and 1 <= month <= 12 else None


def _year(match: re.Match[str]) -> int | None:
    value = match.groupdict().get("year")
    if not value:
        return None
    digits = value.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    # Two-digit years: the case bank holds stories of this century and the late 1900s.
    return 2000 + int(digits) if int(digits) <= 40 else 1900 + int(digits)


def _season(month: int, year: int) -> str:
    if month in SEASONS:
        return f"{SEASONS[month]} {year}"
    # Winter spans the turn of the year, so name both years.
    first = year if month == 12 else year - 1
    return f"winter {first}-{first + 1}"
