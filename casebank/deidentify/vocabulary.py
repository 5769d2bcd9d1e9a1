"""Word lists of the Beter Samenspel domain.

Everything here is public vocabulary of youth care in Haaglanden, not personal data. The lists
decide what must never be replaced (roles, organisations of the network, building blocks,
abbreviations) and give the context words that make a following capitalised word a name.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """A word list written as a block of text, one or more words a line."""
    return frozenset(block.split())


# Family members and others around a child: never replaced, and a capitalised word right after
# one of them is a name ("oma Roos", "vader Bas").
FAMILY_ROLES = (
    "moeder", "vader", "ouder", "ouders", "oma", "opa", "grootmoeder", "grootvader", "tante",
    "oom", "broer", "broertje", "zus", "zusje", "zoon", "dochter", "kind", "kinderen", "baby",
    "neef", "nicht", "stiefvader", "stiefmoeder", "stiefbroer", "stiefzus", "halfbroer",
    "halfzus", "pleegmoeder", "pleegvader", "pleegouders", "pleegouder", "pleegkind",
    "pleeggezin", "partner", "vriend", "vriendin", "vriendje", "vriendinnetje", "buurman",
    "buurvrouw", "tweelingbroer", "tweelingzus", "jongen", "meisje", "jongere", "puber",
    "tiener", "peuter", "kleuter", "gezin", "mama", "papa", "mam", "pap",
)  # fmt: skip

PROFESSIONAL_ROLES = (
    "jeugdbeschermer", "preventief jeugdbeschermer", "gedragswetenschapper", "casusregisseur",
    "gezinscoach", "zorgregisseur", "jeugdconsulent", "casuscoördinator", "casuscoordinator",
    "gezinsvoogd", "voogd", "jeugdhulpverlener", "hulpverlener", "wijkagent", "huisarts",
    "leerkracht", "intern begeleider", "mentor", "jeugdarts", "jeugdverpleegkundige",
    "leerplichtambtenaar", "advocaat", "kinderrechter", "rechter", "raadsonderzoeker",
    "bewindvoerder", "pleegzorgbegeleider", "ambulant hulpverlener", "projectleider",
    "teamleider", "psychiater", "psycholoog", "orthopedagoog", "maatschappelijk werker",
    "schoolmaatschappelijk werker", "jeugdprofessional", "professional", "beleidsmedewerker",
    "onderzoeker", "verloskundige", "consulent", "regisseur", "coach", "collega",
)  # fmt: skip

# Organisations and bodies of the network: naming them identifies no family.
ORGANISATIONS = (
    "Delft Support", "Jeugdbescherming West", "Leger des Heils",
    "Leger des Heils Jeugdbescherming & Reclassering", "William Schrikker Stichting",
    "William Schrikker Stichting Jeugdbescherming & Jeugdreclassering", "William Schrikker",
    "Centrum Jeugd & Gezin", "Centrum voor Jeugd en Gezin", "CJG", "Veilig Thuis",
    "Veilig Thuis Haaglanden", "Raad voor de Kinderbescherming", "plusteam",
    "plusteam Jeugd- en Gezinshulp", "Sociaal Kernteam", "Jeugdbeschermingstafel",
    "Jeugd en Gezinshulp", "Lokaal Team", "Lokale Team", "Lokale Teams",
    "Gecertificeerde Instelling", "Gecertificeerde Instellingen", "Opgaveteam",
    "Programmabureau Jeugd Haaglanden", "Opdrachtgeversoverleg",
    "Kennisnetwerk Jeugd Haaglanden", "De Haagse Hogeschool", "Servicebureau",
    "Servicebureau Jeugdhulp Haaglanden", "Beter Samenspel", "Beter Samenspel Haaglanden",
    "Beter Thuis", "regio Haaglanden", "Jeugdhulp Haaglanden", "rechtbank", "gerechtshof",
    "kinderrechter", "gemeente", "politie", "Nederland", "jeugdbescherming",
    "jeugdreclassering", "reclassering", "kinderbescherming", "gezinsbescherming", "jeugdhulp",
    "jeugdzorg", "jeugdprofessional", "Jeugdwet", "Nederlandse Zorgautoriteit",
    "Inspectie Gezondheidszorg en Jeugd", "Meldpunt Kindermishandeling", "huiselijk geweld",
    "kindermishandeling", "Advies- en Meldpunt Huiselijk geweld en Kindermishandeling",
    "Haaglanden",
)  # fmt: skip

BUILDING_BLOCKS = (
    "samenwerking", "reflectie", "directe veiligheid", "stabiele veiligheid", "veiligheid",
    "directe & stabiele veiligheid", "weging", "wegen", "samenwerkingsprincipes", "privacy",
    "toestemming", "tijdslijn", "tijdlijn", "voorgeschiedenis en situatie gezin",
    "gezinspatronen", "patroon", "patronen", "van patroon naar haalbare eindsituatie",
    "haalbare eindsituatie", "eindsituatie", "verklarende analyse", "gezamenlijk integraal plan",
    "integraal plan", "handleiding", "genogram", "bodemeisen", "taakverdeling", "borging",
    "onderzoeken", "analyseren", "veranderen", "borgen", "signaleren", "opschalen",
    "afschalen", "werkwijze", "bouwsteen", "bouwstenen", "fundament", "casusregie", "regie",
    "maatregel", "kinderbeschermingsmaatregel", "vrijwillig kader", "vrijwillig", "drang",
    "dwang", "gedwongen kader", "lerend team", "leerteam", "leer- en ontwikkelteam",
    "moments of truth", "machtiging uithuisplaatsing", "uithuisplaatsing", "ondertoezichtstelling",
    "voorlopige ondertoezichtstelling", "verzoek tot onderzoek", "veiligheidsplan",
)  # fmt: skip

PRODUCTS = ("product 1", "product 2a", "product 2b", "product 2")

ABBREVIATIONS = (
    "LT", "GI", "GI's", "JBT", "RvdK", "VTO", "OTS", "VOTS", "MUHP", "ARIJ", "MDO", "CJG",
    "SKT", "JGH", "CIT", "H10", "LOT", "GGZ", "GGD", "JGZ", "SBJH", "ADHD", "ASS", "PTSS",
)  # fmt: skip

PROTECTED_TERMS = (
    *FAMILY_ROLES, *PROFESSIONAL_ROLES, *ORGANISATIONS, *BUILDING_BLOCKS, *PRODUCTS,
    *ABBREVIATIONS,
)  # fmt: skip

# Forms of address before a name. They stay in the text; the name after them is replaced.
TITLES = (
    "mevrouw", "mevr.", "mevr", "mw.", "mw", "meneer", "mijnheer", "dhr.", "dhr", "de heer",
    "heer", "juf", "juffrouw", "meester", "mr.", "dr.", "drs.", "ir.", "ing.", "prof.",
)  # fmt: skip

# Lower-case particles inside a surname ("Mees van den Berg", "Fatima El Amrani").
INTERFIXES = _words(
    "van de der den het 't ter ten te el al ben bin la le du da di von vd v/d in op uit"
)

# Verbs that introduce a name: "haar vriendin heet Fleur".
NAMING_VERBS = ("heet", "heten", "genaamd", "noemt zich", "noemen")

NAME_CUES = (*FAMILY_ROLES, *PROFESSIONAL_ROLES, *TITLES, *NAMING_VERBS)

H10_MUNICIPALITIES = (
    "Delft", "Den Haag", "'s-Gravenhage", "Leidschendam-Voorburg", "Midden-Delfland",
    "Pijnacker-Nootdorp", "Rijswijk", "Voorschoten", "Wassenaar", "Westland", "Zoetermeer",
)  # fmt: skip

# Villages and districts inside the H10: smaller than a municipality, so they identify more.
HAAGLANDEN_PLACES = (
    # Den Haag districts and neighbourhoods
    "Scheveningen", "Duindorp", "Loosduinen", "Segbroek", "Escamp", "Laak",
    "Haagse Hout", "Ypenburg", "Leidschenveen", "Leidschenveen-Ypenburg", "Schilderswijk",
    "Transvaal", "Moerwijk", "Morgenstond", "Bouwlust", "Vrederust", "Mariahoeve",
    "Bezuidenhout", "Spoorwijk", "Regentessekwartier", "Zeeheldenkwartier", "Statenkwartier",
    "Wateringse Veld", "Stationsbuurt", "Rustenburg", "Oostbroek", "Waldeck", "Kijkduin",
    "Benoordenhout", "Archipelbuurt", "Duinoord", "Valkenboskwartier", "Groente- en Fruitmarkt",
    # Zoetermeer
    "Meerzicht", "Seghwaert", "Rokkeveen", "Oosterheem", "Buytenwegh", "Palenstein",
    "Driemanspolder", "Noordhove",
    # Delft
    "Tanthof", "Buitenhof", "Voorhof", "Wippolder", "Vrijenban", "Hof van Delft",
    # Westland
    "Naaldwijk", "Monster", "'s-Gravenzande", "Wateringen", "Poeldijk", "De Lier",
    "Honselersdijk", "Maasdijk", "Kwintsheul", "Ter Heijde", "Heenweg",
    # the other municipalities' villages
    "Pijnacker", "Nootdorp", "Delfgauw", "Maasland", "Schipluiden", "Den Hoorn", "Leidschendam",
    "Voorburg", "Stompwijk",
)  # fmt: skip

# First names that are also everyday Dutch (or English) words. Capitalised they are names; in
# lower case they count as names only when the submitter listed them or a cue word precedes.
WORD_NAMES = _words(
    """
    roos bas mees merel iris fleur jade lente engel hazel amber robin lotus pier jet job max
    mark mus linde wolf vos beer bloem maan storm winter zomer lot ben wil joy hope sky summer
    rose june faith nova luna sol dean kader hang take king constant beren ken can wen kin meta
    ment buddy dia ming atie inci ting lan ceren mindert hoop zon ster dag vrede lieve
    """
)

# Lower-case words that may precede a common noun: "een roos" is a flower, not Roos.
DETERMINERS = _words(
    """
    een de het die deze dit dat mijn jouw zijn haar hun onze ons uw geen elke ieder iedere wat
    welke zo'n veel weinig rode witte gele mooie grote kleine
    """
)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# Capitalised words that are never names in our texts, though name lists contain some of them.
NOT_NAMES = _words(
    """
    januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag kerst pasen pinksteren ramadan
    suikerfeest offerfeest god allah jezus tiktok instagram snapchat facebook whatsapp youtube
    google teams zoom nederlands engels arabisch turks pools marokkaans somalisch tigrinya
    """
)

# Sentence-opening words that deduce's short common-word list lacks ("Nadat Henk ..."); with a
# capital they look like a surname in front of a first name.
FUNCTION_WORDS = _words(
    """
    nadat omdat toen terwijl doordat zodat voordat sinds hoewel ofschoon indien wanneer zodra
    totdat daarna daarom daardoor daarbij daarin daarmee daarnaast daarvoor vervolgens inmiddels
    ondertussen bovendien echter verder eerst later ook volgens tijdens zonder vanaf vanuit
    tussen tegen rond binnen buiten boven onder achter naast namens dankzij ondanks gisteren
    vandaag morgen vorige volgende afgelopen komende halverwege uiteindelijk gelukkig helaas
    samen allebei beiden iedereen niemand sommige andere zowel noch behalve inclusief waarbij
    waardoor waarna waarin waarop hierdoor hierbij hiervoor hierna dus want maar
    """
)
