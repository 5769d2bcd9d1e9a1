"""The handbook chapters of the method toolkit, in tree order.

Each chapter is ``{"slug", "title", "intro", "sections": [{"heading", "paragraphs"}], "children"}``.
The product pages come from ``products.py`` and the glossary terms from ``glossary.py``; their
chapters here only introduce them. This is the content of method release 1.0; ``releases.py``
describes what release 1.1 changes.
"""

from __future__ import annotations

from typing import Any


def _section(heading: str, *paragraphs: str) -> dict[str, Any]:
    return {"heading": heading, "paragraphs": list(paragraphs)}


def _chapter(
    slug: str,
    title: str,
    intro: str,
    sections: list[dict[str, Any]],
    children: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "slug": slug,
        "title": title,
        "intro": intro,
        "sections": sections,
        "children": children or [],
    }


INLEIDING = _chapter(
    "inleiding",
    "Inleiding",
    "Dit handboek beschrijft hoe Lokale Teams en gecertificeerde instellingen in Haaglanden samen "
    "met gezinnen werken volgens Beter Samenspel. Het is geschreven voor de praktijk: bij elk "
    "onderdeel staat wie wat doet, waar, wanneer en hoe.",
    [
        _section(
            "Waarom dit handboek",
            "De eerste beschrijving van de werkwijze was een compact boekje met een webpagina. "
            "Wie ermee aan de slag ging, moest daarna nog veel zelf uitzoeken: wie neemt het "
            "initiatief, wat wordt er precies verwacht, waar leg je iets vast, wanneer schakel je "
            "de GI in en hoe betrek je het gezin? Vooral privacy, toestemming en de grens tussen "
            "vrijwillige hulp, drang en dwang bleven vaag. Dit handboek vult die gaten.",
            "Elke bouwsteen heeft daarom dezelfde opbouw: het doel, wanneer je hem inzet, wie "
            "betrokken is en wie trekt, en een reeks stappen met per stap het wie, wat, waar, "
            "wanneer en hoe. Waar het helpt, hoort er een werkblad bij dat je samen met het gezin "
            "invult.",
        ),
        _section(
            "Voor wie",
            "Het handboek is bedoeld voor medewerkers van de Lokale Teams in de tien "
            "H10-gemeenten, voor (preventief) jeugdbeschermers van de drie gecertificeerde "
            "instellingen en voor de gedragswetenschappers die hen ondersteunen. Leidinggevenden "
            "en projectleiders vinden er de afspraken waarop zij kunnen sturen. Gezinnen lezen "
            "het handboek niet, maar veel werkbladen zijn juist gemaakt om met hen samen te "
            "gebruiken.",
        ),
        _section(
            "Zo gebruik je het",
            "Lezen alleen is niet genoeg om de werkwijze eigen te maken. Dat leer je vooral door "
            "casussen samen te bespreken, in het eigen team en in leer- en ontwikkelteams, en "
            "door een eerste casus op te pakken met een collega die de werkwijze al kent. Gebruik "
            "het handboek als naslag bij die gesprekken. Organisaties kunnen de pagina's op hun "
            "eigen intranet tonen, zodat medewerkers ze vinden waar ze al zoeken.",
        ),
        _section(
            "Onderhoud en reacties",
            "Het regionale Opgaveteam is eigenaar van de werkwijze. Het verzamelt vragen en "
            "ervaringen uit de praktijk, past bouwstenen aan en legt elke wijziging vast in een "
            "nieuwe versie. Loop je vast op een regel, mis je iets of klopt een beschrijving "
            "niet, laat het dan weten via de reactiemogelijkheid onder de pagina. Zo komt wat in "
            "de praktijk geleerd wordt ook echt in de werkwijze terecht.",
        ),
    ],
)

WERKWIJZE = _chapter(
    "werkwijze-in-het-kort",
    "De werkwijze in het kort",
    "Beter Samenspel verbindt het Lokale Team en de GI eerder en gelijktijdig rond gezinnen waar "
    "de veiligheid van kinderen onder druk staat. Het Lokale Team blijft daarbij het hele traject "
    "betrokken.",
    [
        _section(
            "Doel",
            "Kinderen moeten veilig thuis kunnen opgroeien en gezinnen moeten op tijd de hulp "
            "krijgen die bij hen past. Door expertise uit de jeugdbescherming vroeg in te zetten, "
            "samen te onderzoeken wat er speelt en elkaar niet af te lossen maar naast elkaar te "
            "werken, willen LT en GI een ondertoezichtstelling voorkomen of, als die toch nodig "
            "is, korter laten duren. Het gezin hoeft zijn verhaal dan niet steeds opnieuw te "
            "vertellen.",
        ),
        _section(
            "Het fundament",
            "Vier bouwstenen dragen de werkwijze: samenwerking, reflectie, directe en stabiele "
            "veiligheid en weging. Samenwerking gaat over plannen als één team, met het gezin. "
            "Reflectie houdt het gesprek over die samenwerking gaande. Veiligheid komt altijd "
            "eerst: eerst wordt de situatie nu veilig genoeg, daarna wordt gewerkt aan veiligheid "
            "die blijft. De weging bepaalt of de uitgebreide aanpak nodig is. Het belangrijkste "
            "signaal is een probleem dat telkens terugkeert omdat een blijvende oplossing "
            "ontbreekt.",
        ),
        _section(
            "Vijf fasen",
            "In een traject zijn vijf fasen te herkennen: wegen, onderzoeken, analyseren, "
            "veranderen en borgen. Ze lopen niet strikt na elkaar; bij een nieuw incident kan een "
            "stap terug nodig zijn. Gedurende het hele traject wordt de veiligheid opnieuw "
            "beoordeeld, onder meer met het risicotaxatie-instrument ARIJ.",
        ),
        _section(
            "Het proces tussen LT en GI",
            "Op procesniveau loopt een casus van signaleren, via een eventueel verzoek tot "
            "onderzoek (VTO) bij de Jeugdbeschermingstafel, naar de start van een maatregel of "
            "van preventieve betrokkenheid van de GI, vervolgens naar het einde daarvan en ten "
            "slotte naar borging van de veiligheid. In elke stap hebben LT en GI allebei een rol. "
            "Opschalen naar een maatregel en afschalen naar het vrijwillig kader kunnen allebei, "
            "zonder dat het gezin steeds met nieuwe gezichten te maken krijgt.",
        ),
        _section(
            "Wat het oplevert",
            "Gezinnen krijgen duidelijke aanspreekpunten en inzicht in hun eigen "
            "hulpgeschiedenis. Professionals krijgen houvast in de moeilijkste casussen en kunnen "
            "eerder op elkaars kennis leunen. De extra tijd zit vooral aan de voorkant, in het "
            "onderzoek naar patronen en de verklarende analyse.",
        ),
    ],
)

ROLLEN = _chapter(
    "rollen-en-verantwoordelijkheden",
    "Rollen en verantwoordelijkheden",
    "Wie doet wat in Beter Samenspel, en wie beslist waarover? Dit hoofdstuk zet de betrokkenen "
    "en hun bevoegdheden op een rij.",
    [
        _section(
            "Medewerker Lokaal Team",
            "Elke gemeente noemt deze rol anders: casusregisseur bij het plusteam Jeugd- en "
            "Gezinshulp in Zoetermeer, casuscoördinator bij Delft Support, zorgregisseur bij het "
            "Sociaal Kernteam in Westland, gezinscoach bij het Centrum Jeugd & Gezin in elk Haags "
            "stadsdeel en jeugdconsulent in Leidschendam-Voorburg. In dit handboek heet de rol "
            "kortweg medewerker LT. Deze medewerker voert in het vrijwillig kader de casusregie, "
            "weegt samen met collega's of de uitgebreide werkwijze nodig is en blijft ook tijdens "
            "een maatregel betrokken.",
        ),
        _section(
            "Jeugdbeschermer",
            "De jeugdbeschermer werkt bij een van de drie gecertificeerde instellingen. Bij "
            "product 1 geeft een vaste, aan de gemeente gekoppelde jeugdbeschermer anoniem "
            "advies. Bij de producten 2a en 2b werkt een preventief jeugdbeschermer mee in het "
            "vrijwillig kader. Tijdens een ondertoezichtstelling voert de jeugdbeschermer de "
            "casusregie.",
        ),
        _section(
            "Gedragswetenschapper",
            "De gedragswetenschapper doet mee aan de weging en aan casusbesprekingen, bewaakt de "
            "kwaliteit van de analyse en helpt het team om niet te snel in actie te schieten.",
        ),
        _section(
            "Ouders en jeugdige",
            "Ouders en, passend bij de leeftijd, de jeugdige zijn partner in het traject. Zij "
            "geven of weigeren toestemming voor betrokkenheid van de GI, denken mee over de "
            "tijdslijn en de patronen en bepalen mee wat een haalbare eindsituatie is.",
        ),
        _section(
            "Ketenpartners",
            "De Jeugdbeschermingstafel (JBT) bespreekt een verzoek tot onderzoek met het gezin en "
            "besluit over het vervolg. De Raad voor de Kinderbescherming onderzoekt of een "
            "maatregel nodig is en legt dat voor aan de kinderrechter. Veilig Thuis is het advies- "
            "en meldpunt voor huiselijk geweld en kindermishandeling.",
        ),
        _section(
            "Wie beslist wat",
            "Het LT-team besluit na de weging over product 2a en houdt dan de "
            "eindverantwoordelijkheid voor de veiligheidsinschatting. Bij product 2b en tijdens "
            "een ondertoezichtstelling ligt die verantwoordelijkheid bij de GI. Over een "
            "regiewissel naar de GI en over een raadsonderzoek beslist de JBT. Alleen de "
            "kinderrechter kan een (voorlopige) ondertoezichtstelling of een machtiging "
            "uithuisplaatsing uitspreken.",
        ),
    ],
)

FASE_WEGEN = _chapter(
    "wegen",
    "Wegen",
    "In de fase wegen beoordeelt het Lokale Team of een gezin de uitgebreide werkwijze nodig "
    "heeft en of de GI moet aanhaken.",
    [
        _section(
            "Wat je doet",
            "De medewerker LT brengt de casus in bij het casuïstiekoverleg of het "
            "multidisciplinair overleg en weegt samen met een collega en een gedragswetenschapper. "
            "De acute veiligheid wordt altijd meegewogen, onder meer met de ARIJ. De kernvraag is "
            "of er een probleem is dat steeds terugkomt omdat een blijvende oplossing ontbreekt.",
        ),
        _section(
            "Mogelijke uitkomsten",
            "Het team kiest voor reguliere ondersteuning, anoniem advies (product 1), samen "
            "optrekken met een preventief jeugdbeschermer (product 2a) of een verzoek tot "
            "onderzoek bij de JBT. Voor product 2a is toestemming van de ouders nodig.",
        ),
        _section(
            "Bouwstenen",
            "Weging, directe en stabiele veiligheid en privacy.",
        ),
        _section(
            "Klaar voor de volgende fase",
            "Het besluit en de onderbouwing zijn vastgelegd, het gezin weet wat er is besloten "
            "en bij product 2a is de toestemming vastgelegd. Is er acuut gevaar, dan regel je "
            "eerst de directe veiligheid en weeg je daarna.",
        ),
    ],
)

FASE_ONDERZOEKEN = _chapter(
    "onderzoeken",
    "Onderzoeken",
    "In de fase onderzoeken brengen LT, GI en gezin samen in kaart wat er is gebeurd en hoe het "
    "gezin ervoor staat.",
    [
        _section(
            "Wat je doet",
            "Alle betrokken organisaties delen, met toestemming van het gezin, wat zij weten. "
            "Daarmee maak je een tijdslijn van gebeurtenissen en ingezette hulp, teken je een "
            "genogram en breng je de situatie op alle leefgebieden in beeld. Het gezin doet mee: "
            "bij voorkeur teken je de tijdslijn samen op een flap-over, met ruimte voor hun eigen "
            "verhaal.",
        ),
        _section(
            "Hoeveel tijd",
            "Reken voor het inlezen en bundelen van dossiers op enkele uren tot een werkdag, en "
            "daarnaast op een paar gesprekken met het gezin. Het doel is niet volledigheid, maar "
            "genoeg zicht om herhaling te herkennen. Vraagt het onderzoek meer tijd dan "
            "gepland, bespreek dat dan tijdig met je leidinggevende.",
        ),
        _section(
            "Bouwstenen",
            "Tijdslijn, voorgeschiedenis en situatie gezin, samenwerkingsprincipes en privacy.",
        ),
        _section(
            "Klaar voor de volgende fase",
            "De tijdslijn en het beeld van het gezin zijn met het gezin besproken en de eerste "
            "herhalingen zijn gemarkeerd.",
        ),
    ],
)

FASE_ANALYSEREN = _chapter(
    "analyseren",
    "Analyseren",
    "In de fase analyseren zoeken professionals en gezin samen naar een verklaring: waarom "
    "blijven de problemen terugkomen?",
    [
        _section(
            "Wat je doet",
            "Je tekent de patronen in het gezin en in de hulpverlening, benoemt helpende en "
            "blokkerende factoren en stelt een verklarende analyse op. De vraag verschuift van "
            "wat er misgaat naar waarom het niet lukt. Kijk daarbij ook naar de hulpverlening "
            "zelf: werkte elke organisatie vanuit een eigen analyse, of werd er steeds kort "
            "ingegrepen en weer afgesloten? Daarna bepaal je samen met het gezin welke "
            "eindsituatie haalbaar is.",
        ),
        _section(
            "Genoeg weten",
            "Blijf niet eindeloos uitpluizen. Je weet genoeg als gezin en professionals het "
            "patroon herkennen, als nieuwe informatie het beeld niet meer verandert en als je "
            "recente incidenten vanuit het patroon kunt verklaren.",
        ),
        _section(
            "Bouwstenen",
            "Gezinspatronen, verklarende analyse en van patroon naar haalbare eindsituatie.",
        ),
        _section(
            "Klaar voor de volgende fase",
            "Er ligt een analyse waarin het gezin zich herkent en een haalbare eindsituatie die "
            "gezin en professionals allebei onderschrijven.",
        ),
    ],
)

FASE_VERANDEREN = _chapter(
    "veranderen",
    "Veranderen",
    "In de fase veranderen werken gezin en hulpverleners met één gezamenlijk plan aan de "
    "haalbare eindsituatie.",
    [
        _section(
            "Wat je doet",
            "Het gezamenlijke integrale plan richt zich op het veranderen of compenseren van de "
            "factoren die de onveiligheid veroorzaken en in stand houden. De taakverdeling maakt "
            "duidelijk wie wat doet. Een nieuw incident bekijk je in het licht van het patroon: "
            "past het erin, of is er iets nieuws aan de hand? Veiligheidsafspraken en bodemeisen "
            "stel je bij als dat nodig is. Hulp die alleen symptomen bestrijdt zonder aan het "
            "patroon te raken, leidt meestal tot herhaling.",
        ),
        _section(
            "Ritme",
            "Evalueer het plan op vaste momenten met het gezin en kijk na elk overleg kort terug "
            "op de samenwerking. Gebruik de flap-overs uit eerdere fasen om het gezin te laten "
            "zien waar het staat. Raken de uren van product 2a op, weeg dan opnieuw.",
        ),
        _section(
            "Bouwstenen",
            "Directe en stabiele veiligheid, taakverdeling, samenwerking en reflectie.",
        ),
        _section(
            "Klaar voor de volgende fase",
            "De eindsituatie is grotendeels bereikt, of het is duidelijk welke ondersteuning "
            "blijvend nodig is en wie die biedt.",
        ),
    ],
)

FASE_BORGEN = _chapter(
    "borgen",
    "Borgen",
    "In de fase borgen zorg je ervoor dat de veiligheid blijft als de intensieve hulp afneemt.",
    [
        _section(
            "Wat je doet",
            "Je maakt een borgingsplan: wie ondersteunt het gezin na afronding, wat doet het "
            "gezin zelf en wat gebeurt er als het weer misgaat? Leg daarin ook vast welke "
            "ondersteuning langdurig nodig blijft. Het gezin rondt zijn handleiding af. Bij een overdracht ga je tijdig na of de ontvangende partij kan leveren wat "
            "nodig is.",
        ),
        _section(
            "Afschalen",
            "Na een maatregel pakt het LT de regie weer op en blijft de jeugdbeschermer nog even "
            "beschikbaar, eventueel op de achtergrond. Lukt een warme overdracht niet binnen de "
            "maatregel, dan kan product 2a helpen. Sluit een casus niet af zolang het "
            "onderliggende probleem niet is aangepakt.",
        ),
        _section(
            "Bouwstenen",
            "Samenwerkingsprincipes, directe en stabiele veiligheid, taakverdeling en reflectie.",
        ),
        _section(
            "Afronden",
            "Kijk samen met het gezin terug op het traject en neem de leerpunten mee naar het "
            "team. Vraag ook wat het gezin zelf wil vasthouden en wat het daarvoor nodig heeft.",
        ),
    ],
)

FASEN = _chapter(
    "fasen",
    "Fasen",
    "Een traject volgens Beter Samenspel kent vijf fasen. Ze geven richting, maar zijn geen "
    "strak schema: bij nieuwe zorgen ga je zo nodig een fase terug.",
    [
        _section(
            "Overzicht",
            "Wegen, onderzoeken, analyseren, veranderen en borgen volgen elkaar in grote lijnen "
            "op. Onder alle fasen ligt dezelfde vraag: is het kind nu veilig genoeg, en werken we "
            "aan veiligheid die blijft? Die vraag stel je bij elk nieuw incident opnieuw.",
        ),
        _section(
            "Per fase",
            "Op de pagina's hieronder staat per fase wat je doet, welke bouwstenen je gebruikt en "
            "wanneer je klaar bent voor de volgende fase. Het zijn bewust korte pagina's; de "
            "uitwerking met stappen en werkbladen staat in de bouwstenen zelf.",
        ),
        _section(
            "Tijd",
            "De meeste extra tijd zit in onderzoeken en analyseren. Voor het LT gaat het "
            "gemiddeld om twintig tot dertig uur extra per casus. Ervaringen uit de "
            "voorloopgemeenten laten zien dat die investering zich later vaak terugbetaalt, "
            "doordat er minder crises zijn en hulp gerichter kan worden ingezet. Maak vooraf met "
            "je leidinggevende afspraken over de ruimte die je daarvoor krijgt.",
        ),
        _section(
            "Vertragen als vaardigheid",
            "Wie gewend is om snel te handelen, ervaart de eerste fasen soms als stilstand. Toch "
            "is het bewust vertragen vaak juist wat de doorbraak brengt: meer zicht op de "
            "achtergrond van het gezin en meer tijd om echt contact te maken.",
        ),
    ],
    [FASE_WEGEN, FASE_ONDERZOEKEN, FASE_ANALYSEREN, FASE_VERANDEREN, FASE_BORGEN],
)

PRODUCTEN = _chapter(
    "producten",
    "Producten",
    "Gemeenten kopen bij de gecertificeerde instellingen drie producten in die de samenwerking "
    "mogelijk maken. Dit overzicht helpt je kiezen; elk product heeft een eigen pagina.",
    [
        _section(
            "Drie producten",
            "Product 1 is anoniem advies van een vaste jeugdbeschermer; de casusregie verandert "
            "niet. Product 2a is samen optrekken in het vrijwillig kader, met de regie bij het LT "
            "en toestemming van de ouders, voor maximaal 25 uur per gezin. Product 2b volgt op "
            "een besluit van de JBT: de GI neemt in het vrijwillig kader de regie over om de "
            "periode van het raadsonderzoek te overbruggen, terwijl het LT betrokken blijft.",
        ),
        _section(
            "Kiezen",
            "Twijfel je welk product past, gebruik dan de beslishulp 'Wanneer product 2a?'. In "
            "het kort: wil je alleen sparren, kies dan product 1. Wil je samen met een "
            "jeugdbeschermer aan de slag terwijl het LT de regie houdt, en stemt het gezin in, "
            "kies dan product 2a. Heeft de JBT besloten tot een raadsonderzoek of een "
            "regiewissel, dan komt product 2b in beeld.",
        ),
        _section(
            "Wat voor alle producten geldt",
            "Het LT blijft betrokken, ook als de regie naar de GI gaat. Er is steeds één plan en "
            "één taakverdeling die het gezin kent. De beschikking voor product 2a geeft het LT "
            "zelf af.",
        ),
        _section(
            "Na een maatregel",
            "Loopt een ondertoezichtstelling af, dan kan product 2a de jeugdbeschermer nog even "
            "beschikbaar houden terwijl het LT de regie weer oppakt. In de praktijk is een "
            "maatregel weleens verlengd omdat die mogelijkheid bij de ketenpartners onbekend "
            "was. Breng de optie daarom zelf in bij de evaluatie.",
        ),
    ],
)

PRIVACY_TOESTEMMING = _chapter(
    "toestemming-en-weigeren",
    "Toestemming en het recht om te weigeren",
    "Toestemming heeft alleen betekenis als het gezin ook nee kan zeggen. Deze pagina beschrijft "
    "hoe je toestemming vraagt en hoe je met een weigering omgaat.",
    [
        _section(
            "Goed toestemming vragen",
            "Vraag toestemming in een gesprek, niet alleen met een formulier. Leg uit waarom je "
            "een jeugdbeschermer wilt betrekken, wat die komt doen en wat het niet betekent: er "
            "is geen maatregel en de regie blijft bij het LT. Maak concreet welke informatie je "
            "deelt, met wie en voor hoe lang, en vertel dat toestemming later kan worden "
            "ingetrokken. Betrek de jeugdige passend bij de leeftijd. Twijfel je wie formeel "
            "toestemming moet geven, raadpleeg dan de privacyfunctionaris van je organisatie.",
        ),
        _section(
            "Kies het moment",
            "Midden in een crisis ervaart een gezin zelden een echte keuze. Vraag toestemming als "
            "er ruimte is om na te denken, en kom erop terug als het gezin twijfelt.",
        ),
        _section(
            "Als het gezin nee zegt",
            "Een weigering is geen eindpunt en geen bewijs van onwil. Vraag naar de reden; vaak "
            "zit er een eerdere ervaring met jeugdbescherming achter, of angst om de kinderen "
            "kwijt te raken. Het LT blijft helpen in het vrijwillig kader en kan anoniem advies "
            "vragen via product 1. Houden de zorgen over de veiligheid aan, dan weegt het team "
            "opnieuw of een verzoek tot onderzoek nodig is. Vertel het gezin dat eerlijk, als "
            "informatie en niet als dreigement.",
        ),
        _section(
            "Ethisch afwegen",
            "Bij elke stap die ingrijpt in de keuzevrijheid van een gezin stel je drie vragen. "
            "Is deze stap nodig voor de veiligheid van het kind? Staat hij in verhouding tot de "
            "zorgen? Is er geen lichtere manier die hetzelfde bereikt? Bespreek twijfels in de "
            "casusbespreking of met de gedragswetenschapper.",
        ),
    ],
)

PRIVACY_KADERS = _chapter(
    "vrijwillig-drang-en-dwang",
    "Vrijwillig kader, drang en dwang",
    "De werkwijze beweegt zich tussen drie kaders. Voor het gezin is het belangrijk te weten in "
    "welk kader het zit en wat dat betekent.",
    [
        _section(
            "Vrijwillig kader",
            "Het gezin kiest zelf voor hulp en kan die weigeren. De producten 1 en 2a vallen "
            "hieronder en het LT voert de regie. Ook product 2b is formeel vrijwillig, al voelt "
            "het voor gezinnen vaak anders.",
        ),
        _section(
            "Drang",
            "Bij drang is de hulp op papier vrijwillig, maar heeft niet meewerken gevolgen. Dat "
            "speelt bijvoorbeeld als de JBT kiest voor een uitgesteld raadsonderzoek en het "
            "gezin onder voorwaarden met hulp aan de slag gaat, of als er tijdens product 2b een "
            "raadsonderzoek loopt. Noem drang dan ook drang. Leg uit welke voorwaarden er zijn en "
            "wat er gebeurt als die niet worden nagekomen. Een gezin dat weet waar het aan toe "
            "is, kan een eerlijke keuze maken; een gezin dat later ontdekt dat vrijwillig niet "
            "vrijblijvend was, verliest vertrouwen.",
        ),
        _section(
            "Dwang",
            "Bij dwang legt de kinderrechter een maatregel op, zoals een (voorlopige) "
            "ondertoezichtstelling, eventueel met een machtiging uithuisplaatsing. De "
            "jeugdbeschermer voert dan de regie. Voor de maatregel zelf is toestemming van ouders "
            "niet meer nodig, maar open zijn over zorgen en besluiten blijft de norm. Het LT "
            "blijft op afstand betrokken, bijvoorbeeld bij wonen of financiën, zodat afschalen "
            "later soepel verloopt.",
        ),
        _section(
            "Schakelen tussen kaders",
            "Opschalen en afschalen horen bij de werkwijze. Bij elke overgang werk je de "
            "taakverdeling bij, toets je de afspraken over informatie opnieuw en leg je het gezin "
            "uit wat er verandert. Zo blijft de lijn voor het gezin doorlopend, ook als het kader "
            "wisselt.",
        ),
    ],
)

PRIVACY = _chapter(
    "privacy-en-toestemming",
    "Privacy, toestemming en drang en dwang",
    "Samenwerken tussen LT en GI betekent dat informatie over een gezin wordt gedeeld. Dit "
    "hoofdstuk beschrijft hoe je dat open en zorgvuldig doet en wat je doet als een gezin nee "
    "zegt.",
    [
        _section(
            "Waarom dit hoofdstuk",
            "In de praktijk bleken privacy, toestemming en de grens tussen vrijwillige hulp, "
            "drang en dwang de lastigste onderwerpen van de werkwijze. Professionals vroegen zich "
            "af hoeveel keus een gezin eigenlijk heeft en wat ze mogen delen als ouders geen "
            "toestemming geven. Dit hoofdstuk geeft de uitgangspunten, de bouwsteen privacy "
            "beschrijft de stappen en twee verdiepende pagina's gaan over weigeren en over de "
            "drie kaders.",
        ),
        _section(
            "Uitgangspunten",
            "Je deelt informatie bij voorkeur met medeweten en toestemming van het gezin. Je "
            "vertelt wat je deelt, met wie en waarom. Je deelt alleen wat nodig is voor het doel "
            "en je legt vast wat je hebt gedeeld en op welke grond.",
        ),
        _section(
            "Wat mag je delen, en wanneer",
            "Bij product 1 deel je niets waaruit het gezin te herkennen is; toestemming is dan "
            "niet nodig. Bij product 2a is toestemming van de ouders met gezag vereist voordat LT "
            "en GI herleidbare informatie uitwisselen. Bij product 2b stemmen de ouders aan de "
            "JBT in. Een verzoek tot onderzoek wordt aan de JBT besproken met het gezin erbij, "
            "dus bespreek je de inhoud vooraf met hen. Tijdens een maatregel delen GI en LT wat "
            "nodig is voor de samenwerking die met het gezin is afgesproken.",
        ),
        _section(
            "Als de veiligheid in het geding is",
            "Soms weegt de veiligheid van een kind zwaarder dan de wens van ouders. Deel dan "
            "zonder toestemming alleen wat nodig is om ernstige schade te voorkomen. Volg de "
            "stappen van de meldcode huiselijk geweld en kindermishandeling en vraag zo nodig "
            "advies aan Veilig Thuis of aan de privacyfunctionaris van je organisatie. Leg je "
            "afweging vast en vertel het gezin wat je hebt gedaan, tenzij dat een kind in gevaar "
            "brengt.",
        ),
    ],
    [PRIVACY_TOESTEMMING, PRIVACY_KADERS],
)

WERKEN_MET_GEZIN = _chapter(
    "werken-met-het-gezin",
    "Werken met het gezin",
    "Beter Samenspel werkt met het gezin in plaats van over het gezin. Dit hoofdstuk gaat over "
    "het eigen perspectief van het gezin, de handleiding die het gezin bewaart en samen "
    "terugkijken.",
    [
        _section(
            "Het eigen perspectief",
            "Ouders en jeugdige zijn deskundig over hun eigen leven. Vraag daarom niet alleen "
            "naar gebeurtenissen, maar ook naar hoe zij die beleefd hebben, wat zij belangrijk "
            "vinden en hoe zij tegen hulpverlening aankijken. Op de werkbladen van de tijdslijn "
            "en de gezinspatronen is daarvoor een eigen deel. Schrijf hun woorden op, ook als die "
            "afwijken van het beeld in het dossier. De haalbare eindsituatie bepaal je niet voor "
            "het gezin, maar samen met hen.",
        ),
        _section(
            "Samen aan tafel",
            "Veel gezinnen hebben al een lange rij hulpverleners gezien. Zit daarom waar het kan "
            "met alle betrokkenen en het gezin tegelijk aan tafel: iedereen hoort hetzelfde "
            "verhaal en het gezin hoeft niets te herhalen. Werk visueel, met flap-overs en "
            "tekeningen, zeker als lezen of abstract denken lastig is. Sluit aan bij het tempo "
            "van het gezin en leg steeds uit wie waarvoor het aanspreekpunt is.",
        ),
        _section(
            "De handleiding van het gezin",
            "Uit de analyse volgt vaak een korte handleiding die het gezin zelf bewaart: wie we "
            "zijn, wat ons patroon is, wat helpt als het moeilijk wordt en wie we kunnen bellen. "
            "Het gezin houdt haar samen met de hulpverlening actueel en kan haar gebruiken bij "
            "een overdracht, zodat een nieuwe hulpverlener niet bij nul begint.",
        ),
        _section(
            "Samen terugkijken",
            "Reflectie is niet alleen iets tussen professionals. Vraag het gezin op vaste "
            "momenten, na de analyse, bij elke evaluatie en bij de afronding, wat helpt, wat niet "
            "en of het zich gehoord voelt. Neem de antwoorden mee in het plan en in de reflectie "
            "van het team, en vertel het gezin wat je ermee hebt gedaan.",
        ),
    ],
)

BEGRIPPENLIJST = _chapter(
    "begrippenlijst",
    "Begrippenlijst",
    "De begrippenlijst verklaart de afkortingen en vaktermen uit dit handboek en de bouwstenen. "
    "Termen die per gemeente anders heten, staan onder hun gangbare naam met de lokale varianten "
    "als synoniem.",
    [],
)

CHAPTERS: list[dict[str, Any]] = [
    INLEIDING,
    WERKWIJZE,
    ROLLEN,
    FASEN,
    PRODUCTEN,
    PRIVACY,
    WERKEN_MET_GEZIN,
    BEGRIPPENLIJST,
]


def iter_chapters(chapters: list[dict[str, Any]] | None = None):
    """Yield every chapter of the tree depth-first, parents before their children."""
    for chapter in CHAPTERS if chapters is None else chapters:
        yield chapter
        yield from iter_chapters(chapter["children"])


def chapter_word_count(chapter: dict[str, Any]) -> int:
    """Words in a chapter's own intro and sections (children not included)."""
    texts = [chapter["intro"]]
    for section in chapter["sections"]:
        texts.append(section["heading"])
        texts.extend(section["paragraphs"])
    return sum(len(text.split()) for text in texts)
