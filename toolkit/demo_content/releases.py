"""Method releases: the baseline 1.0 and the 1.1 update after feedback from practice.

How the seeder reads this:

* Release 1.0 is the baseline. Its content is ``building_blocks.BUILDING_BLOCKS`` and
  ``handbook.CHAPTERS``, minus every page that a later release marks as ``"new"``.
* Each later release lists ``changes``. A change names a page as ``(page_type, slug)`` with
  ``page_type`` "building_block" or "chapter". For ``"amended"`` pages, ``field_updates`` maps
  field names of the page schema to their complete new values (lists are given whole, not as
  diffs). A ``"new"`` page takes its content from ``BUILDING_BLOCKS`` (or ``CHAPTERS``) and first
  appears in that release; its ``field_updates`` are empty.

``building_blocks_at(version)`` and ``chapters_at(version)`` compute the state at a release, so
the seeder and the tests need not repeat these rules.
"""

from __future__ import annotations

import copy
from typing import Any

from .building_blocks import BUILDING_BLOCKS, block_by_slug
from .handbook import CHAPTERS, iter_chapters

RELEASE_1_DATE = "2026-02-02"
RELEASE_2_DATE = "2026-09-14"
RELEASE_2_NEXT_REVIEW = "2027-09-13"


def _block_field(slug: str, field: str) -> Any:
    return copy.deepcopy(block_by_slug(slug)[field])


def _chapter_field(slug: str, field: str) -> Any:
    for chapter in iter_chapters():
        if chapter["slug"] == slug:
            return copy.deepcopy(chapter[field])
    raise KeyError(slug)


# --- privacy: consent and the right to refuse -------------------------------------------------

_PRIVACY_REFUSAL_STEP = {
    "title": "Het recht om te weigeren bespreken",
    "what": (
        "Maak duidelijk dat het gezin nee mag zeggen tegen de betrokkenheid van de GI, en wat "
        "er dan wel en niet gebeurt."
    ),
    "how": (
        "Zeg eerlijk dat een weigering de zorgen niet wegneemt: het LT blijft helpen en weegt "
        "opnieuw of de zorgen een verzoek tot onderzoek nodig maken. Breng dat als informatie, "
        "niet als dreigement. Vraag naar de reden van de weigering; vaak zit er een eerdere "
        "ervaring met jeugdbescherming achter. Leg de weigering en de reden vast."
    ),
    "who": "Medewerker LT, bij twijfel na overleg met de gedragswetenschapper.",
    "when": (
        "In hetzelfde gesprek waarin je toestemming vraagt, en opnieuw als het gezin twijfelt of "
        "de toestemming intrekt."
    ),
    "where": "In het gesprek met het gezin; de afspraken komen in het dossier.",
}

_privacy_steps = _block_field("privacy", "steps")
_privacy_steps.insert(2, _PRIVACY_REFUSAL_STEP)

_privacy_worksheets = _block_field("privacy", "worksheets")
_privacy_worksheets[0]["fields"].insert(
    4,
    {
        "label": "Als wij nee zeggen",
        "help": (
            "Wat is met het gezin besproken over een weigering en wat er dan gebeurt? Noteer ook "
            "de reden die het gezin zelf geeft."
        ),
        "family_view": True,
    },
)

_PRIVACY_UPDATES = {
    "summary": (
        "Het gezin weet welke informatie LT en GI delen en waarom, geeft daarvoor toestemming en "
        "mag die ook weigeren."
    ),
    "purpose": (
        "Samenwerken tussen LT en GI betekent informatie delen over een gezin. Deze bouwsteen "
        "beschrijft hoe je dat zorgvuldig en open doet: je legt uit wat samenwerken met de GI "
        "inhoudt, vraagt toestemming, deelt alleen wat nodig is en legt vast wat is afgesproken. "
        "Toestemming is pas echt als het gezin ook nee kan zeggen. Daarom hoort bij deze "
        "bouwsteen ook hoe je het recht om te weigeren bespreekt, hoe je een weigering "
        "respecteert en wanneer de veiligheid van een kind zwaarder weegt dan de wens van de "
        "ouders."
    ),
    "steps": _privacy_steps,
    "worksheets": _privacy_worksheets,
    "pitfalls": _block_field("privacy", "pitfalls")
    + [
        "Een weigering behandelen als het einde van het gesprek of als bewijs van onwil; zoek "
        "uit wat erachter zit en blijf in contact.",
        "Druk uitoefenen en het toch vrijwillig noemen; zitten er gevolgen aan een weigering, "
        "benoem dat dan eerlijk als drang.",
    ],
    "status": "vastgesteld",
    "last_reviewed": RELEASE_2_DATE,
    "next_review": RELEASE_2_NEXT_REVIEW,
}

# --- tijdslijn: the family's own view ---------------------------------------------------------

_TIJDSLIJN_FAMILY_STEP = {
    "title": "Het eigen verhaal van het gezin vastleggen",
    "what": (
        "Geef het gezin ruimte om in eigen woorden te vertellen hoe het de gebeurtenissen en de "
        "hulp heeft beleefd, ook als dat afwijkt van het beeld in de dossiers."
    ),
    "how": (
        "Gebruik het deel 'Zo zien wij het zelf' onderaan het werkblad. Schrijf op wat ouders en "
        "jeugdige zeggen, lees het terug en vraag of het klopt. Zet een verschil van inzicht "
        "naast de feiten in plaats van het weg te redeneren."
    ),
    "who": "Medewerker LT of jeugdbeschermer, samen met de ouders en de jeugdige.",
    "when": "Tijdens of direct na het doorlopen van de tijdslijn met het gezin.",
    "where": "Bij het gezin thuis; het gezin krijgt een kopie.",
}

_tijdslijn_steps = _block_field("tijdslijn", "steps")
_tijdslijn_steps.insert(3, _TIJDSLIJN_FAMILY_STEP)

_TIJDSLIJN_UPDATES = {
    "steps": _tijdslijn_steps,
    "tips": _block_field("tijdslijn", "tips")
    + [
        "Vraag bij het eigen verhaal ook wat het gezin belangrijk vindt en hoe het tegen "
        "hulpverlening aankijkt; dat verklaart vaak waarom eerdere hulp niet aansloot."
    ],
    "status": "vastgesteld",
    "last_reviewed": RELEASE_2_DATE,
    "next_review": RELEASE_2_NEXT_REVIEW,
}

# --- weging: a concrete example of the key signal ---------------------------------------------

_WEGING_UPDATES = {
    "when_to_use": _block_field("weging", "when_to_use")
    + (
        " Een voorbeeld van het kernsignaal: een vader vraagt hulp omdat het thuis opnieuw "
        "escaleert. In het dossier staan over een periode van jaren meerdere zorgmeldingen, "
        "telkens gevolgd door een korte interventie die stopte zodra het wat beter ging of het "
        "gezin afhaakte. Elke melding is als los incident behandeld. Juist die herhaling, en "
        "niet de ernst van het laatste incident alleen, is de reden om de uitgebreide werkwijze "
        "te overwegen."
    ),
    "pitfalls": _block_field("weging", "pitfalls")
    + [
        "Een casus afsluiten zodra de directe aanleiding is opgelost terwijl het onderliggende "
        "probleem blijft; bij de volgende melding begint de cirkel dan opnieuw."
    ],
    "last_reviewed": RELEASE_2_DATE,
    "next_review": RELEASE_2_NEXT_REVIEW,
}

# --- reflectie: worked out, including reflection with the family -----------------------------

_REFLECTIE_UPDATES = {
    "purpose": (
        "Reflectie zorgt ervoor dat je blijft leren van wat je doet. Je kijkt op vaste momenten "
        "terug op vier niveaus: jezelf als professional, de samenwerking met de ander, wat de "
        "eigen organisatie mogelijk maakt of belemmert, en de bredere context van regels en "
        "wachttijden. Reflectie gebeurt niet alleen tussen professionals: ook het gezin wordt "
        "gevraagd hoe het de hulp en de samenwerking ervaart. Wat je leert, neem je mee naar het "
        "plan en, als het de werkwijze zelf raakt, naar het Opgaveteam."
    ),
    "summary": (
        "Professionals en gezin kijken regelmatig samen terug op wat er gebeurt en hoe er wordt "
        "samengewerkt, om daarvan te leren."
    ),
    "steps": _block_field("reflectie", "steps")
    + [
        {
            "title": "Terugkijken met het gezin",
            "what": (
                "Vraag ouders en jeugdige hoe zij de hulp en de samenwerking tussen de "
                "hulpverleners ervaren."
            ),
            "how": (
                "Stel open vragen in gewone taal: wat helpt jullie, wat niet, voelen jullie je "
                "gehoord, weten jullie bij wie je terechtkunt? Gebruik de antwoorden in de "
                "reflectie tussen professionals en vertel het gezin wat je ermee doet."
            ),
            "who": (
                "Medewerker LT en jeugdbeschermer samen met de ouders en, passend bij de "
                "leeftijd, de jeugdige."
            ),
            "when": "Na de analyse, bij elke evaluatie van het plan en bij de afronding.",
            "where": "Bij het gezin thuis of op een plek die het gezin kiest.",
        }
    ],
    "status": "vastgesteld",
    "last_reviewed": RELEASE_2_DATE,
    "next_review": RELEASE_2_NEXT_REVIEW,
}

# --- handbook: the family's handleiding ------------------------------------------------------

_werken_sections = _chapter_field("werken-met-het-gezin", "sections")
for _section in _werken_sections:
    if _section["heading"] == "De handleiding van het gezin":
        _section["paragraphs"].append(
            "Sinds versie 1.1 heeft de handleiding een eigen bouwsteen, met stappen en een "
            "werkblad dat van het gezin is. Begin ermee in de fase veranderen en rond haar af "
            "vóór het afschalen of een overdracht. Het gezin beslist zelf met wie het de "
            "handleiding deelt."
        )
        break
else:  # pragma: no cover - guards against renaming the section in handbook.py
    raise KeyError("De handleiding van het gezin")

RELEASES: list[dict[str, Any]] = [
    {
        "version": "1.0",
        "title": "Eerste versie van de werkwijze op het platform",
        "date": RELEASE_1_DATE,
        "summary": (
            "De werkwijze zoals die in het boekje en op de website van het Servicebureau stond, "
            "uitgewerkt tot bouwstenen met stappen, werkbladen en een handboek. Deze versie is "
            "het vertrekpunt voor alle latere wijzigingen."
        ),
        "changes": [],
    },
    {
        "version": "1.1",
        "title": "Aanpassingen na feedback uit de praktijk",
        "date": RELEASE_2_DATE,
        "summary": (
            "Het Opgaveteam verwerkte vragen en ervaringen uit casusbesprekingen en leer- en "
            "ontwikkelteams. De belangrijkste wijzigingen gaan over het recht om te weigeren, de "
            "eigen visie van het gezin in de tijdslijn, reflectie met het gezin en een nieuwe "
            "bouwsteen voor de handleiding die het gezin zelf bewaart."
        ),
        "changes": [
            {
                "page": ("building_block", "privacy"),
                "kind": "amended",
                "note": (
                    "Professionals vonden dat de bouwsteen vooral ging over het verkrijgen van "
                    "toestemming en weinig over de mogelijkheid om te weigeren. Er is een stap "
                    "over het recht om te weigeren toegevoegd, het werkblad heeft een veld "
                    "daarvoor gekregen en de bouwsteen is vastgesteld."
                ),
                "field_updates": _PRIVACY_UPDATES,
            },
            {
                "page": ("building_block", "tijdslijn"),
                "kind": "amended",
                "note": (
                    "Uit de praktijk kwam de vraag hoe je de tijdslijn met het gezin maakt en "
                    "waar hun eigen visie een plek krijgt. Er is een stap toegevoegd over het "
                    "vastleggen van het eigen verhaal van het gezin."
                ),
                "field_updates": _TIJDSLIJN_UPDATES,
            },
            {
                "page": ("building_block", "weging"),
                "kind": "amended",
                "note": (
                    "Het kernsignaal van de weging is verduidelijkt met een voorbeeld van een "
                    "terugkerend probleem, en er is een valkuil toegevoegd over te vroeg "
                    "afsluiten."
                ),
                "field_updates": _WEGING_UPDATES,
            },
            {
                "page": ("building_block", "reflectie"),
                "kind": "amended",
                "note": (
                    "De bouwsteen gaf weinig houvast over hoe, met wie en wanneer je reflecteert. "
                    "Het doel is herschreven, er is een stap over terugkijken met het gezin "
                    "toegevoegd en de bouwsteen is vastgesteld."
                ),
                "field_updates": _REFLECTIE_UPDATES,
            },
            {
                "page": ("building_block", "handleiding-voor-het-gezin"),
                "kind": "new",
                "note": (
                    "Nieuwe bouwsteen: de handleiding die uit de analyse volgt en die het gezin "
                    "zelf bewaart en bijhoudt. Eerst als concept, om in de praktijk te toetsen."
                ),
                "field_updates": {},
            },
            {
                "page": ("building_block", "van-patroon-naar-haalbare-eindsituatie"),
                "kind": "amended",
                "note": "Verwijzing toegevoegd naar de nieuwe bouwsteen over de handleiding.",
                "field_updates": {
                    "related": _block_field("van-patroon-naar-haalbare-eindsituatie", "related")
                    + ["handleiding-voor-het-gezin"]
                },
            },
            {
                "page": ("chapter", "werken-met-het-gezin"),
                "kind": "amended",
                "note": (
                    "Alinea toegevoegd over de nieuwe bouwsteen voor de handleiding van het gezin."
                ),
                "field_updates": {"sections": _werken_sections},
            },
        ],
    },
]


def release(version: str) -> dict[str, Any]:
    """Return the release with this version (``KeyError`` if there is none)."""
    for item in RELEASES:
        if item["version"] == version:
            return item
    raise KeyError(version)


def _pages_new_in(releases: list[dict[str, Any]], page_type: str) -> set[str]:
    return {
        change["page"][1]
        for item in releases
        for change in item["changes"]
        if change["kind"] == "new" and change["page"][0] == page_type
    }


def _releases_up_to(version: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    versions = [item["version"] for item in RELEASES]
    index = versions.index(version)
    return RELEASES[1 : index + 1], RELEASES[index + 1 :]


def building_blocks_at(version: str) -> list[dict[str, Any]]:
    """The building blocks as they stand in ``version`` (deep copies, in list order)."""
    applied, later = _releases_up_to(version)
    not_yet = _pages_new_in(later, "building_block")
    blocks = {b["slug"]: copy.deepcopy(b) for b in BUILDING_BLOCKS if b["slug"] not in not_yet}
    for item in applied:
        for change in item["changes"]:
            page_type, slug = change["page"]
            if page_type != "building_block":
                continue
            if change["kind"] == "removed":
                blocks.pop(slug, None)
            else:
                blocks[slug].update(copy.deepcopy(change["field_updates"]))
    return [blocks[b["slug"]] for b in BUILDING_BLOCKS if b["slug"] in blocks]


def chapters_at(version: str) -> list[dict[str, Any]]:
    """The handbook tree as it stands in ``version`` (a deep copy)."""
    applied, later = _releases_up_to(version)
    not_yet = _pages_new_in(later, "chapter")
    removed: set[str] = set()
    chapters = copy.deepcopy(CHAPTERS)
    by_slug = {chapter["slug"]: chapter for chapter in iter_chapters(chapters)}
    for item in applied:
        for change in item["changes"]:
            page_type, slug = change["page"]
            if page_type != "chapter":
                continue
            if change["kind"] == "removed":
                removed.add(slug)
            else:
                by_slug[slug].update(copy.deepcopy(change["field_updates"]))
    return _prune(chapters, not_yet | removed)


def _prune(chapters: list[dict[str, Any]], drop: set[str]) -> list[dict[str, Any]]:
    kept = []
    for chapter in chapters:
        if chapter["slug"] in drop:
            continue
        chapter["children"] = _prune(chapter["children"], drop)
        kept.append(chapter)
    return kept
