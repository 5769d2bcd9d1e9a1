"""Schools, childcare and care institutions: which one a child attends identifies the family."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .candidates import Candidate, phrase_pattern

_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:van|de|der|den|het|'t)\s+)*[A-Z][\w'’-]*){0,3}"
_ARTICLE = r"(?:(?:De|Het|'t|Den|Sint|St\.)\s+)?"

_SCHOOL_WORDS = (
    r"basisschool|(?:openbare|christelijke|katholieke|islamitische|speciale|brede)\s+basisschool"
    r"|kindcentrum|integraal\s+kindcentrum|kinderdagverblijf|peuterspeelzaal|peuteropvang"
    r"|kinderopvang|buitenschoolse\s+opvang|montessorischool|daltonschool|jenaplanschool"
    r"|vrije\s+school|scholengemeenschap|praktijkschool|mavo|vmbo|havo|vwo"
)
_SCHOOL_ABBREVIATIONS = r"ISW|OBS|CBS|PCBS|RKBS|KBS|IBS|SBO|SO|VSO|IKC|KDV|BSO|PSZ|ROC"
SCHOOL_BY_TYPE = re.compile(
    rf"(?<![\w-])(?:(?i:{_SCHOOL_WORDS})|{_SCHOOL_ABBREVIATIONS})\s+{_ARTICLE}{_NAME}"
)
# "school" and "college" alone are too common to trust without an article: "school De Linde".
SCHOOL_WITH_ARTICLE = re.compile(rf"(?<![\w-])(?i:school|college|opvang)\s+(?:De|Het|'t)\s+{_NAME}")
# "Christelijk Lyceum Delft", "College Ypenburg": the type word first, the name after it.
SCHOOL_TYPE_THEN_NAME = re.compile(
    r"(?<![\w-])(?:(?:Christelijk|Katholiek|Openbaar|Stedelijk|Interconfessioneel|Haags|"
    rf"Koninklijk)\s+)?(?:Lyceum|College|Gymnasium|Scholengemeenschap)\s+{_NAME}"
)
SCHOOL_BY_SUFFIX = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*\s+){1,3}(?:College|Lyceum|Gymnasium|Scholengemeenschap|Campus)"
    r"(?![\w-])"
    r"|(?<![\w-])[A-Z][\w'’-]*(?:college|lyceum|gymnasium)(?![\w-])"
    r"|(?<![\w-])[A-Z][A-Z'’-]+(?:COLLEGE|LYCEUM|GYMNASIUM)(?![\w-])"
)

# "Mariaschool", "Da Costaschool", "De Delftse Daltonschool", "mboRijnland".
SCHOOL_BY_WORD_ENDING = re.compile(
    r"(?<![\w-])(?:(?:De|Het|'t|Da|Dr\.|St\.)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}"
    r"[A-Z][\w'’-]*(?:school|scholen)(?![\w-])"
    r"|(?<![\w-])(?:mbo|MBO|roc|ROC|Roc)[A-Z][\w'’-]+(?![\w-])"
)
# "zit op de Vlinderboom", "gaan naar de Pijler": a capitalised name after an article where a
# child goes to school.
SCHOOL_AFTER_VERB = re.compile(
    r"\b(?:zit|zat|zitten|zaten|gaat|ging|gaan|gingen|start|startte|begint)\s+"
    r"(?:nu\s+|al\s+|straks\s+)?(?:op|naar)\s+(?:(?:de|het|'t)\s+|(?=(?:De|Het)\s+[A-Z]))"
    r"(?P<school>(?:(?:De|Het)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s+(?:in|te|aan|op|groep|klas)\b|\s*[.,;])"
)

SCHOOL_PATTERNS = (SCHOOL_BY_TYPE, SCHOOL_WITH_ARTICLE, SCHOOL_TYPE_THEN_NAME, SCHOOL_BY_SUFFIX,
                   SCHOOL_BY_WORD_ENDING)  # fmt: skip

_INSTITUTION_WORDS = (
    r"Stichting|Zorggroep|Praktijk|Huisartsenpraktijk|Kinderpraktijk|Gezondheidscentrum"
    r"|Sportvereniging|Voetbalvereniging|Moskee|Kerk|Pinkstergemeente|Baptistengemeente"
    r"|Parochie|Wijkcentrum|Buurthuis|Jongerencentrum|Jeugdhuis|Woonzorgcentrum"
    r"|Zorgboerderij|Kliniek|Ziekenhuis|Bibliotheek|PI|Penitentiaire\s+Inrichting|JJI|AZC|Azc"
    r"|Opvang|Crisisopvang|Vrouwenopvang|Blijf\s+Groep|vv|VV|SV|sv|v\.v\."
)
INSTITUTION_BY_TYPE = re.compile(rf"(?<![\w-])(?:{_INSTITUTION_WORDS})\s+{_ARTICLE}{_NAME}")
# "Stichting Kamers met Kansen", "Stichting Hulp bij Schulden Delft": a foundation's name may
# hold lower-case joining words between its capitalised ones.
FOUNDATION = re.compile(
    r"(?<![\w-])Stichting\s+[A-Z][\w'’-]*(?:\s+(?:(?:met|voor|bij|in|op|onder|zonder)\s+)?"
    r"[A-Z][\w'’-]*){0,4}"
)
INSTITUTION_BY_SUFFIX = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*\s+(?:(?:de|der|van|den)\s+)?){1,4}"
    r"(?:Ziekenhuis|Kinderziekenhuis|Gasthuis|Medisch Centrum|Kliniek|Zorggroep|Instituut)"
    r"(?![\w-])"
)

# Care providers and hospitals that serve families in Haaglanden, named without a type word.
CARE_PROVIDERS = (
    "Jeugdformaat", "Parnassia", "Youz", "Lucertis", "Ipse de Bruggen", "Middin", "Cardea",
    "Brijder", "Curium", "Kessler Stichting", "Perspektief", "Prezens", "De Jutters", "Levvel",
    "Pluryn", "Gemiva", "Philadelphia", "'s Heeren Loo", "Haga", "HagaZiekenhuis", "HMC",
    "Bronovo", "LangeLand", "Reinier de Graaf", "Juliana Kinderziekenhuis", "LUMC", "Antes",
    "Fonteynenburg", "Basalt", "Rivierduinen", "GGZ Delfland", "Kwadraad", "Florence", "MEE",
    "Sophia Kinderziekenhuis", "Haaglanden Medisch Centrum", "Zuidwester", "Ipse",
)  # fmt: skip
CARE_PROVIDER = phrase_pattern(CARE_PROVIDERS)


def find_institutions(text: str) -> Iterator[Candidate]:
    for pattern in SCHOOL_PATTERNS:
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end(), "school")
    for match in SCHOOL_AFTER_VERB.finditer(text):
        yield Candidate(match.start("school"), match.end("school"), "school")
    for pattern in (INSTITUTION_BY_TYPE, INSTITUTION_BY_SUFFIX):
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end(), "institution")
    # A foundation's name may hold domain words ("Stichting Kinderen Eerst"): read by its form,
    # so protect.py keeps it whole when it names more than domain words.
    for match in FOUNDATION.finditer(text):
        yield Candidate(match.start(), match.end(), "institution", "form")
    for match in CARE_PROVIDER.finditer(text):
        if _is_written_as_name(match.group()):
            yield Candidate(match.start(), match.end(), "institution", "list")


def institution_kind(name: str) -> str | None:
    """ "school" or "institution" when a whole name looks like one, else None."""
    for pattern in SCHOOL_PATTERNS:
        if pattern.fullmatch(name):
            return "school"
    for pattern in (INSTITUTION_BY_TYPE, INSTITUTION_BY_SUFFIX, CARE_PROVIDER):
        if pattern.fullmatch(name):
            return "institution"
    return None


def _is_written_as_name(matched: str) -> bool:
    # The list is matched case-insensitively for spacing; "haga" or "mee" in lower case are words.
    return matched[:1].isupper() or matched[:1] == "'"


_TYPE_WORD = re.compile(
    rf"^(?:(?i:{_SCHOOL_WORDS}|school|college|opvang|christelijk|katholiek|openbaar|stedelijk)"
    rf"|{_SCHOOL_ABBREVIATIONS}|{_INSTITUTION_WORDS}|Lyceum|College|Gymnasium)\s+"
)
_TYPE_SUFFIX = re.compile(
    r"\s+(?:College|Lyceum|Gymnasium|Scholengemeenschap|Campus|Ziekenhuis|Kinderziekenhuis|"
    r"Gasthuis|Medisch Centrum|Kliniek|Zorggroep|Instituut)$"
)
_LEADING_ARTICLE = re.compile(r"^(?:De|Het|'t|Den)\s+")


def institution_core(mention: str) -> str | None:
    """The proper name inside a school or institution mention: "De Regenboog" -> "Regenboog".

    A later bare mention of that name ("de intern begeleider van De Regenboog") is the same
    school, so it must go too.
    """
    core = " ".join(mention.split())
    while (type_word := _TYPE_WORD.match(core)) is not None:
        core = core[type_word.end() :]
    core = _LEADING_ARTICLE.sub("", _TYPE_SUFFIX.sub("", core))
    return core if len(core) >= 3 and core[:1].isupper() else None


def find_repeated_institutions(text: str, cores: Iterable[tuple[str, str]]) -> Iterator[Candidate]:
    """Every capitalised mention of an institution name already found in this case."""
    for core, kind in cores:
        words = r"\s+".join(map(re.escape, core.split()))
        pattern = re.compile(rf"(?<![\w-])(?:(?:De|Het|'t|Den)\s+)?{words}(?![\w-])")
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end(), kind)


# --- organisations named without a type word we list ----------------------------------------

_PROPER = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
_PROPER_RUN = rf"{_PROPER}(?:\s+(?:&\s+)?{_PROPER}){{0,3}}(?:\s+(?:BV|B\.V\.|NV|N\.V\.))?"
# "ZPC De Vlietkoggen", "HBS Craeyenhout", "MHC Westland": an abbreviation, then a name.
ABBREVIATION_THEN_NAME = re.compile(
    rf"(?<![\w-])(?P<abbreviation>[A-Z]{{2,4}})\s+(?:(?:De|Het|'t)\s+)?{_PROPER_RUN}(?![\w-])"
)
# "Kredietbank Haaglanden", "Vakantiepark Kijkduin", "Haagse Kickboksschool Fighting Spirit":
# a compound ending in a kind of organisation, then a name.
_ORGANISATION_ENDINGS = (
    r"bank|voering|park|praktijk|centrum|school|zorg|groep|vereniging|club|winkel|kantoor|"
    r"bureau|dienst|diensten|studio|salon|garage|bedrijf|fabriek|opvang|huis|hotel|camping"
)
ORGANISATION_WORD_THEN_NAME = re.compile(
    rf"(?<![\w-])(?:[A-Z][\w'’]*e\s+)?(?P<type>[A-Z][\w'’]*(?:{_ORGANISATION_ENDINGS}))"
    rf"\s+(?:(?:De|Het|'t)\s+)?{_PROPER_RUN}(?![\w-])"
)
# "Horizon Jeugdzorg", "Florijn Groep", "Bouwbedrijf Jansen BV": a name, then what it is.
NAME_THEN_ORGANISATION_WORD = re.compile(
    rf"(?<![\w-])(?P<name>{_PROPER}(?:\s+{_PROPER}){{0,2}})\s+(?:Jeugdzorg|Zorg|Groep|Group|Wonen|"
    r"Welzijn|Kinderopvang|Opvang|BV|B\.V\.|Holding)(?![\w-])"
)
# "gaat naar De Wilgenstam", "de schakelklas van De Piramide": an article written with a
# capital in the middle of a sentence starts a name.
CAPITALISED_ARTICLE_NAME = re.compile(
    r"(?:(?<=[a-z,] )|(?<=\())(?:De|Het|'t)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w-])"
)


# "GGD Haaglanden", "PI Haaglanden", "Taxi Centrale Haaglanden": a body named after the region.
# Decision (docs/anonymisation.md): a facility or business named after the region identifies
# like any organisation; a region-wide public service of the network, named by a domain word
# ("GGD Haaglanden", "Veilig Thuis Haaglanden", "Jeugdhulp Haaglanden"), names nothing the
# case bank does not already say, and stays.
REGION_BODY = re.compile(
    r"(?<![\w-])(?P<org>(?:[A-Z]{2,5}|[A-Z][a-z]+)(?:\s+(?:[A-Z]{2,5}|[A-Z][a-z]+)){0,2})"
    r"\s+Haaglanden(?:\s+(?:BV|B\.V\.|NV|N\.V\.))?(?![\w-])"
)


_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:mevrouw|mevr\.?|meneer|mr\.?|dhr\.?|mw\.?|heer|familie|gezin|juf|meester|dr\.?)\s$",
    re.IGNORECASE,
)


def find_named_institutions(text: str, gazetteer) -> Iterator[Candidate]:  # noqa: ANN001
    """Schools and organisations recognised by their form rather than by a listed type word.

    A mention the listed patterns already read ("OBS Het Kompas") is left to them, so it keeps
    their kind."""
    for match in _unlisted(ABBREVIATION_THEN_NAME.finditer(text)):
        abbreviation = match.group("abbreviation").lower()
        last = match.group().split()[-1]
        if abbreviation in gazetteer.protected_words or abbreviation in gazetteer.stop_words:
            continue
        if re.search(r"\d{4}\s?$", text[max(0, match.start() - 6) : match.start()]):
            continue  # "2676 BJ Maasdijk": the letters of a postcode, then its place
        if last.lower() in gazetteer.stop_words or not any(char.islower() for char in last):
            continue  # "ECLI ECLI:NL", "GI OTS": capitals only, no name after the abbreviation
        yield Candidate(match.start(), match.end(), "institution", "form")
    for match in _unlisted(ORGANISATION_WORD_THEN_NAME.finditer(text)):
        if match.group("type").lower() in gazetteer.protected_words:
            continue
        yield Candidate(match.start(), match.end(), "institution", "form")
    for match in _unlisted(NAME_THEN_ORGANISATION_WORD.finditer(text)):
        first = match.group().split()[0]
        if first.lower() in gazetteer.stop_words or first.lower() in gazetteer.protected_words:
            continue
        # The whole mention, and its name alone: a domain word at the end ("Jeugdzorg") is
        # kept by protect.py, and the name must go even then.
        yield Candidate(match.start(), match.end(), "institution", "form")
        yield Candidate(match.start("name"), match.end("name"), "institution")
    for match in REGION_BODY.finditer(text):
        first = match.group("org").split()[0]
        if first.lower() in gazetteer.stop_words or is_sentence_start_article(text, match):
            continue
        if match.group("org").lower() in gazetteer.protected_words:
            continue  # "GGD Haaglanden": a region-wide public service of the network, kept
        yield Candidate(match.start(), match.end(), "institution", "form")
    for match in CAPITALISED_ARTICLE_NAME.finditer(text):
        name = match.group("name")
        first = name.split()[0]
        if gazetteer.is_surname(first) or gazetteer.is_place(name) or gazetteer.is_place(first):
            continue
        if _PERSON_TITLE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # "mevrouw De Groot": a surname, found by the name detectors
        if first.lower() in gazetteer.protected_words or first.lower() in gazetteer.stop_words:
            continue
        yield Candidate(match.start(), match.end(), "school")


def is_sentence_start_article(text: str, match: re.Match[str]) -> bool:
    return match.group("org").split()[0] in ("De", "Het", "In", "Uit", "Naar", "Bij", "Van")


def _unlisted(matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    return (match for match in matches if institution_kind(match.group()) is None)


def joined_institutions(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Curium-LUMC": two organisations joined by a dash are one mention."""
    ordered = sorted(
        (candidate for candidate in candidates if candidate.kind in ("school", "institution")),
        key=lambda candidate: candidate.start,
    )
    return [
        Candidate(first.start, second.end, "institution")
        for first, second in zip(ordered, ordered[1:], strict=False)
        if text[first.end : second.start] in ("-", "/")
    ]
