"""The k estimate: about how many families in the region could a case story be about?

k = families known to youth care in the place the case names
    × the share of families that share each detail (family make-up, period, exact ages, rare
      events, quasi-identifiers)
    ÷ (1 + published cases with the same place, family make-up and period).

The base rates live in ``casebank/data/risk/base_rates.json`` (estimates, with their sources);
the model, its thresholds and its limits are explained in docs/reidentification-risk.md. The
estimate is computed from the de-identified text and the structured fields only; it stores
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import Region, Status
from .models import Case
from .quasi import vocabulary

HIGH, MEDIUM, LOW = "high", "medium", "low"
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
VILLAGE = re.compile(r"\b(?:dorp|dorpje|dorpskern|buurtschap|kleine kern)\b", re.IGNORECASE)

FACTOR_LABELS = {
    "place": _("place: %(place)s (about %(inhabitants)s inhabitants)"),
    "village": _("a village is mentioned (about %(inhabitants)s inhabitants)"),
    "period_month": _("a month is given"),
    "period_day": _("an exact date is given"),
    "large_family": _("four or more children"),
    "twins": _("twins"),
    "triplets": _("triplets"),
    "foster": _("a foster child"),
    "adopted": _("an adopted child"),
    "step": _("step-children"),
    "grandparents": _("grandparents raising the children"),
    "exact_age": _("exact ages (%(count)s)"),
    "rare_event": _("a rare event (%(count)s)"),
    "condition": _("a health condition: %(rarity)s"),
    "profession": _("a profession: %(rarity)s"),
    "achievement": _("an achievement or public appearance: %(rarity)s"),
    "language": _("a language: %(rarity)s"),
    "employer": _("an employer: %(rarity)s"),
    "matching_cases": _("%(count)s published case(s) with the same place, family and period"),
}
RARITY_LABELS = {
    "rare": _("rare"),
    "uncommon": _("uncommon"),
    "unique": _("unique in its place"),
    "title": _("a title or record"),
    "public": _("in the media or a prize"),
    "less_common": _("less common in Haaglanden"),
    "common": _("common in Haaglanden"),
    "large": _("a large named employer"),
    "small": _("a small or own business"),
}
LEVEL_LABELS = {HIGH: _("high"), MEDIUM: pgettext_lazy("risk level", "medium"), LOW: _("low")}

# Family make-up words (in the de-identified text) → base-rate key.
FAMILY_FEATURES = (
    ("triplets", re.compile(r"\bdrieling\w*", re.I)),
    ("twins", re.compile(r"\btweeling\w*", re.I)),
    ("foster", re.compile(r"\bpleeg(?:kind|zoon|dochter|gezin|ouder)\w*", re.I)),
    ("adopted", re.compile(r"\badopt\w*|\bgeadopteerd\w*", re.I)),
    ("step", re.compile(r"\bstief\w+", re.I)),
    (
        "grandparents",
        re.compile(r"\bgrootouder\w* (?:als opvoeder|voed\w+ op)|\bopa en oma voed", re.I),
    ),
    (
        "large_family",
        re.compile(
            r"\b(?:[4-9]|1\d|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+kinderen\b", re.I
        ),
    ),
)


@dataclass
class Estimate:
    k: float
    level: str
    families: float
    factors: list[dict] = field(default_factory=list)
    matching_cases: int = 0

    def as_dict(self):
        return {
            "k": round(self.k, 1),
            "level": self.level,
            "families": round(self.families),
            "factors": self.factors,
            "matching_cases": self.matching_cases,
        }


def rates():
    return vocabulary("base_rates")


def level_for(k: float) -> str:
    thresholds = rates()["thresholds"]
    if k < thresholds["high"]:
        return HIGH
    if k < thresholds["medium"]:
        return MEDIUM
    return LOW


def family_features(text: str) -> list[str]:
    return [name for name, pattern in FAMILY_FEATURES if pattern.search(text or "")]


def place_population(region: str, named_municipalities, text: str):
    """Inhabitants of the smallest place the case names, and the factor describing it."""
    inhabitants = rates()["inhabitants"]
    places = [(inhabitants.get(region, inhabitants["haaglanden"]), region)]
    places += [(inhabitants[str(m)], str(m)) for m in named_municipalities if str(m) in inhabitants]
    count, place = min(places)
    factor = {"code": "place", "place": place, "inhabitants": count}
    if VILLAGE.search(text):
        village = rates()["village_inhabitants"]["value"]
        if village < count:
            return village, {"code": "village", "inhabitants": village}
    return count, factor


def estimate(
    *,
    region,
    named_municipalities=(),
    text="",
    family_text="",
    time_precision=None,
    exact_ages=0,
    rare_events=0,
    quasi=(),
    languages=(),
    matching_cases=0,
) -> Estimate:
    """k for one case; every argument is already derived from the de-identified case."""
    base = rates()
    inhabitants, place_factor = place_population(region, named_municipalities, text)
    families = (
        inhabitants
        * base["families_per_inhabitant"]["value"]
        * base["share_in_youth_care"]["value"]
    )
    factors = [{**place_factor, "factor": round(families)}]
    k = families
    if time_precision in ("month", "day"):
        share = base["period"][time_precision]
        factors.append({"code": f"period_{time_precision}", "factor": share})
        k *= share
    for feature in family_features(family_text or text)[:2]:
        share = base["family"][feature]
        factors.append({"code": feature, "factor": share})
        k *= share
    if exact_ages:
        count = min(exact_ages, base["exact_age"]["max_ages"])
        share = base["exact_age"]["per_age"] ** count
        factors.append({"code": "exact_age", "count": count, "factor": share})
        k *= share
    if rare_events:
        count = min(rare_events, 2)
        share = base["rare_event"]["value"] ** count
        factors.append({"code": "rare_event", "count": count, "factor": share})
        k *= share
    seen = set()
    for item in quasi:
        key = (item.kind, item.text.lower())
        if key in seen:
            continue
        seen.add(key)
        factors.append({"code": item.kind, "rarity": item.rarity, "factor": item.factor})
        k *= item.factor
    if languages and not any(item.kind == "language" for item in quasi):
        share = min(item.factor for item in languages)
        factors.append({"code": "language", "rarity": "common", "factor": share})
        k *= share
    if matching_cases:
        factors.append(
            {"code": "matching_cases", "count": matching_cases, "factor": 1 / (1 + matching_cases)}
        )
        k /= 1 + matching_cases
    return Estimate(
        k=k, level=level_for(k), families=families, factors=factors, matching_cases=matching_cases
    )


# --------------------------------------------------------------------------- the case bank


def period_years(period: str) -> set[int]:
    years = sorted(int(year) for year in YEAR.findall(period or ""))
    if len(years) >= 2:
        return set(range(years[0], years[-1] + 1))
    return set(years)


def family_key(text: str) -> str:
    """The family make-up as one comparable value: the feature codes in their fixed order."""
    return ",".join(family_features(text))


def combination_fields(case) -> dict:
    """What ``Case`` stores for the comparison below (``family_key``, ``period_from/to``)."""
    years = period_years(getattr(case, "period", "") or "")
    return {
        "family_key": family_key(getattr(case, "family", "") or ""),
        "period_from": min(years) if years else None,
        "period_to": max(years) if years else None,
    }


def matching_published_cases(case) -> int:
    """Published cases (other than this one) with the same region, family make-up and period.

    One indexed COUNT, however many cases the region has: the published cases carry their
    family key and period years (kept by ``indexing.sync_index``). Periods match when their
    years overlap, or when neither names a year."""
    fields = combination_fields(case)
    others = Case.objects.filter(
        status=Status.PUBLISHED, region=case.region, family_key=fields["family_key"]
    )
    if fields["period_from"] is None:
        others = others.filter(period_from__isnull=True)
    else:
        others = others.filter(
            period_from__lte=fields["period_to"], period_to__gte=fields["period_from"]
        )
    if getattr(case, "pk", None):
        others = others.exclude(pk=case.pk)
    return others.count()


# --------------------------------------------------------------------------- display


def describe_estimate(score: dict) -> dict:
    """The stored estimate with Dutch labels (active language) for the approver."""
    factors = []
    for factor in score.get("factors", []):
        params = dict(factor)
        if "place" in params:
            place = params["place"]
            params["place"] = Region(place).label if place in Region.values else place
        if "inhabitants" in params:
            params["inhabitants"] = f"{params['inhabitants']:,}".replace(",", ".")
        if "rarity" in params:
            params["rarity"] = RARITY_LABELS.get(params["rarity"], params["rarity"])
        share = factor["factor"]
        if factor["code"] in ("place", "village"):
            effect = _("about %(families)s families known to youth care") % {
                "families": f"{share:,}".replace(",", ".")
            }
        else:
            effect = _("about 1 in %(n)s") % {"n": _round_number(1 / share) if share else "∞"}
        factors.append(
            {"label": str(FACTOR_LABELS[factor["code"]]) % params, "effect": str(effect)}
        )
    k = score.get("k", 0)
    return {
        "k": _round_number(max(k, 1)),
        "level": score.get("level", LOW),
        "level_label": str(LEVEL_LABELS[score.get("level", LOW)]),
        "factors": factors,
        "matching_cases": score.get("matching_cases", 0),
    }


def _round_number(value: float) -> str:
    if value >= 100:
        value = round(value, -1 if value < 1000 else -2)
    return f"{round(value):,}".replace(",", ".")
