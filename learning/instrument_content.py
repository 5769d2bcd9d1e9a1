"""The collaboration questionnaire (samenwerkingsvragenlijst) as plain, Django-free data.

The questionnaire is filled in by LT and GI professionals before a learning and development team
(LOT) starts, and again about 1.5 years later. The scale names and grade topics follow the Beter
Samenspel research; the item wordings are the platform's own, because the original wordings were
never published.

Slugs are stable keys: stored answers refer to them, so never rename or reuse a slug. A changed
wording that changes the meaning needs a new slug (and a new ``INSTRUMENT_VERSION``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypedDict

INSTRUMENT_SLUG = "samenwerkingsvragenlijst"
INSTRUMENT_VERSION = "1"
INSTRUMENT_TITLE = "Vragenlijst samenwerking lokaal team en gecertificeerde instelling"
INSTRUMENT_INTRODUCTION = (
    "Met deze vragenlijst brengen we in beeld hoe u de samenwerking tussen het lokale team en de "
    "gecertificeerde instellingen ervaart. De uitkomsten bespreken we in het leer- en "
    "ontwikkelteam. Er zijn geen goede of foute antwoorden. Uitkomsten tonen we alleen voor "
    "groepen van minimaal vijf mensen, zodat niemand herkenbaar is."
)

AGREEMENT_MIN = 1
AGREEMENT_MAX = 5
AGREEMENT_LABELS: dict[int, str] = {
    1: "Helemaal oneens",
    2: "Oneens",
    3: "Niet eens, niet oneens",
    4: "Eens",
    5: "Helemaal eens",
}

GRADE_MIN = 1
GRADE_MAX = 10

OrgType = Literal["LT", "GI"]
ORG_TYPES: dict[str, str] = {
    "LT": "Lokaal team",
    "GI": "Gecertificeerde instelling",
}

# The H10: the ten municipalities of the Haaglanden youth-care region.
MUNICIPALITIES: tuple[str, ...] = (
    "Delft",
    "Den Haag",
    "Leidschendam-Voorburg",
    "Midden-Delfland",
    "Pijnacker-Nootdorp",
    "Rijswijk",
    "Voorschoten",
    "Wassenaar",
    "Westland",
    "Zoetermeer",
)


@dataclass(frozen=True)
class Item:
    """One 1-5 agreement statement.

    A reverse-scored item is worded negatively, so agreeing means a worse collaboration; the
    statistics turn its answer around (6 - x) before it counts towards the scale.
    """

    slug: str
    text: str
    reverse_scored: bool = False


@dataclass(frozen=True)
class Scale:
    """A group of items whose (reverse-scored) mean forms one scale score."""

    slug: str
    name: str
    description: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Grade:
    """A report-mark question answered with a whole number from 1 to 10."""

    slug: str
    name: str
    question: str
    low_anchor: str
    high_anchor: str
    # Werkdruk is the one grade where a higher number means a worse situation; charts and
    # summaries must not colour it as "better" when it rises.
    higher_is_better: bool = True
    help_text: str = ""


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class BackgroundQuestion:
    slug: str
    question: str
    choices: tuple[Choice, ...]
    required: bool = True
    help_text: str = ""


@dataclass(frozen=True)
class CodeQuestion:
    """The self-chosen code that links a respondent's baseline and follow-up answers.

    It is optional and chosen by the respondent, so the platform can pair answers without knowing
    who gave them.
    """

    slug: str
    question: str
    help_text: str
    max_length: int = 20


@dataclass(frozen=True)
class Instrument:
    slug: str
    version: str
    title: str
    introduction: str
    agreement_labels: dict[int, str]
    code_question: CodeQuestion
    background: tuple[BackgroundQuestion, ...]
    scales: tuple[Scale, ...]
    grades: tuple[Grade, ...]


class ResponseData(TypedDict):
    """The shape of one stored response; an unanswered question is absent from its dict."""

    code: str | None
    org_type: OrgType
    municipality: str
    trained: bool
    items: dict[str, int]
    grades: dict[str, int]


SCALES: tuple[Scale, ...] = (
    Scale(
        slug="gedeelde_visie",
        name="Gedeelde visie",
        description="Kijken lokaal team en GI op dezelfde manier naar gezinnen en hun doelen?",
        items=(
            Item(
                "visie_zelfde_doel",
                "Het lokale team en de gecertificeerde instelling werken in een gezin naar "
                "hetzelfde doel toe.",
            ),
            Item(
                "visie_veilig_opgroeien",
                "We denken hetzelfde over wat een kind nodig heeft om veilig op te groeien.",
            ),
            Item(
                "visie_rollen_helder",
                "Voor beide organisaties is duidelijk wie wat doet in een gezin.",
            ),
            Item(
                "visie_andere_prioriteiten",
                "De andere organisatie legt in een gezin vaak andere prioriteiten dan wij.",
                reverse_scored=True,
            ),
        ),
    ),
    Scale(
        slug="gezamenlijk_optrekken",
        name="Gezamenlijk optrekken",
        description="Werken lokaal team en GI in de praktijk echt samen op, als één team?",
        items=(
            Item(
                "optrekken_een_plan",
                "We stellen samen met het gezin één plan op.",
            ),
            Item(
                "optrekken_op_tijd_betrekken",
                "We schakelen elkaar op tijd in als de zorgen over een gezin toenemen.",
            ),
            Item(
                "optrekken_samen_gesprekken",
                "Belangrijke gesprekken met het gezin voeren we samen.",
            ),
            Item(
                "optrekken_langs_elkaar",
                "In de praktijk werken we vaak langs elkaar heen.",
                reverse_scored=True,
            ),
        ),
    ),
    Scale(
        slug="vertrouwen_samenwerking",
        name="Vertrouwen in de samenwerking",
        description="Verwachten professionals dat de samenwerking standhoudt en iets oplevert?",
        items=(
            Item(
                "samenwerking_helpt_gezinnen",
                "Ik heb er vertrouwen in dat de samenwerking tussen onze organisaties gezinnen "
                "verder helpt.",
            ),
            Item(
                "samenwerking_afspraken_nagekomen",
                "Afspraken tussen onze organisaties worden nagekomen.",
            ),
            Item(
                "samenwerking_bouwen_bij_spanning",
                "Als het in een gezin spannend wordt, kan ik op de samenwerking bouwen.",
            ),
            Item(
                "samenwerking_twijfel_bij_drukte",
                "Ik twijfel of de samenwerking overeind blijft als het druk wordt.",
                reverse_scored=True,
            ),
        ),
    ),
    Scale(
        slug="vertrouwen_in_elkaar",
        name="Vertrouwen in elkaar",
        description="Vertrouwen professionals van beide organisaties elkaar als vakgenoot?",
        items=(
            Item(
                "elkaar_deskundigheid",
                "Ik vertrouw op de deskundigheid van collega's van de andere organisatie.",
            ),
            Item(
                "elkaar_informatie_delen",
                "Ik deel informatie over een gezin met een gerust hart met de andere organisatie.",
            ),
            Item(
                "elkaar_doen_wat_ze_zeggen",
                "Collega's van de andere organisatie doen wat ze toezeggen.",
            ),
            Item(
                "elkaar_zelf_controleren",
                "Ik controleer liever zelf wat de andere organisatie in een gezin heeft gedaan.",
                reverse_scored=True,
            ),
        ),
    ),
    Scale(
        slug="omgang_feedback",
        name="Omgang met feedback op samenwerking",
        description="Bespreken lokaal team en GI hoe hun samenwerking loopt, en leren ze ervan?",
        items=(
            Item(
                "feedback_samenwerking_bespreken",
                "We staan regelmatig samen stil bij hoe onze samenwerking verloopt.",
            ),
            Item(
                "feedback_aanspreken",
                "Ik kan een collega van de andere organisatie gemakkelijk aanspreken op diens "
                "aandeel in de samenwerking.",
            ),
            Item(
                "feedback_werkwijze_bijstellen",
                "Feedback van de andere organisatie gebruik ik om mijn aanpak bij te stellen.",
            ),
            Item(
                "feedback_persoonlijk_opgevat",
                "Kritiek op de samenwerking wordt al snel persoonlijk opgevat.",
                reverse_scored=True,
            ),
        ),
    ),
    Scale(
        slug="omgang_tegengestelde_meningen",
        name="Omgang met tegengestelde meningen",
        description="Gaan lokaal team en GI open en constructief om met verschil van inzicht?",
        items=(
            Item(
                "meningen_samen_oplossing",
                "Als we het oneens zijn over een gezin, zoeken we samen naar een uitweg.",
            ),
            Item(
                "meningen_open_besproken",
                "Verschillen van inzicht bespreken we openlijk.",
            ),
            Item(
                "meningen_ruimte_voor_verschil",
                "Ik voel ruimte om het oneens te zijn met een collega van de andere organisatie.",
            ),
            Item(
                "meningen_onuitgesproken",
                "Meningsverschillen tussen onze organisaties blijven vaak onuitgesproken.",
                reverse_scored=True,
            ),
        ),
    ),
    Scale(
        slug="opbrengsten_samenwerking",
        name="(Verwachte) opbrengsten samenwerking",
        description="Wat levert de samenwerking volgens professionals op voor gezinnen?",
        items=(
            Item(
                "opbrengst_eerder_juiste_hulp",
                "Door onze samenwerking krijgen gezinnen eerder de hulp die past.",
            ),
            Item(
                "opbrengst_betere_analyse",
                "Samen maken we een betere analyse van wat er in een gezin speelt.",
            ),
            Item(
                "opbrengst_maatregel_voorkomen",
                "Onze samenwerking helpt om een ondertoezichtstelling te voorkomen of korter "
                "te laten duren.",
            ),
            Item(
                "opbrengst_veiliger_opgroeien",
                "Dankzij de samenwerking kunnen kinderen veiliger opgroeien.",
            ),
            Item(
                "opbrengst_kost_meer_dan_oplevert",
                "De samenwerking kost meer tijd dan ze oplevert.",
                reverse_scored=True,
            ),
        ),
    ),
)

GRADES: tuple[Grade, ...] = (
    Grade(
        slug="samenwerking_algemeen",
        name="Samenwerking algemeen",
        question="Welk rapportcijfer geeft u de samenwerking tussen het lokale team en de "
        "gecertificeerde instellingen?",
        low_anchor="Zeer slecht",
        high_anchor="Uitstekend",
    ),
    Grade(
        slug="werkplezier",
        name="Werkplezier",
        question="Hoeveel plezier beleeft u aan uw werk?",
        low_anchor="Helemaal geen plezier",
        high_anchor="Heel veel plezier",
    ),
    Grade(
        slug="werkdruk",
        name="Werkdruk",
        question="Hoe hoog is de werkdruk die u ervaart?",
        low_anchor="Zeer lage werkdruk",
        high_anchor="Zeer hoge werkdruk",
        higher_is_better=False,
        help_text="Let op: bij deze vraag betekent een hoger cijfer een hogere werkdruk.",
    ),
    Grade(
        slug="steun_eigen_organisatie",
        name="Steun vanuit eigen organisatie",
        question="Hoeveel steun krijgt u van uw eigen organisatie om volgens Beter Samenspel "
        "te werken?",
        low_anchor="Geen steun",
        high_anchor="Alle steun die ik nodig heb",
    ),
    Grade(
        slug="steun_andere_organisaties",
        name="Steun vanuit de andere organisaties",
        question="Hoeveel steun krijgt u van de andere organisaties om volgens Beter Samenspel "
        "te werken?",
        low_anchor="Geen steun",
        high_anchor="Alle steun die ik nodig heb",
        help_text="Werkt u bij een lokaal team, denk dan aan de gecertificeerde instellingen. "
        "Werkt u bij een gecertificeerde instelling, denk dan aan de lokale teams.",
    ),
    Grade(
        slug="randvoorwaarden",
        name="Randvoorwaarden op orde",
        question="In hoeverre zijn de randvoorwaarden op orde om volgens Beter Samenspel te "
        "werken?",
        low_anchor="Helemaal niet op orde",
        high_anchor="Volledig op orde",
        help_text="Denk aan beschikbare tijd, ondersteunende ICT en begeleiding.",
    ),
)

CODE_QUESTION = CodeQuestion(
    slug="code",
    question="Uw persoonlijke code (optioneel)",
    help_text="Bedenk een code die alleen u kent, bijvoorbeeld een woord met twee cijfers, en "
    "vul dezelfde code in bij de volgende meting. Zo kunnen we uw twee metingen aan elkaar "
    "koppelen zonder te weten wie u bent. Gebruik geen naam, geboortedatum of "
    "personeelsnummer.",
)

BACKGROUND_QUESTIONS: tuple[BackgroundQuestion, ...] = (
    BackgroundQuestion(
        slug="org_type",
        question="Bij welk soort organisatie werkt u?",
        choices=tuple(Choice(value, label) for value, label in ORG_TYPES.items()),
    ),
    BackgroundQuestion(
        slug="municipality",
        question="In welke gemeente werkt u (het meest)?",
        choices=tuple(Choice(name, name) for name in MUNICIPALITIES),
        help_text="Werkt u voor meerdere gemeenten, kies dan de gemeente waar u de meeste "
        "gezinnen begeleidt.",
    ),
    BackgroundQuestion(
        slug="trained",
        question="Heeft u de training in de werkwijze Beter Samenspel gevolgd?",
        choices=(Choice("ja", "Ja"), Choice("nee", "Nee")),
    ),
)

INSTRUMENT = Instrument(
    slug=INSTRUMENT_SLUG,
    version=INSTRUMENT_VERSION,
    title=INSTRUMENT_TITLE,
    introduction=INSTRUMENT_INTRODUCTION,
    agreement_labels=AGREEMENT_LABELS,
    code_question=CODE_QUESTION,
    background=BACKGROUND_QUESTIONS,
    scales=SCALES,
    grades=GRADES,
)

ITEMS: tuple[Item, ...] = tuple(item for scale in SCALES for item in scale.items)
ITEM_SLUGS: tuple[str, ...] = tuple(item.slug for item in ITEMS)
SCALE_SLUGS: tuple[str, ...] = tuple(scale.slug for scale in SCALES)
GRADE_SLUGS: tuple[str, ...] = tuple(grade.slug for grade in GRADES)
REVERSE_SCORED_ITEM_SLUGS: frozenset[str] = frozenset(
    item.slug for item in ITEMS if item.reverse_scored
)


def scale_by_slug(slug: str) -> Scale:
    """Look a scale up by its slug; raises KeyError for an unknown slug."""
    return _SCALES_BY_SLUG[slug]


def grade_by_slug(slug: str) -> Grade:
    """Look a grade up by its slug; raises KeyError for an unknown slug."""
    return _GRADES_BY_SLUG[slug]


def scale_of_item(item_slug: str) -> Scale:
    """The scale an item belongs to; raises KeyError for an unknown item slug."""
    return _SCALE_BY_ITEM_SLUG[item_slug]


_SCALES_BY_SLUG = {scale.slug: scale for scale in SCALES}
_GRADES_BY_SLUG = {grade.slug: grade for grade in GRADES}
_SCALE_BY_ITEM_SLUG = {item.slug: scale for scale in SCALES for item in scale.items}
