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
from .models.cases import TEXT_SECTIONS
from .quasi import KINDS, common_languages, find_all
from .risk_score import describe_estimate, estimate, matching_published_cases

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
DAY = re.compile(r"\b\d{1,2}(?:\s+[a-z]|[-/.]\d)", re.IGNORECASE)
PRECISE_PERIOD = re.compile(rf"\b({MONTHS}|\d{{1,2}}[-/.]\d{{1,2}})\b", re.IGNORECASE)

# Events rare enough in Haaglanden that, with a place and a period, they can name a family.
# (Twins are family make-up, newspapers and television are achievements / public appearances:
# each detail belongs to one rule so that no warning repeats another.)
RARE_EVENTS = (
    "ontvoering",
    "ontvoerd",
    "eerwraak",
    "eergerelateerd",
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
            "Together, %(dimensions)s could point to one family: about %(k)s families in the "
            "region fit this description."
        ),
        _(
            "Generalise at least one of them: municipality → region, exact ages → age bands, "
            "dates → periods, rare details → a general description."
        ),
    ),
    "quasi_condition": (
        _("The text names a health condition few families have: %(examples)s."),
        _(
            "Write ‘een zeldzame stofwisselingsziekte’, ‘een zeldzame aandoening’ or ‘een "
            "chronische ziekte’ instead of the name of the condition."
        ),
    ),
    "quasi_profession": (
        _("The text names an unusual profession or a role few people have: %(examples)s."),
        _(
            "Leave the profession out or write a general one, e.g. ‘een technisch beroep’, ‘een "
            "zorgberoep’ or ‘werkt in de dienstverlening’."
        ),
    ),
    "quasi_achievement": (
        _("The text names an achievement or a public appearance: %(examples)s."),
        _(
            "Leave the title out or write ‘sport op hoog niveau’; write ‘kwam in de publiciteit’ "
            "instead of the medium."
        ),
    ),
    "quasi_language": (
        _("The text names a language few families in Haaglanden speak: %(examples)s."),
        _("Write ‘een taal die weinig mensen in de regio spreken’ and ‘een tolk’."),
    ),
    "quasi_employer": (
        _("The text names an employer or a family business: %(examples)s."),
        _("Leave the employer out or write ‘een klein bedrijf’ or ‘een grote werkgever’."),
    ),
}

UNIQUE_COMBINATION = _(
    "Together, %(dimensions)s point to one family: probably no other family in the region fits "
    "this description."
)

DIMENSION_LABELS = {
    "place": _("the place"),
    "family": _("the family's make-up"),
    "event": _("a rare event"),
    "time": _("a precise period"),
    "ages": _("exact ages"),
    "quasi": _("rare details (condition, profession, achievement, language or employer)"),
}

# The level of a quasi-identifier warning by the rarity of the most telling item.
QUASI_LEVELS = {
    "unique": HIGH,
    "rare": WARNING,
    "title": WARNING,
    "small": WARNING,
    "uncommon": INFO,
    "less_common": INFO,
    "public": INFO,
    "large": INFO,
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
    return assess(case)[0]


def case_text(case) -> str:
    text = "\n".join(str(getattr(case, name, "") or "") for name in TEXT_SECTIONS)
    return text + "\n" + "\n".join(factor_texts(case))


def assess(case, *, bank=None) -> tuple[list[dict], dict]:
    """The warnings and the k estimate of a case.

    ``bank``: compare with the published cases (default: only for a saved case model)."""
    text = case_text(case)
    warnings: list[Warning] = []
    place, named = _place_warnings(case.region, text, warnings)
    family = _family_warnings(case.family or "", text, warnings)
    event = _matches(RARE_EVENT, text)
    if event:
        warnings.append(Warning("rare_event", WARNING, {"examples": event}))
    time, precision = _time_warnings(case.period or "", text, warnings)
    ages = _age_warnings(text, warnings)
    quasi = find_all(text)
    _quasi_warnings(quasi, warnings)
    if bank is None:
        bank = getattr(case, "_meta", None) is not None
    score = estimate(
        region=case.region,
        named_municipalities=named,
        text=text,
        family_text=text,
        time_precision=precision,
        exact_ages=len(ages),
        rare_events=len(event),
        quasi=quasi,
        languages=common_languages(text),
        matching_cases=matching_published_cases(case) if bank else 0,
    ).as_dict()
    present = {"family": family, "event": event, "time": time, "ages": ages, "quasi": quasi}
    _combination(place, present, score, warnings)
    warnings = _once(warnings)
    warnings.sort(key=lambda warning: LEVEL_ORDER[warning.level])
    return [warning.as_dict() for warning in warnings], score


def _once(warnings):
    """Each warning once, and each example in one warning only (the first, most specific)."""
    shown, seen, result = set(), set(), []
    for warning in warnings:
        key = (warning.code, repr(sorted(warning.params.items())))
        if key in seen:
            continue
        seen.add(key)
        if "examples" in warning.params and warning.code != "precise_period":
            examples = [e for e in warning.params["examples"] if e.lower() not in shown]
            if not examples:
                continue
            shown.update(example.lower() for example in examples)
            warning.params["examples"] = examples
        result.append(warning)
    return result


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
    """The smallest size class of a municipality named in the region field or in the text, and
    the municipalities named. A municipality in both gets one warning (the region field's)."""
    sizes, named = [], []
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
            named.append(municipality)
            if municipality == region:
                continue
            level = WARNING if size in (SizeClass.SMALL, SizeClass.MEDIUM_SMALL) else INFO
            warnings.append(Warning("municipality_in_text", level, _place_params(municipality)))
    order = [SizeClass.SMALL, SizeClass.MEDIUM_SMALL, SizeClass.MEDIUM, SizeClass.LARGE]
    return (min(sizes, key=order.index) if sizes else None), named


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
    days = [d for d in dates if DAY.search(d)] or ([period] if DAY.search(period) else [])
    precision = "day" if days else ("month" if dates or precise_period else None)
    return bool(dates) or precise_period, precision


def _age_warnings(text, warnings):
    ages = _matches(EXACT_AGE, text)
    if ages:
        warnings.append(Warning("exact_age", WARNING, {"examples": ages}))
    return ages


def _quasi_warnings(quasi, warnings):
    """One warning per kind, its level set by the most telling item, up to three examples."""
    for kind in KINDS:
        items = [item for item in quasi if item.kind == kind]
        if not items:
            continue
        level = min((QUASI_LEVELS[item.rarity] for item in items), key=LEVEL_ORDER.__getitem__)
        examples = []
        for item in sorted(items, key=lambda item: LEVEL_ORDER[QUASI_LEVELS[item.rarity]]):
            snippet = " ".join(item.text.split())
            if snippet.lower() not in (e.lower() for e in examples):
                examples.append(snippet)
        warnings.append(Warning(f"quasi_{kind}", level, {"examples": examples[:3]}))


def _combination(place, present, score, warnings):
    """The k estimate as a warning when few families fit: high below 5, a warning below 20."""
    level = {"high": HIGH, "medium": WARNING}.get(score["level"])
    if level is None:
        return
    dimensions = (["place"] if place and place != SizeClass.LARGE else []) + [
        name for name, found in present.items() if found
    ]
    k = describe_estimate(score)["k"]
    warnings.append(Warning("combination", level, {"dimensions": dimensions, "k": k}))


def describe(warning: dict) -> dict:
    """A stored warning as Dutch (active language) message and suggestion."""
    message, suggestion = MESSAGES[warning["code"]]
    if warning["code"] == "combination" and warning.get("params", {}).get("k") == "1":
        message = UNIQUE_COMBINATION
    params = dict(warning.get("params", {}))
    params.setdefault("k", "?")
    if "examples" in params:
        # A message that already quotes its example gets it bare (no ““doubled”” quotes).
        quoted = "“%(examples)s”" not in str(message)
        params["examples"] = ", ".join(
            f"“{example}”" if quoted else example for example in params["examples"]
        )
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
