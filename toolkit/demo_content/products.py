"""The three GI products that municipalities buy, and the decision aid "Wanneer product 2a?".

``DECISION_AID_2A`` is a small decision tree: ``{"start": node_id, "nodes": {node_id: node}}``.
A question node is ``{"question", "help", "answers": [{"label", "next"}]}``; an advice node is
``{"advice", "product", "explanation"}`` with ``product`` one of "1", "2a", "2b" or ``None``.
Every path from the start ends in an advice node and the tree has no cycles.
"""

from __future__ import annotations

from typing import Any

PRODUCTS: list[dict[str, Any]] = [
    {
        "code": "1",
        "slug": "product-1-anoniem-advies",
        "title": "Product 1: anoniem advies",
        "summary": (
            "Een medewerker van het LT of een jeugdbeschermer klankbordt anoniem met de andere "
            "organisatie, zonder dat de casusregie verandert."
        ),
        "rules": [
            "Het advies komt van een vaste jeugdbeschermer die aan de gemeente is gekoppeld en "
            "de lokale situatie kent.",
            "De vraag wordt anoniem besproken: er worden geen gegevens gedeeld waaruit het gezin "
            "te herkennen is.",
            "De casusregie blijft bij de partij die haar had op het moment van de vraag.",
            "Er is geen beschikking nodig en er volgt geen officiële rapportage van het advies.",
            "Het werkt ook andersom: een jeugdbeschermer kan anoniem klankborden met het LT.",
        ],
        "who_leads": "De partij die de casusregie al had; daar verandert niets aan.",
        "consent_required": False,
        "jbt_needed": False,
        "max_hours": None,
        "body_paragraphs": [
            "Product 1 is bedoeld voor het moment waarop je wilt sparren voordat je een besluit "
            "neemt. Een medewerker van het LT legt bijvoorbeeld een situatie voor aan de vaste "
            "jeugdbeschermer om te toetsen of de zorgen ernstig genoeg zijn voor de uitgebreide "
            "werkwijze, of om te horen hoe een jeugdbeschermer naar de veiligheid zou kijken.",
            "Omdat het gesprek anoniem is, is er geen toestemming van het gezin nodig. Beschrijf "
            "de casus dan wel zo dat het gezin niet te herkennen is: geen namen of adres, en geen "
            "combinatie van details die in een kleine gemeente direct naar één gezin leidt.",
            "Het advies is vrijblijvend. De adviesvrager beslist zelf wat hij ermee doet en legt "
            "dat vast in het eigen dossier. Blijkt uit het gesprek dat samen optrekken nodig is, "
            "dan volgt een weging in het team en, met toestemming van het gezin, product 2a.",
            "Omdat de gecertificeerde instellingen vaste jeugdbeschermers aan gemeenten koppelen, "
            "kent de adviseur de lokale voorzieningen en werkwijze. Vraag je teamleider of "
            "projectleider wie dat voor jouw team is en hoe je hem of haar bereikt.",
        ],
    },
    {
        "code": "2a",
        "slug": "product-2a-samen-optrekken",
        "title": "Product 2a: samen optrekken, regie bij het Lokale Team",
        "summary": (
            "Een preventief jeugdbeschermer werkt in het vrijwillig kader mee met het LT, dat de "
            "regie houdt, om verdere escalatie in een gezin te voorkomen."
        ),
        "rules": [
            "Het LT besluit tot inzet na een casuïstiekoverleg waarin de weging is gemaakt.",
            "De ouders met gezag, en waar passend de jeugdige, moeten instemmen met de "
            "betrokkenheid van de GI.",
            "Een bespreking aan de Jeugdbeschermingstafel is niet nodig.",
            "De inzet van de GI is maximaal 25 uur per gezin; het LT kan het product zo nodig "
            "opnieuw afgeven voor hetzelfde gezin.",
            "Het LT geeft zelf de beschikking af.",
            "Het LT blijft eindverantwoordelijk voor de inschatting van de veiligheid van de "
            "jeugdige en beslist dus ook over het inschakelen van specialistische jeugdhulp.",
            "Blijkt het vrijwillig kader onvoldoende, dan vraagt het LT met een regulier verzoek "
            "tot onderzoek via de JBT om een raadsonderzoek. De betrokken preventief "
            "jeugdbeschermer wordt daarin vermeld en blijft bij voorkeur betrokken.",
        ],
        "who_leads": "Het Lokale Team.",
        "consent_required": True,
        "jbt_needed": False,
        "max_hours": 25,
        "body_paragraphs": [
            "Bij product 2a werken het LT en een preventief jeugdbeschermer samen bij een gezin, "
            "terwijl de casusregie bij het LT blijft. De jeugdbeschermer brengt kennis uit de "
            "jeugdbescherming in: hij kan aanschuiven bij een casusbespreking, meegaan op "
            "huisbezoek of samen met het LT een uitgebreide analyse maken.",
            "Product 2a past in vier situaties. Er is geen acuut gevaar maar wel ernstige zorg "
            "over de ontwikkeling, en een bespreking aan de JBT speelt nog niet. Of een "
            "melding bij de JBT is wel in beeld en de medewerker LT wil alvast samenwerken met "
            "een jeugdbeschermer. Of de JBT heeft besloten tot geen of een uitgesteld "
            "raadsonderzoek. Of een ondertoezichtstelling is net beëindigd, bijvoorbeeld "
            "onverwacht, en de overdracht naar het LT moet nog warm worden afgerond.",
            "De 25 uur zijn een maximum, geen norm. In een van de praktijkverhalen gebruikte de "
            "jeugdbeschermer 16 van de 25 uur in ruim drie maanden; in een ander verhaal was na "
            "het einde van een maatregel 5 uur genoeg om nog even op de achtergrond beschikbaar "
            "te zijn.",
            "Zonder toestemming van het gezin is product 2a niet mogelijk. Weigert het gezin, dan "
            "blijft het LT helpen en kan het anoniem advies vragen via product 1. Houden de "
            "zorgen aan, dan weegt het team opnieuw of een verzoek tot onderzoek nodig is. Zie "
            "het hoofdstuk over privacy, toestemming en drang en dwang.",
        ],
    },
    {
        "code": "2b",
        "slug": "product-2b-regie-bij-de-gi",
        "title": "Product 2b: regie bij de GI in het vrijwillig kader",
        "summary": (
            "Na een besluit van de JBT neemt een preventief jeugdbeschermer in het vrijwillig "
            "kader de regie over om de periode van het raadsonderzoek te overbruggen, terwijl "
            "het LT betrokken blijft."
        ),
        "rules": [
            "Inzet volgt op een bespreking aan de JBT, als de voorzitter besluit tot een "
            "raadsonderzoek of een wisseling van regie nodig vindt.",
            "De JBT indiceert het product alleen als de ouders met gezag ermee instemmen.",
            "Het is vrijwillige hulp die de periode van het raadsonderzoek overbrugt.",
            "De GI heeft de casusregie en de eindverantwoordelijkheid voor de "
            "veiligheidsinschatting en de inzet van specialistische jeugdhulp.",
            "Het LT houdt zicht op hoe het met het gezin gaat, denkt mee als de jeugdbeschermer "
            "daarom vraagt en zet jeugdhulp in als de GI dat vraagt en het gezin ermee instemt.",
            "Spreekt de kinderrechter een ondertoezichtstelling uit, dan treedt het LT terug, "
            "maar blijft het op afstand betrokken, bijvoorbeeld bij wonen of financiën.",
        ],
        "who_leads": "De gecertificeerde instelling.",
        "consent_required": True,
        "jbt_needed": True,
        "max_hours": None,
        "body_paragraphs": [
            "Product 2b voorkomt een gat in de hulp tussen de JBT en de uitkomst van het "
            "raadsonderzoek. De jeugdbeschermer kan al kennismaken met het gezin en een plan "
            "opstellen, terwijl de Raad voor de Kinderbescherming onderzoekt of een maatregel "
            "nodig is. De GI probeert daarbij waar mogelijk een maatregel te voorkomen.",
            "Voor het gezin voelt deze periode vaak niet vrijblijvend: er loopt een onderzoek en "
            "de uitkomst kan een maatregel zijn. Benoem dat eerlijk. Het product is formeel "
            "vrijwillig, maar bespreek met het gezin wat het betekent als het niet meewerkt.",
            "Het LT draagt de casus niet over en verdwijnt niet uit beeld. Plan na de JBT geen "
            "overdracht maar een gezamenlijke kennismaking met het gezin, waarin de "
            "taakverdeling wordt vastgelegd. Wordt later duidelijk dat een maatregel kan worden "
            "afgesloten, dan pakt het LT de draad weer op en blijft de jeugdbeschermer nog even, "
            "eventueel op de achtergrond, betrokken.",
            "Zo ontstaat een doorlopende lijn voor het gezin: dezelfde gezichten, één plan en een "
            "analyse die niet opnieuw hoeft.",
        ],
    },
]

DECISION_AID_2A: dict[str, Any] = {
    "start": "zorgen",
    "nodes": {
        "zorgen": {
            "question": "Zijn er zorgen over de veiligheid of de ontwikkeling van een jeugdige?",
            "help": (
                "Denk aan zorgen die aanhouden of terugkomen, niet alleen aan het laatste "
                "incident. Is er nu acuut gevaar, kies dan de middelste optie."
            ),
            "answers": [
                {"label": "Nee, er zijn geen zorgen", "next": "advies_regulier"},
                {"label": "Ja, en er is nu acuut gevaar", "next": "advies_acuut"},
                {"label": "Ja, maar er is geen acuut gevaar", "next": "anoniem_genoeg"},
            ],
        },
        "anoniem_genoeg": {
            "question": "Is anoniem klankborden met een jeugdbeschermer voorlopig genoeg?",
            "help": (
                "Bijvoorbeeld als je wilt toetsen hoe ernstig de zorgen zijn, of als het team "
                "nog twijfelt of de uitgebreide werkwijze nodig is."
            ),
            "answers": [
                {"label": "Ja, ik wil eerst sparren", "next": "advies_product_1"},
                {"label": "Nee, er is meer nodig", "next": "stand_jbt"},
            ],
        },
        "stand_jbt": {
            "question": "Hoe staat het met de Jeugdbeschermingstafel en een eventuele maatregel?",
            "help": (
                "De route hangt af van wat er al besloten is. Weet je het niet zeker, kijk dan in "
                "het dossier of overleg met de gedragswetenschapper."
            ),
            "answers": [
                {
                    "label": "Een bespreking aan de JBT speelt nog niet, of wordt voorbereid",
                    "next": "toestemming_2a",
                },
                {
                    "label": "De JBT besloot tot geen of een uitgesteld raadsonderzoek",
                    "next": "toestemming_2a",
                },
                {
                    "label": "Een ondertoezichtstelling loopt af of is net beëindigd",
                    "next": "toestemming_2a",
                },
                {
                    "label": "De JBT besloot tot een raadsonderzoek of vindt een regiewissel nodig",
                    "next": "toestemming_2b",
                },
            ],
        },
        "toestemming_2a": {
            "question": (
                "Stemmen de ouders met gezag, en waar passend de jeugdige, in met betrokkenheid "
                "van de GI?"
            ),
            "help": (
                "Toestemming telt alleen als het gezin ook nee kan zeggen. Leg uit wat de "
                "jeugdbeschermer komt doen en dat er geen maatregel is."
            ),
            "answers": [
                {"label": "Ja, het gezin stemt in", "next": "regie_lt"},
                {"label": "Nee, het gezin weigert", "next": "advies_weigering"},
            ],
        },
        "regie_lt": {
            "question": (
                "Kan het Lokale Team de casusregie en de eindverantwoordelijkheid voor de "
                "veiligheidsinschatting houden?"
            ),
            "help": (
                "Bij product 2a blijft het LT regievoerder. Een wisseling van regie naar de GI "
                "loopt via de JBT."
            ),
            "answers": [
                {"label": "Ja, het LT houdt de regie", "next": "advies_product_2a"},
                {"label": "Nee, de regie moet naar de GI", "next": "advies_vto"},
            ],
        },
        "toestemming_2b": {
            "question": (
                "Stemmen de ouders met gezag in met een preventief jeugdbeschermer tijdens het "
                "raadsonderzoek?"
            ),
            "help": (
                "Product 2b is vrijwillige hulp die het raadsonderzoek overbrugt en wordt alleen "
                "met instemming van de gezaghebbende ouders ingezet."
            ),
            "answers": [
                {"label": "Ja, de ouders stemmen in", "next": "advies_product_2b"},
                {"label": "Nee, de ouders stemmen niet in", "next": "advies_raadsonderzoek"},
            ],
        },
        "advies_regulier": {
            "advice": "Geen Beter Samenspel-product nodig",
            "product": None,
            "explanation": (
                "Zonder zorgen over veiligheid of ontwikkeling past de reguliere ondersteuning "
                "van het LT. Weeg opnieuw als er zorgen ontstaan."
            ),
        },
        "advies_acuut": {
            "advice": "Regel eerst de directe veiligheid",
            "product": None,
            "explanation": (
                "Bij acuut gevaar gaat veiligheid voor alles: schakel zo nodig politie, het "
                "Crisis Interventie Team of Veilig Thuis in en volg de meldcode. Doorloop deze "
                "beslishulp opnieuw zodra de directe veiligheid geregeld is; ook dan kan samen "
                "optrekken met de GI zinvol zijn."
            ),
        },
        "advies_product_1": {
            "advice": "Vraag anoniem advies (product 1)",
            "product": "1",
            "explanation": (
                "Leg de situatie zonder herleidbare gegevens voor aan de vaste jeugdbeschermer "
                "van je gemeente. De casusregie verandert niet en er is geen beschikking nodig. "
                "Breng de uitkomst daarna in bij de weging in je team."
            ),
        },
        "advies_weigering": {
            "advice": "Geen product 2a: blijf in gesprek en weeg opnieuw",
            "product": "1",
            "explanation": (
                "Zonder toestemming is product 2a niet mogelijk. Onderzoek met het gezin waarom "
                "het weigert en blijf hulp bieden vanuit het LT; anoniem advies via product 1 kan "
                "wel. Houden de zorgen over de veiligheid aan, weeg dan in het team of een "
                "verzoek tot onderzoek nodig is, en vertel het gezin dat eerlijk."
            ),
        },
        "advies_product_2a": {
            "advice": "Zet product 2a in",
            "product": "2a",
            "explanation": (
                "Het LT geeft de beschikking af voor maximaal 25 uur inzet van een preventief "
                "jeugdbeschermer en legt de toestemming van het gezin vast. Het LT houdt de regie "
                "en de eindverantwoordelijkheid voor de veiligheidsinschatting. Het product kan "
                "zo nodig opnieuw worden afgegeven."
            ),
        },
        "advies_vto": {
            "advice": "Bereid een verzoek tot onderzoek voor",
            "product": None,
            "explanation": (
                "Kan het LT de regie niet houden, dan beslist de JBT over het vervolg. Gebruik de "
                "VTO-checklist uit de bouwsteen weging en bespreek het verzoek vooraf met het "
                "gezin. Vermeld een al betrokken preventief jeugdbeschermer in het verzoek."
            ),
        },
        "advies_product_2b": {
            "advice": "Product 2b via de JBT",
            "product": "2b",
            "explanation": (
                "De JBT indiceert product 2b. De GI neemt tijdens het raadsonderzoek de "
                "casusregie in het vrijwillig kader over en het LT blijft betrokken. Plan geen "
                "overdracht maar een gezamenlijke kennismaking met een taakverdeling."
            ),
        },
        "advies_raadsonderzoek": {
            "advice": "Geen product 2b; het raadsonderzoek gaat door",
            "product": None,
            "explanation": (
                "Zonder instemming van de ouders wordt product 2b niet ingezet. Het "
                "raadsonderzoek loopt door en het LT blijft betrokken bij het gezin. Spreek met "
                "de JBT en de Raad voor de Kinderbescherming af hoe de veiligheid in de "
                "tussentijd wordt bewaakt."
            ),
        },
    },
}


def product_by_code(code: str) -> dict[str, Any]:
    """Return the product with this code (``KeyError`` if there is none)."""
    for product in PRODUCTS:
        if product["code"] == code:
            return product
    raise KeyError(code)
