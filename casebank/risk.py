"""Re-identification check: warns about details that, together, could point to one family.

A small rules engine over a case's structured fields and its de-identified text. Each rule
looks for one kind of identifying detail; a final rule weighs the combination, because a small
municipality plus the family's make-up plus a rare event plus a period can point to one family
even when no name is left. Warnings are stored as codes with examples (snippets of the
de-identified text) and rendered in Dutch at display time.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext_lazy as _

from .choices import GENERALISED_REGION, MUNICIPALITY_SIZE, Region, SizeClass

HIGH, WARNING, INFO = "high", "warning", "info"
LEVEL_ORDER = {HIGH: 0, WARNING: 1, INFO: 2}

NUMBER_WORDS = (
    "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    "vijftien|zestien|zeventien|achttien|negentien|twintig"
)
# "9 jaar", "negen jaar oud", "9-jarige", "8 maanden" – but not a band such as "6–11 jaar".
EXACT_AGE = re.compile(
    rf"(?<![\d–-])\b(\d{{1,2}}|{NUMBER_WORDS})(\s+jaar(\s+oud)?\b|[ -]jarige?\b|\s+maanden\s+oud\b)"
    rf"(?!\s*[–-]\s*\d)",
    re.IGNORECASE,
)
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
EXACT_DATE = re.compile(
    rf"\b(\d{{1,2}}\s+({MONTHS})\b(\s+\d{{4}})?|({MONTHS})\s+(19|20)\d{{2}}|"
    rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.](19|20)?\d{{2}})\b",
    re.IGNORECASE,
)
PRECISE_PERIOD = re.compile(rf"\b({MONTHS}|\d{{1,2}}[-/.]\d{{1,2}})\b", re.IGNORECASE)

# Events rare enough in Haaglanden that, with a place and a period, they can name a family.
RARE_EVENTS = (
    "ontvoering",
    "ontvoerd",
    "eerwraak",
    "eergerelateerd",
    "tweeling",
    "drieling",
    "moord",
    "doodslag",
    "zelfdoding",
    "suïcide",
    "overleden",
    "overlijden",
    "mensenhandel",
    "loverboy",
    "besnijdenis",
    "uithuwelijking",
    "gedwongen huwelijk",
    "radicalisering",
    "terrorisme",
    "schietpartij",
    "steekpartij",
    "brandstichting",
    "explosie",
    "krant",
    "in het nieuws",
    "media-aandacht",
)
RARE_EVENT = re.compile(r"\b(" + "|".join(re.escape(word) for word in RARE_EVENTS) + r")\w*", re.I)

LARGE_FAMILY = re.compile(
    r"\b([4-9]|1\d|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+kinderen\b", re.IGNORECASE
)
SPECIFIC_FAMILY = re.compile(
    r"\b(tweeling|drieling|pleegkind\w*|adoptie\w*|stiefkind\w*|grootouder\w* als opvoeder)\b",
    re.IGNORECASE,
)

MUNICIPALITY_NAMES = {
    region: re.compile(r"\b" + re.escape(region.label).replace(r"\-", "[- ]") + r"\b", re.I)
    for region in MUNICIPALITY_SIZE
}

MESSAGES = {
    "named_municipality": (
        _("The case names the municipality %(municipality)s (%(size)s)."),
        _("Choose the region “%(region)s” instead."),
    ),
    "municipality_in_text": (
        _("The text names the municipality %(municipality)s (%(size)s)."),
        _("Replace it with a general description such as “%(region)s”."),
    ),
    "exact_age": (
        _("The text gives exact ages: %(examples)s."),
        _("Use age bands instead, e.g. 0–5, 6–11 or 12–17 jaar."),
    ),
    "exact_date": (
        _("The text gives exact dates or months: %(examples)s."),
        _("Use a period instead, e.g. a season or a year (voorjaar 2021, 2021–2022)."),
    ),
    "precise_period": (
        _("The period “%(examples)s” is precise to the month or day."),
        _("Give a year or a range of years."),
    ),
    "rare_event": (
        _("The text mentions a rare event: %(examples)s."),
        _("Describe it more generally, or leave it out if the lesson does not depend on it."),
    ),
    "specific_family": (
        _("The family's make-up is distinctive: %(examples)s."),
        _("Describe the family more generally (e.g. ‘meerdere kinderen’)."),
    ),
    "combination": (
        _(
            "Together, %(dimensions)s could point to one family, especially in a smaller "
            "municipality."
        ),
        _(
            "Generalise at least one of them: municipality → region, exact ages → age bands, "
            "dates → periods, rare events → a general description."
        ),
    ),
}

DIMENSION_LABELS = {
    "place": _("the place"),
    "family": _("the family's make-up"),
    "event": _("a rare event"),
    "time": _("a precise period"),
}


@dataclass
class Warning:
    code: str
    level: str
    params: dict = field(default_factory=dict)

    def as_dict(self):
        return asdict(self)


def check_case(case) -> list[dict]:
    """All warnings for a case (any object with the case fields), most serious first."""
    from .models.cases import TEXT_SECTIONS

    text = "\n".join(str(getattr(case, name, "") or "") for name in TEXT_SECTIONS)
    text += "\n" + "\n".join(factor_texts(case))
    warnings: list[Warning] = []
    place = _place_warnings(case.region, text, warnings)
    family = _family_warnings(case.family or "", text, warnings)
    event = _matches(RARE_EVENT, text)
    if event:
        warnings.append(Warning("rare_event", WARNING, {"examples": event}))
    time = _time_warnings(case.period or "", text, warnings)
    _age_warnings(text, warnings)
    _combination(place, bool(family), bool(event), time, warnings)
    warnings.sort(key=lambda warning: LEVEL_ORDER[warning.level])
    return [warning.as_dict() for warning in warnings]


def factor_texts(case):
    factors = getattr(case, "pending_factors", None)
    if factors is not None:
        return [factor["text"] for factor in factors]
    if getattr(case, "pk", None):
        return list(case.factors.values_list("text", flat=True))
    return []


def _matches(pattern, text, limit=3):
    found = []
    for match in pattern.finditer(text):
        snippet = " ".join(match.group(0).split())
        if snippet.lower() not in (item.lower() for item in found):
            found.append(snippet)
        if len(found) == limit:
            break
    return found


def _place_warnings(region, text, warnings):
    """The smallest size class of a municipality named in the region field or in the text."""
    sizes = []
    if region in MUNICIPALITY_SIZE:
        size = MUNICIPALITY_SIZE[Region(region)]
        sizes.append(size)
        if size != SizeClass.LARGE:
            level = {SizeClass.SMALL: HIGH, SizeClass.MEDIUM_SMALL: WARNING}.get(size, INFO)
            warnings.append(Warning("named_municipality", level, _place_params(region)))
    for municipality, pattern in MUNICIPALITY_NAMES.items():
        size = MUNICIPALITY_SIZE[municipality]
        if size != SizeClass.LARGE and pattern.search(text):
            sizes.append(size)
            level = WARNING if size in (SizeClass.SMALL, SizeClass.MEDIUM_SMALL) else INFO
            warnings.append(Warning("municipality_in_text", level, _place_params(municipality)))
    order = [SizeClass.SMALL, SizeClass.MEDIUM_SMALL, SizeClass.MEDIUM, SizeClass.LARGE]
    return min(sizes, key=order.index) if sizes else None


def _place_params(municipality):
    size = MUNICIPALITY_SIZE[Region(municipality)]
    return {
        "municipality": Region(municipality).label,
        "size": size,
        "region": GENERALISED_REGION[size],
    }


def _family_warnings(family, text, warnings):
    found = _matches(LARGE_FAMILY, family) + _matches(SPECIFIC_FAMILY, text)
    if found:
        warnings.append(Warning("specific_family", INFO, {"examples": found[:3]}))
    return found


def _time_warnings(period, text, warnings):
    dates = _matches(EXACT_DATE, text)
    if dates:
        warnings.append(Warning("exact_date", WARNING, {"examples": dates}))
    precise_period = bool(PRECISE_PERIOD.search(period))
    if precise_period:
        warnings.append(Warning("precise_period", WARNING, {"examples": [period]}))
    return bool(dates) or precise_period


def _age_warnings(text, warnings):
    ages = _matches(EXACT_AGE, text)
    if ages:
        warnings.append(Warning("exact_age", WARNING, {"examples": ages}))


def _combination(place, family, event, time, warnings):
    present = {"family": family, "event": event, "time": time}
    others = [name for name, found in present.items() if found]
    smaller = place in (SizeClass.SMALL, SizeClass.MEDIUM_SMALL)
    if smaller and len(others) >= 2:
        level = HIGH
    elif (smaller and others) or (place == SizeClass.MEDIUM and len(others) >= 2):
        level = WARNING
    elif len(others) == 3:
        level = INFO
    else:
        return
    dimensions = (["place"] if place and place != SizeClass.LARGE else []) + others
    warnings.append(Warning("combination", level, {"dimensions": dimensions}))


def describe(warning: dict) -> dict:
    """A stored warning as Dutch (active language) message and suggestion."""
    message, suggestion = MESSAGES[warning["code"]]
    params = dict(warning.get("params", {}))
    if "examples" in params:
        params["examples"] = ", ".join(f"“{example}”" for example in params["examples"])
    if "size" in params:
        params["size"] = SizeClass(params["size"]).label
    if "region" in params:
        params["region"] = Region(params["region"]).label
    if "dimensions" in params:
        params["dimensions"] = ", ".join(str(DIMENSION_LABELS[d]) for d in params["dimensions"])
    return {
        "code": warning["code"],
        "level": warning["level"],
        "message": str(message) % params,
        "suggestion": str(suggestion) % params,
    }


def has_high_risk(warnings) -> bool:
    return any(warning["level"] == HIGH for warning in warnings)
