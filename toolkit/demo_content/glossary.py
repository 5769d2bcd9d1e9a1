"""Glossary terms for the begrippenlijst: ``{"term", "abbreviation", "definition", "synonyms"}``.

Where a definition describes how a term is used in Beter Samenspel rather than a formal or legal
definition, the text says so.
"""

from __future__ import annotations

from typing import Any


def _term(
    term: str, abbreviation: str, definition: str, synonyms: list[str] | None = None
) -> dict[str, Any]:
    return {
        "term": term,
        "abbreviation": abbreviation,
        "definition": definition,
        "synonyms": synonyms or [],
    }


TERMS: list[dict[str, Any]] = [
    _term(
        "Lokaal Team",
        "LT",
        "Het gemeentelijke team dat inwoners ondersteunt bij vragen over opvoeden, opgroeien en "
        "zorg. In Beter Samenspel voert het LT in het vrijwillig kader de casusregie en blijft "
        "het ook tijdens een maatregel betrokken. Elke gemeente geeft het team een eigen naam en "
        "inrichting.",
        ["lokale team", "gemeentelijk team"],
    ),
    _term(
        "Medewerker Lokaal Team",
        "",
        "De professional van het LT die het gezin begeleidt en de casusregie voert. De "
        "functienaam verschilt per gemeente: casusregisseur in Zoetermeer, casuscoördinator in "
        "Delft, zorgregisseur in Westland, gezinscoach in Den Haag en jeugdconsulent in "
        "Leidschendam-Voorburg.",
        ["casusregisseur", "casuscoördinator", "zorgregisseur", "gezinscoach", "jeugdconsulent"],
    ),
    _term(
        "Gecertificeerde Instelling",
        "GI",
        "Een instelling die gecertificeerd is om kinderbeschermingsmaatregelen uit te voeren. In "
        "Haaglanden doen drie GI's mee aan Beter Samenspel: Jeugdbescherming West, Leger des "
        "Heils Jeugdbescherming & Reclassering en William Schrikker Stichting Jeugdbescherming & "
        "Jeugdreclassering.",
        ["gecertificeerde instelling", "jeugdbescherming"],
    ),
    _term(
        "Jeugdbeschermingstafel",
        "JBT",
        "Overleg waar een verzoek tot onderzoek wordt besproken met het gezin, de Raad voor de "
        "Kinderbescherming, een jeugdbeschermer, de indiener en eventueel andere hulpverleners. "
        "Er worden afspraken gemaakt over het vervolg: terug naar het LT, een uitgesteld "
        "raadsonderzoek of een raadsonderzoek.",
    ),
    _term(
        "Raad voor de Kinderbescherming",
        "RvdK",
        "De organisatie die onderzoekt of een kind bescherming nodig heeft en zo nodig de "
        "kinderrechter vraagt een maatregel op te leggen.",
        ["de Raad"],
    ),
    _term(
        "Verzoek tot onderzoek",
        "VTO",
        "Schriftelijk verzoek aan de JBT om een raadsonderzoek. Het beschrijft de zorgen over de "
        "ontwikkeling uit minstens twee bronnen, de veroorzakende en in stand houdende factoren, "
        "wat er al is geprobeerd, waarom onderzoek nodig is en wat een maatregel moet bereiken.",
        ["melding bij de JBT"],
    ),
    _term(
        "Ondertoezichtstelling",
        "OTS",
        "Kinderbeschermingsmaatregel die de kinderrechter uitspreekt als de ontwikkeling van een "
        "kind ernstig wordt bedreigd en vrijwillige hulp niet genoeg is. Een jeugdbeschermer van "
        "de GI voert dan de regie; de ouders houden in principe het gezag.",
    ),
    _term(
        "Voorlopige ondertoezichtstelling",
        "VOTS",
        "Een ondertoezichtstelling die de kinderrechter met spoed en tijdelijk uitspreekt, "
        "bijvoorbeeld na een spoedverzoek, in afwachting van verder onderzoek.",
    ),
    _term(
        "Machtiging uithuisplaatsing",
        "MUHP",
        "Toestemming van de kinderrechter om een kind binnen een (voorlopige) "
        "ondertoezichtstelling buiten het gezin te laten wonen, bijvoorbeeld in een pleeggezin of "
        "een woonvoorziening.",
        ["uithuisplaatsing"],
    ),
    _term(
        "Actuarieel Risicotaxatie Instrument voor Jeugdbescherming",
        "ARIJ",
        "Instrument waarmee professionals inschatten hoe onveilig een kind op dit moment is en "
        "hoe groot de kans is dat het later opnieuw onveilig wordt. In Beter Samenspel wordt het op meerdere "
        "momenten in een traject gebruikt, te beginnen bij de weging.",
        ["risicotaxatie"],
    ),
    _term(
        "Multidisciplinair overleg",
        "MDO",
        "Overleg waarin professionals met verschillende achtergronden samen een casus bespreken. "
        "In de werkwijze worden daar per gezin onder meer de weging, de patronen en de haalbare "
        "eindsituatie besproken.",
    ),
    _term(
        "Centrum Jeugd & Gezin",
        "CJG",
        "In Den Haag het Lokale Team voor jeugdgezondheidszorg en jeugdhulp, met een locatie in "
        "elk stadsdeel. De medewerkers die gezinnen begeleiden heten gezinscoach.",
    ),
    _term(
        "Sociaal Kernteam",
        "SKT",
        "Het Lokale Team van Westland, voor inwoners van alle leeftijden met zorg- en "
        "ondersteuningsvragen. De medewerkers heten zorgregisseur.",
    ),
    _term(
        "Jeugd- en Gezinshulp",
        "JGH",
        "Het plusteam Jeugd- en Gezinshulp is het Lokale Team van Zoetermeer voor gezinnen met "
        "complexe problemen waarbij zorgen zijn over de veiligheid of ontwikkeling van kinderen. "
        "De medewerkers heten casusregisseur.",
        ["plusteam"],
    ),
    _term(
        "Crisis Interventie Team",
        "CIT",
        "Team dat bij een acute crisis, zoals na huiselijk geweld, tijdelijk bij een gezin "
        "betrokken is. In de praktijkverhalen van Beter Samenspel draagt het CIT het gezin daarna "
        "over aan het Lokale Team; de precieze taken verschillen per gemeente.",
    ),
    _term(
        "H10",
        "H10",
        "De tien gemeenten van de regio Haaglanden die samen Beter Samenspel dragen: Delft, Den "
        "Haag, Leidschendam-Voorburg, Midden-Delfland, Pijnacker-Nootdorp, Rijswijk, "
        "Voorschoten, Wassenaar, Westland en Zoetermeer.",
        ["H10-gemeenten", "regio Haaglanden"],
    ),
    _term(
        "Jeugdbeschermer",
        "",
        "Professional van een GI die kinderen beschermt van wie de veiligheid of ontwikkeling "
        "wordt bedreigd. Voert tijdens een maatregel de regie en is in Beter Samenspel ook eerder "
        "betrokken, als adviseur of als preventief jeugdbeschermer.",
    ),
    _term(
        "Preventief jeugdbeschermer",
        "",
        "Jeugdbeschermer die in het vrijwillig kader wordt ingezet: via product 2a naast het LT, "
        "of via product 2b als regievoerder tijdens een raadsonderzoek.",
    ),
    _term(
        "Gedragswetenschapper",
        "",
        "Professional, bijvoorbeeld orthopedagoog of psycholoog, die meedenkt bij de weging en in "
        "casusbesprekingen, de kwaliteit van de analyse bewaakt en het team helpt bewust te "
        "vertragen.",
        ["gedragsdeskundige"],
    ),
    _term(
        "Casusregie",
        "",
        "De verantwoordelijkheid om de hulp rond een gezin af te stemmen en te coördineren. In "
        "het vrijwillig kader ligt die bij het LT, bij product 2b en tijdens een maatregel bij de "
        "GI.",
        ["regie", "procesregie"],
    ),
    _term(
        "Opschalen",
        "",
        "Overgaan naar een zwaarder kader, zoals een verzoek tot onderzoek of een "
        "kinderbeschermingsmaatregel, omdat vrijwillige hulp de veiligheid niet genoeg "
        "waarborgt. In Beter Samenspel blijft het LT daarbij betrokken.",
    ),
    _term(
        "Afschalen",
        "",
        "Teruggaan van een maatregel naar het vrijwillig kader, of van intensieve naar lichtere "
        "hulp, als de veiligheid dat toelaat. Het LT pakt dan de regie weer op.",
    ),
    _term(
        "Vrijwillig kader",
        "",
        "Hulp waarvoor het gezin zelf kiest en toestemming geeft, en die het ook kan weigeren.",
        ["vrijwillige hulp"],
    ),
    _term(
        "Drang",
        "",
        "Hulp die formeel vrijwillig is, terwijl het gezin weet dat niet meewerken gevolgen kan "
        "hebben, zoals een raadsonderzoek of een maatregel. Een voorbeeld is een uitgesteld "
        "raadsonderzoek waarbij het gezin onder voorwaarden met hulp aan de slag gaat. Dit "
        "handboek gebruikt deze omschrijving als werkdefinitie, niet als juridische definitie.",
        ["drangkader"],
    ),
    _term(
        "Dwang",
        "",
        "Hulp die de kinderrechter oplegt met een kinderbeschermingsmaatregel, zoals een "
        "(voorlopige) ondertoezichtstelling, eventueel met een machtiging uithuisplaatsing. Voor "
        "de maatregel zelf is toestemming van de ouders niet nodig.",
        ["gedwongen kader", "dwangkader"],
    ),
    _term(
        "Bodemeisen",
        "",
        "De minimale voorwaarden voor de veiligheid van de kinderen, vastgelegd in "
        "veiligheidsafspraken met het gezin. Bodemeisen moeten binnen de invloed van de ouders "
        "liggen.",
        ["minimale veiligheidsvoorwaarden"],
    ),
    _term(
        "Borging",
        "",
        "Vasthouden wat is bereikt, zodat de veiligheid blijft als de intensieve hulp stopt. Het "
        "is ook de naam van de laatste fase van de werkwijze en van de laatste stap in het proces "
        "tussen LT en GI.",
        ["borgen", "borgingsplan"],
    ),
    _term(
        "Verklarende analyse",
        "",
        "Gezamenlijke verklaring van waarom problemen in een gezin blijven terugkomen, met de "
        "veroorzakende, in stand houdende en helpende factoren. Vormt de basis voor het "
        "gezamenlijke plan.",
        ["probleemanalyse"],
    ),
    _term(
        "Genogram",
        "",
        "Schematische tekening van een gezin over meerdere generaties, met de onderlinge "
        "relaties en belangrijke personen uit het netwerk.",
    ),
    _term(
        "Weging",
        "",
        "Het overleg waarin het LT beoordeelt of een gezin de uitgebreide werkwijze nodig heeft "
        "en of de GI moet aanhaken. Het belangrijkste signaal is een probleem dat steeds "
        "terugkomt omdat een blijvende oplossing ontbreekt.",
        ["wegen"],
    ),
    _term(
        "Veilig Thuis",
        "",
        "Het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Professionals "
        "kunnen er advies vragen en zorgen melden; Veilig Thuis kan onderzoek doen en hulp in "
        "gang zetten. Het nam onder meer de taken over van het vroegere Advies- en Meldpunt "
        "Kindermishandeling (AMK).",
    ),
    _term(
        "Opgaveteam",
        "",
        "Het regionale team onder het Programmabureau Jeugd Haaglanden dat eigenaar is van de "
        "werkwijze. Het bundelt en beantwoordt vragen uit de praktijk, ontwikkelt en test "
        "materialen en bouwstenen en onderhoudt dit handboek.",
        ["regionaal opgaveteam"],
    ),
    _term(
        "Haalbare eindsituatie",
        "",
        "De situatie waar gezin en professionals samen naartoe werken: stabiel veilig, met "
        "duidelijkheid over wat het gezin zelf kan en waar blijvende ondersteuning nodig is.",
    ),
    _term(
        "Tijdslijn",
        "",
        "Chronologisch overzicht van gebeurtenissen in het gezin en van de hulp tot nu toe, met "
        "de uitkomst van die hulp en ruimte voor het eigen verhaal van het gezin.",
        ["tijdlijn"],
    ),
    _term(
        "Gezinspatroon",
        "",
        "Een zich herhalende cirkel van aanleiding, reactie en gevolg in een gezin, inclusief de "
        "manier waarop de hulpverlening daarop reageert.",
        ["patroon"],
    ),
    _term(
        "Raadsonderzoek",
        "",
        "Onderzoek van de Raad voor de Kinderbescherming naar de vraag of een "
        "kinderbeschermingsmaatregel nodig is. Bij een uitgesteld raadsonderzoek gaat het gezin "
        "eerst onder voorwaarden aan de slag met het LT en de hulpverlening.",
    ),
    _term(
        "Leer- en ontwikkelteam",
        "LOT",
        "Groep van een projectleider, een gedragswetenschapper en professionals uit LT en GI die "
        "periodiek casussen en bouwstenen bespreekt. De bevindingen voeden de doorontwikkeling "
        "van de werkwijze.",
    ),
    _term(
        "Gezamenlijk integraal plan",
        "",
        "Eén plan voor het hele gezin, dat gezin en professionals samen opstellen. Het pakt aan "
        "wat de zorgen veroorzaakt: wat kan veranderen, verandert het gezin, en wat niet "
        "verandert, wordt blijvend opgevangen, zodat de veiligheid overeind blijft.",
        ["gezinsplan"],
    ),
]
