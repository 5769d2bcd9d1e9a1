"""Person names that deduce misses in youth-care notes.

The heuristics, in order of strength:

1. the submitter's known names (``known.py``), replaced wherever they occur;
2. a word right after a cue ("moeder", "oma", "juf", "mevrouw", "heet") is a name, and so is the
   subject of an age statement ("Dex is een elfjarige");
3. a word from deduce's first-name list is a name, with two refinements for names that are also
   Dutch words (Roos, Bas, Storm, ...): capitalised mid-sentence they are names, at the start of
   a sentence only if they are not in deduce's list of common words, and in lower case never
   (unless cued or listed by the submitter). Lower-case first names that are no word ("daan",
   "lieke") are names;
4. two capitalised words that are not everyday words form a name ("Semhar Tesfay");
5. a name spreads: a capitalised word joined to a found name by "en", "of" or a comma, a word
   followed by an age in brackets, and every later mention of a found first name or surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import lexicon
from .ages import NUMBER as AGE_NUMBER
from .candidates import Candidate, is_sentence_start, phrase_pattern
from .gazetteer import Gazetteer
from .vocabulary import MONTHS, NAME_CUES, NOT_NAMES, WEEKDAYS, WORD_NAMES

WORD = re.compile(r"[^\W\d_][\w'’-]*")
INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,4}(?=\s*[A-Z])")
SURNAME_PARTICLE = r"(?:van|de|der|den|het|'t|ter|ten|el|al|ben|bin|la|le|du|da|von|vd|v/d)"
NAME_CONTINUATION = re.compile(
    rf"\s+(?P<particles>(?:{SURNAME_PARTICLE}\s+)*)(?P<token>[^\W\d_][\w'’-]*)", re.IGNORECASE
)
CUE = phrase_pattern(NAME_CUES)
LEADING_PARTICLES = re.compile(rf"(?:(?:Van|De|Den|Der|Ter|Ten|El|Al|Ben|Da|Du|Le|La)\s+)+"
                               rf"(?:{SURNAME_PARTICLE}\s+)*")  # fmt: skip
AGE_IN_BRACKETS = (
    r"\s?\(\s*(?:(?:bijna|ruim|net|pas)\s+)?(?:\d{1,2}(?:[,.]5)?|[a-z]{3,9})"
    r"(?:\s*(?:jaar|jr\.?|maanden|mnd))?\s*\)"
)
NAME_BEFORE_AGE = re.compile(
    rf"(?P<name>[^\W\d_][\w'’-]*(?:\s+(?:{SURNAME_PARTICLE}\s+)*[^\W\d_][\w'’-]*){{0,3}})"
    rf"(?={AGE_IN_BRACKETS})"
)
JOINER_AFTER = re.compile(rf"(?:{AGE_IN_BRACKETS})?\s*(?:,|\ben\b|&|\bof\b)\s*", re.IGNORECASE)
JOINER_BEFORE = re.compile(
    rf"(?P<token>[^\W\d_][\w'’-]*)(?:{AGE_IN_BRACKETS})?\s*(?:,|\ben\b|&|\bof\b)\s*$",
    re.IGNORECASE,
)
NAME_BEFORE_AGE_STATEMENT = re.compile(
    r"(?P<name>[^\W\d_][\w'’-]*)\s+(?:is|was|wordt|werd)\s+(?:(?:nu|pas|net|al|bijna)\s+)?"
    rf"(?:een\s+)?(?:{AGE_NUMBER}(?:\s+jaar|-?jarige?\b|\s*[.,;])|{AGE_NUMBER}jarige?\b)"
)
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Endings of Dutch nouns and adjectives that names rarely have: "Risicotaxatie", "Nederlandse".
WORD_ENDINGS = re.compile(
    r"(?:ing|ingen|heid|heden|schap|isme|tie|ties|sie|teit|iek|ief|ieve|eel|ele|aal|ale|lijk|"
    r"lijke|isch|ische|se|aire|ologie|erij|agogisch|plan|team|overleg|beleid|zorg|hulp)$"
)
MAX_SURNAME_TOKENS = 3


def is_title_case(token: str) -> bool:
    return token[:1].isupper() and token[1:2].islower()


# "De oudste, Ilias, is 19", "Storm is de oudste": a rank in the family makes a name.
APPOSITION_AFTER_RANK = re.compile(
    r"\b(?:de|De)\s+(?:oudste|jongste|middelste|tweede|derde|eerste)(?:\s+\w+)?\s*,\s*"
    r"(?P<name>[^\W\d_][\w'’-]*)\s*,"
)
SUBJECT_OF_RANK = re.compile(
    r"(?P<name>[A-Z][\w'’-]*)\s+(?:is|was)\s+(?:de|het)\s+(?:oudste|jongste|middelste)\b"
)
# A form of address makes the next word a name even in lower case: "mr. bakkali".
TITLE_THEN_LOWER = re.compile(
    r"\b(?:mr|dr|drs|ir|ing|prof|dhr|mw|mevr)\.?\s+(?P<particles>(?:(?:de|van|der|den|el|al|ter|ten)\s+)*)"
    r"(?P<name>[^\W\d_][\w'’-]{2,})",
    re.IGNORECASE,
)


def find_name_candidates(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    yield from find_cued_names(text, gazetteer)
    yield from find_names_by_rank(text, gazetteer)
    yield from find_names_after_titles(text, gazetteer)
    yield from find_listed_first_names(text, gazetteer)
    yield from find_capitalised_pairs(text, gazetteer)
    yield from find_names_before_age(text, gazetteer)
    yield from find_names_before_age_statement(text, gazetteer)


def find_names_by_rank(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    for pattern in (APPOSITION_AFTER_RANK, SUBJECT_OF_RANK):
        for match in pattern.finditer(text):
            name = match.group("name")
            lowered = name.lower()
            if lowered in gazetteer.stop_words or lowered in gazetteer.protected_words:
                continue
            if lowered in NOT_NAMES or lowered in _CALENDAR_WORDS:
                continue
            yield _person(text, match.start("name"), match.end("name"), gazetteer)


def find_names_after_titles(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    for match in TITLE_THEN_LOWER.finditer(text):
        name = match.group("name")
        if name.lower() in gazetteer.stop_words or name.lower() in gazetteer.protected_words:
            continue
        start = match.start("particles") if match.group("particles") else match.start("name")
        yield _person(text, start, match.end("name"), gazetteer)


def find_cued_names(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    for cue in CUE.finditer(text):
        if text[cue.end() : cue.end() + 1] == " ":
            yield from _name_after_cue(text, cue.end() + 1, gazetteer)


def _name_after_cue(text: str, start: int, gazetteer: Gazetteer) -> Iterator[Candidate]:
    particles = LEADING_PARTICLES.match(text, start)  # "het gezin Van der Meer"
    name_start = particles.end() if particles else start
    initials = INITIALS.match(text, name_start)
    if initials:
        yield _person(text, start, initials.end(), gazetteer)
        return
    token = WORD.match(text, name_start)
    if not token:
        return
    # After particles the word is a surname even when it is also a word: "Van der Meer".
    after_particles = particles is not None and is_title_case(token.group())
    if after_particles or _can_follow_cue(token.group(), gazetteer):
        yield _person(text, start, token.end(), gazetteer)


def find_names_before_age_statement(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """ "Dex is een elfjarige jongen", "Mo werd 14": the subject of an age is a person."""
    for match in NAME_BEFORE_AGE_STATEMENT.finditer(text):
        name = match.group("name")
        if is_title_case(name) and _can_follow_cue(name, gazetteer):
            yield _person(text, match.start("name"), match.end("name"), gazetteer)


def find_listed_first_names(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    for token in WORD.finditer(text):
        if gazetteer.is_first_name(token.group()) and _listed_name_applies(token, gazetteer):
            yield _person(text, token.start(), token.end(), gazetteer)


def find_capitalised_pairs(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Two capitalised words in a row that are no everyday words or places: "Kacper Nowak"."""
    for token in WORD.finditer(text):
        first = token.group()
        if not _is_name_like(first, gazetteer):
            continue
        following = NAME_CONTINUATION.match(text, token.end())
        if not following or not _is_name_like(following.group("token"), gazetteer):
            continue
        if not _opens_sentence_before_name(token, following.group("token"), gazetteer):
            yield _person(text, token.start(), token.end(), gazetteer)


def _opens_sentence_before_name(token: re.Match[str], second: str, gazetteer: Gazetteer) -> bool:
    """ "Nadat Henk": the capital came from the sentence; Henk is found on his own."""
    return (
        is_sentence_start(token.string, token.start())
        and _in_any_name_list(second, gazetteer)
        and not _in_any_name_list(token.group(), gazetteer)
    )


def find_names_before_age(text: str, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """ "Milan (7)": the capitalised words right before an age in brackets."""
    for match in NAME_BEFORE_AGE.finditer(text):
        tokens = list(WORD.finditer(text, match.start("name"), match.end("name")))
        name = _trailing_name(tokens, gazetteer)
        if name:
            yield Candidate(name[0].start(), name[-1].end(), "person")


def _trailing_name(tokens: list[re.Match[str]], gazetteer: Gazetteer) -> list[re.Match[str]]:
    """The name-like words at the end of ``tokens``, particles in between allowed."""
    name: list[re.Match[str]] = []
    for token in reversed(tokens):
        word = token.group()
        if _is_name_like(word, gazetteer):
            name.insert(0, token)
        elif not (name and word.lower() in gazetteer.interfixes):
            break
    while name and not _is_name_like(name[0].group(), gazetteer):
        name.pop(0)
    return name


def find_joined_names(
    text: str, people: Iterable[Candidate], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """Names joined to a found name: "Ravi en Priya", "Milan (7) en Luuk (5)"."""
    for person in people:
        joiner = JOINER_AFTER.match(text, person.end)
        token = WORD.match(text, joiner.end()) if joiner else None
        if token and _can_be_joined_name(token.group(), gazetteer):
            yield _person(text, token.start(), token.end(), gazetteer)
        before = JOINER_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before and _can_be_joined_name(before.group("token"), gazetteer):
            yield Candidate(before.start("token"), before.end("token"), "person")


def find_repeated_names(
    text: str, names: Iterable[str], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """Every mention of a name already known in this case, also a bare first name or surname."""
    names = list(names)
    # A name the writer put in lower case ("merel woont bij moeder") is a name in lower case
    # elsewhere too, except after a determiner: "de merel in het logo" is the bird.
    written_lower = {name for name in names if name.islower()}
    variants = {
        variant
        for name in names
        for variant in name_variants(name, gazetteer)
        if not gazetteer.is_place(variant) and variant.lower() not in gazetteer.stop_words
    }
    if not variants:
        return
    for match in phrase_pattern(variants).finditer(text):
        mention = match.group()
        # A name that is also a word ("Storm", "Roos") counts capitalised, also opening a
        # sentence, once it was found as a name; in lower case only a name that is no word:
        # "burgers" after "Burgers" is a word.
        lower_case_name = not _is_everyday_word(mention, gazetteer) and (
            gazetteer.is_first_name(mention) or not lexicon.is_known(mention)
        )
        written_as_before = mention in written_lower and not after_determiner(text, match.start())
        # "Nova en Lux ... nova is ongeveer 4": a lower-case mention doing what a person does.
        acting = mention.islower() and (
            not after_determiner(text, match.start()) and _acts_as_person(text, match.end())
        )
        if (
            is_title_case(mention)
            or (mention.islower() and lower_case_name)
            or written_as_before
            or acting
        ):
            yield Candidate(match.start(), match.end(), "person")


def _acts_as_person(text: str, end: int) -> bool:
    return PERSON_ACTION_AFTER.match(text, end) is not None


def name_variants(name: str, gazetteer: Gazetteer) -> set[str]:
    """The full name, the first name and the surname (with and without its particles)."""
    tokens = [token for token in name.split() if len(token.rstrip(".")) > 1]
    variants = {" ".join(tokens)} if tokens else set()
    if len(tokens) > 1:
        variants.add(tokens[0])
        surname = tokens[1:]
        variants.add(" ".join(surname))
        core = [token for token in surname if token.lower() not in gazetteer.interfixes]
        variants.add(" ".join(core))
    return {variant for variant in variants if len(variant) > 1}


def _person(text: str, start: int, end: int, gazetteer: Gazetteer) -> Candidate:
    return Candidate(start, extend_with_surname(text, end, gazetteer), "person")


def extend_with_surname(text: str, end: int, gazetteer: Gazetteer) -> int:
    """Move ``end`` past a following surname: "Mees" + " van den Berg"."""
    for _ in range(MAX_SURNAME_TOKENS):
        following = NAME_CONTINUATION.match(text, end)
        if not following or not _can_be_surname(following, gazetteer):
            break
        end = following.end()
    return end


def _can_be_surname(following: re.Match[str], gazetteer: Gazetteer) -> bool:
    token = following.group("token")
    if is_title_case(token):
        return _is_name_like(token, gazetteer) or gazetteer.is_surname(token)
    # Lower case only after a particle: "sandra de vries", not "sandra gaf".
    return bool(following.group("particles")) and gazetteer.is_surname(token)


def _can_follow_cue(token: str, gazetteer: Gazetteer) -> bool:
    lowered = token.lower()
    if lowered in gazetteer.stop_words or lowered in gazetteer.protected_words:
        return False
    if lowered in NOT_NAMES or lowered in _CALENDAR_WORDS:
        return False
    if is_title_case(token):
        return not gazetteer.is_place(token) or _in_any_name_list(token, gazetteer)
    return gazetteer.is_first_name(token) and not gazetteer.is_word(token)


def _listed_name_applies(token: re.Match[str], gazetteer: Gazetteer) -> bool:
    word, lowered = token.group(), token.group().lower()
    if lowered in gazetteer.stop_words or lowered in gazetteer.protected_words:
        return False
    if gazetteer.is_place(word) or (word.isupper() and len(word) > 1):
        return False
    mid_sentence = not is_sentence_start(token.string, token.start())
    if is_title_case(word):
        if lowered in gazetteer.common_words:
            return mid_sentence
        return mid_sentence or token.string[token.end() : token.end() + 1] != "."
    return len(word) >= 3 and not _is_everyday_word(word, gazetteer)


def _is_name_like(token: str, gazetteer: Gazetteer) -> bool:
    """A capitalised word that is no everyday word, organisation, month or place."""
    lowered = token.lower()
    if not is_title_case(token) or gazetteer.is_word(token):
        return False
    if lowered in gazetteer.interfixes or lowered in _CALENDAR_WORDS:
        return False
    if _in_any_name_list(token, gazetteer):
        return True
    # Unlisted words: a place, or a Dutch noun or adjective by its ending, is no name.
    return not gazetteer.is_place(token) and not WORD_ENDINGS.search(lowered)


def _can_be_joined_name(token: str, gazetteer: Gazetteer) -> bool:
    if is_title_case(token):
        # "Lot en Fem": a first name that is also a word, joined to a found name.
        return _is_name_like(token, gazetteer) or _is_word_name(token, gazetteer)
    return gazetteer.is_first_name(token) and not _is_everyday_word(token, gazetteer)


def _in_any_name_list(token: str, gazetteer: Gazetteer) -> bool:
    return gazetteer.is_first_name(token) or gazetteer.is_surname(token)


def _is_everyday_word(token: str, gazetteer: Gazetteer) -> bool:
    return gazetteer.is_word(token) or token.lower() in WORD_NAMES


# --- names that are also words, found by what the text does with them ---------------------

# Verbs (and verb phrases) whose subject is a person: "Storm woont bij oma", "Zon zegt:".
PERSON_VERBS = (
    r"zegt|zei|vertelt|vertelde|vraagt|vroeg|antwoordt|antwoordde|praat|praatte|huilt|huilde|"
    r"lacht|lachte|belt|belde|appt|appte|woont|woonde|logeert|logeerde|speelt|speelde|slaapt|"
    r"sliep|wil|wilde|vindt|vond|voelt|voelde|durft|durfde|mist|miste|spijbelt|spijbelde|"
    r"gamet|rende|rent|schreeuwt|schreeuwde|liet|laat|geeft\s+aan|gaf\s+aan|zit\s+(?:weer\s+)?"
    r"(?:vast|thuis|op\s+school)|zat\s+(?:vast|thuis)|is\s+\d{1,2}(?=\s*[,.;]|\s+en\b)|"
    r"heeft\s+(?:een|geen|twee|drie)\s+(?:broer|broertje|zus|zusje|broers|zussen|vriend|"
    r"vriendin|vader|moeder)|is\s+(?:het|de|een)\s+(?:(?:jongste|oudste|middelste|enige)\s+)?"
    r"(?:kind|jongen|meisje|zoon|dochter|baby|peuter|kleuter|puber|tiener)"
)
PERSON_ACTION_AFTER = re.compile(
    rf"\s+(?:(?:{PERSON_VERBS})(?![\w-])|(?:is|was|wordt|werd)\s+(?:(?:nu|pas|net|al|bijna|"
    r"ongeveer|ruim)\s+)?\d{1,2}(?![\w,.]\d))",
    re.IGNORECASE,
)
SUBJECT_OF_PERSON_VERB = re.compile(
    rf"(?P<name>[^\W\d_][\w'’-]*)\s+(?:{PERSON_VERBS})(?![\w-])", re.IGNORECASE
)
# "Lucht, de oudste dochter,": a capitalised word in apposition with a family role.
NAME_BEFORE_ROLE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+),\s+(?:de|het|haar|zijn|hun)\s+(?:(?:oudste|jongste|middelste|"
    r"enige|tweede|derde)\s+)?(?:dochter|zoon|kind|broer|zus|broertje|zusje|moeder|vader|"
    r"stiefvader|stiefmoeder|oma|opa|tante|oom|neef|nicht|vriend|vriendin)\b"
)
WORD_BEFORE_AGE = re.compile(rf"(?P<name>[^\W\d_][\w'’-]*)(?={AGE_IN_BRACKETS})")
_FAMILY_ROLE = (
    r"(?:moeder|vader|mama|papa|mam|pap|oma|opa|broer|broertje|zus|zusje|zoon|dochter|tante|oom|"
    r"neef|nicht|stiefvader|stiefmoeder|halfbroer|halfzus|vriend|vriendje|vriendin|buurman|"
    r"buurvrouw|partner|ex|ex-partner|pleegmoeder|pleegvader|grootmoeder|grootvader)"
)
WORD_BEFORE_ROLE_IN_BRACKETS = re.compile(
    rf"(?P<name>[^\W\d_][\w'’-]*)\s?\(\s*(?:de\s+|haar\s+|zijn\s+)?{_FAMILY_ROLE}"
    r"(?:\s+van\s+[^()\n]{1,30})?\s*[,)]",
    re.IGNORECASE,
)
NICKNAME_AFTER_CUE = re.compile(
    r"\b(?:roepnaam|bijnaam|koosnaam|alias|genaamd|ook\s+wel)\s*:?\s*(?:is\s+)?"
    r"['\"‘’“”]?(?P<name>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# "A.M. (Annemiek) Zuidgeest", "J.P. de Wit": initials, a call name in brackets, a surname.
INITIALS_AND_SURNAME = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,4}(?:\s*\([A-Z][\w'’-]+\))?\s*"
    rf"(?:(?:{SURNAME_PARTICLE})\s+)*[A-Z][\w'’-]+"
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:de|het|een|die|deze|dat|haar|zijn|z'n|hun|mijn|onze|jouw)\s+)$", re.IGNORECASE
)


def find_cued_word_names(
    text: str, found: Iterable[Candidate], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """First names that are also words ("Storm", "Zon", "merel"), named as a person by context:
    the subject of a verb only a person does, a word right before an age in brackets, a first
    name right before a found surname; and names written as initials with a call name."""
    for match in SUBJECT_OF_PERSON_VERB.finditer(text):
        token = match.group("name")
        if _is_word_name(token, gazetteer) and (
            is_title_case(token) or is_sentence_start(text, match.start("name"))
        ):
            yield _person(text, match.start("name"), match.end("name"), gazetteer)
    for match in WORD_BEFORE_AGE.finditer(text):
        token = match.group("name")
        if (
            _is_word_name(token, gazetteer)
            or (is_title_case(token) and _can_follow_cue_loosely(token, gazetteer))
            or _is_lower_case_nickname(token, gazetteer)
        ):
            yield Candidate(match.start("name"), match.end("name"), "person")
    # "mo (vader van ilias)", "marisol (moeder)": a word before a family role in brackets.
    for match in WORD_BEFORE_ROLE_IN_BRACKETS.finditer(text):
        token = match.group("name")
        if (is_title_case(token) and _can_follow_cue_loosely(token, gazetteer)) or (
            token.islower() and _could_be_lower_case_name(token, gazetteer)
        ):
            yield Candidate(match.start("name"), match.end("name"), "person")
    # "roepnaam vossie", "met de bijnaam 'Tito'": a nickname is a name whatever it looks like.
    for match in NICKNAME_AFTER_CUE.finditer(text):
        token = match.group("name").rstrip("'’")  # "'Tito'": the closing quote stays
        lowered = token.lower()
        if lowered not in gazetteer.stop_words and lowered not in gazetteer.protected_words:
            yield Candidate(match.start("name"), match.start("name") + len(token), "person")
    for match in NAME_BEFORE_ROLE.finditer(text):
        token = match.group("name")
        if _can_follow_cue_loosely(token, gazetteer):
            yield Candidate(match.start("name"), match.end("name"), "person")
    for match in INITIALS_AND_SURNAME.finditer(text):
        last = match.group().split()[-1]
        if last.lower() not in gazetteer.stop_words and not gazetteer.is_word(last):
            yield Candidate(match.start(), match.end(), "person")
    people = [candidate for candidate in found if candidate.kind in ("person", "name")]
    for person in people:
        before = re.search(r"(?P<name>[^\W\d_][\w'’-]*)\s$", text[max(0, person.start - 30) :
                                                                person.start])  # fmt: skip
        if before and is_title_case(before.group("name")):
            token = before.group("name")
            start = person.start - len(before.group())
            if _is_word_name(token, gazetteer) or gazetteer.is_first_name(token):
                if not is_title_case(text[person.start : person.end]):
                    continue
                yield Candidate(start, person.end, "person")


def _is_lower_case_nickname(token: str, gazetteer: Gazetteer) -> bool:
    """ "jeandro (16)": a lower-case word before an age in brackets that is no Dutch word."""
    lowered = token.lower()
    return (
        token.islower()
        and len(token) >= 3
        and lowered not in gazetteer.stop_words
        and lowered not in gazetteer.protected_words
        and lowered not in NOT_NAMES
        and not _is_everyday_word(token, gazetteer)
        and not lexicon.is_word(token)
    )


def _could_be_lower_case_name(token: str, gazetteer: Gazetteer) -> bool:
    """A lower-case word that a role in brackets makes a name: no function or domain word,
    and either a listed first name or no Dutch word at all ("mo", "marisol")."""
    lowered = token.lower()
    if len(lowered) < 2 or lowered in gazetteer.stop_words or lowered in gazetteer.protected_words:
        return False
    if lowered in NOT_NAMES or lowered in _CALENDAR_WORDS:
        return False
    return gazetteer.is_first_name(token) or not lexicon.is_word(token)


def _can_follow_cue_loosely(token: str, gazetteer: Gazetteer) -> bool:
    """A capitalised word before an age in brackets: a name unless it is a function word."""
    lowered = token.lower()
    return not (
        lowered in gazetteer.stop_words
        or lowered in gazetteer.protected_words
        or lowered in NOT_NAMES
        or gazetteer.is_place(token)
    )


def _is_word_name(token: str, gazetteer: Gazetteer) -> bool:
    """A first name that is also an everyday word ("Hoop", "merel"), not a function word."""
    lowered = token.lower()
    if len(lowered) < 2 or lowered in gazetteer.stop_words or lowered in gazetteer.protected_words:
        return False
    if lowered in NOT_NAMES:
        return False
    return gazetteer.is_first_name(token) or lowered in WORD_NAMES


def after_determiner(text: str, start: int) -> bool:
    return _DETERMINER_BEFORE.search(text[max(0, start - 12) : start]) is not None


# --- one mention at a time: a name that is also a word, read as the word ---------------------

# Dutch puts the finite verb second: a sentence that opens with a name as its subject goes on
# with a verb ("Storm woont", "Lieve wil"). A word-name followed by a preposition, by a noun or
# by "en" and a lower-case word is the word: "Storm in huis", "Wolf in schaapskleren", "Koning
# van de klas", "Lieve meid", "Zomer vakantie", "Iris en pupil".
FINITE_VERBS = frozenset(
    [
        "is",
        "was",
        "wordt",
        "werd",
        "heeft",
        "had",
        "wil",
        "wilde",
        "kan",
        "kon",
        "zal",
        "zou",
        "mag",
        "mocht",
        "moet",
        "moest",
        "gaat",
        "ging",
        "komt",
        "kwam",
        "zegt",
        "zei",
        "ziet",
        "zag",
        "staat",
        "stond",
        "zit",
        "zat",
        "ligt",
        "lag",
        "blijft",
        "bleef",
        "doet",
        "deed",
        "vindt",
        "vond",
        "weet",
        "wist",
        "krijgt",
        "kreeg",
        "geeft",
        "gaf",
        "loopt",
        "liep",
        "houdt",
        "hield",
        "neemt",
        "nam",
        "laat",
        "liet",
        "speelt",
        "woont",
        "belt",
        "vertelt",
        "lijkt",
        "leek",
        "durft",
        "voelt",
        "slaapt",
        "sliep",
        "huilt",
        "lacht",
        "rent",
        "rende",
        "schreeuwt",
        "heet",
        "hoort",
        "hoorde",
    ]
)
# Words that follow a name as readily as a verb: "Storm zelf zegt", "Bloem junior", "Zon haar
# jongste", "merel vandaag gesproken".
NAME_FOLLOWERS = frozenset(
    [
        "zelf",
        "ook",
        "nog",
        "dan",
        "al",
        "niet",
        "wel",
        "nu",
        "vaak",
        "soms",
        "altijd",
        "graag",
        "nooit",
        "echter",
        "vandaag",
        "gisteren",
        "morgen",
        "senior",
        "junior",
        "sr",
        "jr",
        "zijn",
        "haar",
        "z'n",
        "d'r",
    ]
)
DETERMINER_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "die",
        "deze",
        "dit",
        "dat",
        "mijn",
        "jouw",
        "zijn",
        "haar",
        "hun",
        "onze",
        "ons",
        "uw",
        "z'n",
        "d'r",
    ]
)
PREPOSITIONS = frozenset(
    [
        "in",
        "van",
        "op",
        "met",
        "voor",
        "uit",
        "aan",
        "bij",
        "onder",
        "over",
        "naar",
        "tegen",
        "zonder",
        "tussen",
        "door",
        "om",
        "tot",
        "na",
        "rond",
        "langs",
        "achter",
        "naast",
        "boven",
        "binnen",
        "buiten",
        "sinds",
    ]
)
# "Lente is de tijd", "Rosa is het merk": a copula and a determiner, then no word for a person.
COPULA_THEN_THING = re.compile(
    r"\s+(?:is|was)\s+(?:de|het|een)\s+(?P<noun>[a-zë-ü]+)(?:\s+(?P<noun2>[a-zë-ü]+))?",
    re.IGNORECASE,
)
PERSON_NOUNS_AFTER_COPULA = frozenset(
    [
        "oudste",
        "jongste",
        "middelste",
        "enige",
        "tweede",
        "derde",
        "eerste",
        "kind",
        "jongen",
        "meisje",
        "zoon",
        "dochter",
        "broer",
        "zus",
        "baby",
        "peuter",
        "kleuter",
        "puber",
        "tiener",
        "leerling",
        "moeder",
        "vader",
        "vriend",
        "vriendin",
    ]
)
NEXT_TOKEN = re.compile(r"\s+(?P<word>[^\W\d_][\w'’-]*)(?P<after>\s+(?P<next>[^\W\d_][\w'’-]*))?")
_QUOTE_AFTER_DETERMINER = re.compile(
    r"\b(?:de|het|een|die|deze|dat|haar|zijn|z'n|hun|mijn|onze|jouw)\s+['‘’\"“]$", re.IGNORECASE
)


def reads_as_word(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """True when this one mention of a name that is also a Dutch word is the word here.

    Only a mention whose capital says nothing is judged: one opening a sentence, or one in lower
    case. A capitalised mention inside a sentence stays a name."""
    token = text[start:end]
    lowered = token.lower()
    if not WORD.fullmatch(token) or not (
        lowered in WORD_NAMES or lowered in gazetteer.common_words
    ):
        return False
    if token.islower():
        if _QUOTE_AFTER_DETERMINER.search(text[max(0, start - 12) : start]):
            return True  # "noemt het zijn 'rosa'"
        if not is_sentence_start(text, start):
            return False
    elif not (is_title_case(token) and is_sentence_start(text, start)):
        return False
    following = NEXT_TOKEN.match(text, end)
    if not following:
        return False  # "Storm." "Storm (9)" "Storm, de oudste": punctuation, a name
    word = following.group("word")
    if not word.islower():
        return False  # "Storm Tesfay", "Storm En Zon" - another capitalised word
    if word in ("en", "of"):
        following_word = following.group("next") or ""
        return (
            following_word.islower()
            and following_word not in NAME_FOLLOWERS
            and following_word not in DETERMINER_WORDS
            and not gazetteer.is_first_name(following_word)
        )
    if word in ("is", "was"):
        thing = COPULA_THEN_THING.match(text, end)
        if not thing:
            return False
        nouns = [thing.group("noun").lower(), (thing.group("noun2") or "").lower()]
        # "Dex is een elfjarige jongen", "Storm is de oudste": a person after all.
        return not any(
            noun in PERSON_NOUNS_AFTER_COPULA or "jarig" in noun for noun in nouns if noun
        )
    if word in PREPOSITIONS:
        return True
    if _verb_like(word) or word in NAME_FOLLOWERS or not lexicon.is_word(word):
        return False
    # "Lieve meid, maar ...", "Zomer vakantie was ...": a noun right after it, and then a
    # verb or a pause, so the two words together are the subject.
    then = following.group("next")
    return bool(_PAUSE.match(text, following.end("word"))) or bool(then and _verb_like(then))


_PAUSE = re.compile(r"\s*[,:;]")


def _verb_like(word: str) -> bool:
    """A finite verb or a participle ("geboren", "gebeld") by its form."""
    return (
        word in FINITE_VERBS
        or re.search(r"(?:t|de|te|den|ten)$", word) is not None
        or (word.startswith("ge") and len(word) > 5)
    )
