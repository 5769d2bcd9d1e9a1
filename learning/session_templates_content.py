"""Session templates for learning and development teams (LOT) and the taxonomies they use.

A LOT brings together the local project leader, a gedragswetenschapper and practitioners from
the local team and the certified institutions. A typical session lasts two hours; the phase
minutes of every template add up to its ``duration_minutes``.

Also shipped here:

- ``COLLABORATION_INTENSITY``: the continuum of interprofessional collaboration, 0–4.
- ``FACTOR_LEVELS``: the four levels at which factors influence collaboration, each with
  reflection questions for self and team reflection.
- ``CLUSTERS``: the five clusters in which helping and hindering factors of moments of truth
  are grouped.

All wording is original; plain Python data, no Django imports.
"""

from __future__ import annotations


def _t(text: str) -> str:
    """Collapse the whitespace of a wrapped paragraph into single spaces."""
    return " ".join(text.split())


COLLABORATION_INTENSITY = [
    {
        "level": 0,
        "name": "Volledige segregatie",
        "description": _t("""
            Professionals van de verschillende organisaties hebben geen contact met elkaar en
            stemmen niets af. Ieder werkt los van de ander aan hetzelfde gezin.
        """),
    },
    {
        "level": 1,
        "name": "Interprofessioneel netwerk",
        "description": _t("""
            Er is enig contact en er zijn afspraken over verwijzen en communiceren, zodat een
            gezin op het juiste moment bij de juiste organisatie terechtkomt. Past bij taken die
            voorspelbaar, eenvoudig en niet urgent zijn; professionals ontmoeten elkaar soms
            alleen per mail of online.
        """),
    },
    {
        "level": 2,
        "name": "Interprofessionele coördinatie",
        "description": _t("""
            Een meer gestructureerde vorm: professionals blijven in hun eigen organisatie werken,
            maar coördineren de hulp, delen informatie en regelen de overdracht. Er is nog geen
            gezamenlijk plan van aanpak voor het gezin.
        """),
    },
    {
        "level": 3,
        "name": "Interprofessionele samenwerking",
        "description": _t("""
            Professionals van verschillende organisaties vormen rond het gezin een team en maken
            samen een analyse en een plan van aanpak, terwijl hun organisaties zelfstandig
            blijven. Past bij minder voorspelbare, urgentere en complexere situaties. Beter
            Samenspel beoogt samenwerking op dit niveau.
        """),
    },
    {
        "level": 4,
        "name": "Interprofessioneel teamwerk",
        "description": _t("""
            Organisaties leggen mensen en middelen samen in één nieuw team dat op maat zorg biedt
            aan gezinnen met complexe, onvoorspelbare en urgente problemen, met één plan en
            gezamenlijke financiering.
        """),
    },
]


FACTOR_LEVELS = [
    {
        "key": "professional",
        "name": "Professional",
        "description": _t("""
            Wat je zelf meebrengt: je professionele identiteit, je kennis van de eigen rol en die
            van anderen, je houding (flexibiliteit, respect, bereidheid tot samenwerken), je
            vaardigheden en de ervaringen die je eerder met andere organisaties opdeed.
        """),
        "reflection_questions": [
            "Hoe zou je je eigen rol in de samenwerking met het lokale team of de GI omschrijven?",
            "Welke kennis van de rollen en taken van de andere organisatie mis je nog?",
            _t("""
                Welke eerdere ervaring met de andere organisatie kleurt hoe je nu samenwerkt,
                positief of negatief?
            """),
            "Wanneer hield jij onlangs vast aan je eigen werkwijze waar flexibiliteit had geholpen?",
            "Wat is jouw aandeel als de samenwerking stroef loopt?",
        ],
    },
    {
        "key": "interpersoonlijk",
        "name": "Interpersoonlijk",
        "description": _t("""
            Wat zich tussen professionals afspeelt: vertrouwen, een gedeeld doel en gedeelde
            verantwoordelijkheid, heldere rollen, feedback en gezamenlijke reflectie, hoe je samen
            besluiten neemt en hoe je omgaat met grenzen en machtsverschillen.
        """),
        "reflection_questions": [
            "Hebben we voor dit gezin samen een doel bepaald, en weet het gezin dat doel ook?",
            "Welke beslissingen nemen we samen en welke ieder apart? Is dat voor iedereen helder?",
            "Wanneer gaven we elkaar voor het laatst feedback op de samenwerking?",
            "Hoe gaan we om met een verschil van mening over de ernst van een situatie?",
            "Voelt iedereen aan tafel zich gelijkwaardig, of weegt de stem van één partij zwaarder?",
        ],
    },
    {
        "key": "organisatie",
        "name": "Organisatie",
        "description": _t("""
            Wat de eigen organisatie mogelijk maakt of blokkeert: tijd, caseload en
            werkdruk, mandaat om samen te beslissen, training, vaste overlegmomenten,
            afspraken en procedures, en een cultuur die samenwerking waardeert.
        """),
        "reflection_questions": [
            "Krijg je de tijd die samenwerking volgens de werkwijze vraagt? Waar blijkt dat uit?",
            "Mag je in de samenwerking beslissingen nemen, of worden die later teruggedraaid?",
            "Waar vind je de informatie over de werkwijze als je die nodig hebt?",
            "Welke vaste momenten zijn er om casussen en de samenwerking te bespreken?",
            "Wat vraag je van je leidinggevende om beter samen te kunnen werken?",
        ],
    },
    {
        "key": "context",
        "name": "Context",
        "description": _t("""
            Wat buiten de organisaties ligt: wet- en regelgeving (zoals privacy), wachtlijsten en
            het beschikbare zorgaanbod, financiering en inkoop, de mix van partijen in de regio
            en de verschillen tussen gemeenten.
        """),
        "reflection_questions": [
            "Welke regel of welk contract blokkeert op dit moment goede samenwerking?",
            "Bij wie kunnen we zo'n knelpunt agenderen, en wie doet dat?",
            "Welke partijen buiten lokaal team en GI kennen de werkwijze niet, en wat betekent dat?",
            "Hoe beïnvloeden wachtlijsten of ontbrekend aanbod onze keuzes voor gezinnen?",
            "Wat ligt echt buiten onze invloed, en wat noemen we te snel zo?",
        ],
    },
]


CLUSTERS = [
    {
        "key": "houding_deelnemers",
        "name": "Houding deelnemers",
        "description": _t("""
            Verantwoordelijkheid nemen, verbinding met het gezin, vertrouwen in elkaar,
            verwachtingen uitspreken en uitgaan van gelijkwaardigheid, ook als posities en macht
            verschillen.
        """),
    },
    {
        "key": "besluitvormingsproces",
        "name": "Besluitvormingsproces",
        "description": _t("""
            Signalen serieus nemen en inbrengen, samen een beeld vormen van oorzaak, ernst en
            aanpak, starten met één werkhypothese en regelmatig evalueren of die werkt.
        """),
    },
    {
        "key": "spelregels",
        "name": "Spelregels",
        "description": _t("""
            Ruimte nemen binnen regels om maatwerk te bieden: op- en afschalen, drang en dwang
            waar nodig. Blokkeert een regel de praktijk, dan hoort die te worden geëscaleerd naar
            wie het beleid kan aanpassen.
        """),
    },
    {
        "key": "organisatie",
        "name": "Organisatie",
        "description": _t("""
            Regie, rolverdeling, afstemming, overdracht, toegang en toeleiding: weten wie wat
            doet, elkaar kunnen consulteren en een goede overdracht als de hulp van plek
            wisselt.
        """),
    },
    {
        "key": "kennisdeling",
        "name": "Kennisdeling",
        "description": _t("""
            Informatie en kennis delen in dienst van het gezin en van de eigen
            professionalisering, en samen reflecteren op spannende momenten uit de praktijk.
        """),
    },
]


SESSION_TEMPLATES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "kennismaking-en-nulmeting",
        "title": "Kennismaking en bespreking van de nulmeting",
        "purpose": _t("""
            De deelnemers van lokaal team en GI leren elkaar en elkaars werk kennen, maken
            afspraken over het leer- en ontwikkelteam en bespreken de uitkomsten van de
            vragenlijst over de samenwerking die vóór deze eerste bijeenkomst is ingevuld.
        """),
        "duration_minutes": 120,
        "phases": [
            {
                "title": "Welkom en kennismaking",
                "minutes": 25,
                "prompts": [
                    _t("""
                        Stel je voor: organisatie, rol, en hoe lang je al met Beter Samenspel
                        werkt.
                    """),
                    _t("""
                        Vertel kort over een gezin (zonder herleidbare details) waarin de
                        samenwerking tussen lokaal team en GI het verschil maakte, of juist niet.
                    """),
                    "Wat wil je over een half jaar anders doen dan nu?",
                ],
                "facilitator_notes": _t("""
                    Laat deelnemers van lokaal team en GI afwisselend aan het woord. Spreek
                    vertrouwelijkheid af: casussen worden besproken zonder namen, exacte leeftijden,
                    data of woonplaats.
                """),
            },
            {
                "title": "Doel en afspraken van het LOT",
                "minutes": 15,
                "prompts": [
                    "Wat is een leer- en ontwikkelteam en wat gebeurt er met onze opbrengsten?",
                    _t("""
                        Welke afspraken maken we over frequentie, voorbereiding, inbreng van
                        casussen en de rol van de gedragswetenschapper?
                    """),
                ],
                "facilitator_notes": _t("""
                    Licht toe dat bevindingen via de lokale projectleider terugvloeien naar de
                    werkwijze. Een gebruikelijk ritme is eens per twee weken twee uur gedurende
                    een half jaar, met vier tot zes deelnemers; eens per kwartaal een dagdeel kan
                    ook.
                """),
            },
            {
                "title": "Uitkomsten van de nulmeting",
                "minutes": 30,
                "prompts": [
                    "Welke schaal valt je op, en waarom?",
                    _t("""
                        Herken je de scores voor gedeelde visie en gezamenlijk optrekken in je
                        eigen werk?
                    """),
                    "Zien lokaal team en GI de samenwerking verschillend? Wat zegt dat?",
                    "Welke score verrast je, gezien je eigen ervaring?",
                ],
                "facilitator_notes": _t("""
                    Toon de lokale uitkomsten naast de regionale nulmeting als referentie
                    (n = 162, schaal 1–5): gedeelde visie 2,7; gezamenlijk optrekken 2,6;
                    vertrouwen in de samenwerking 3,3; vertrouwen in elkaar 3,4; omgang met
                    feedback 2,7; omgang met tegengestelde meningen 3,0; verwachte opbrengsten
                    3,1. De samenwerking kreeg gemiddeld een 5,4 en de randvoorwaarden een 4,9.
                    Lokaal team en GI, en getrainden en niet-getrainden, verschilden nauwelijks.
                    Bespreek geen individuele antwoorden.
                """),
            },
            {
                "title": "Verdiepen in kleine groepen",
                "minutes": 30,
                "prompts": [
                    _t("""
                        Kies per groep één schaal met een lage score en geef een concreet
                        voorbeeld uit de praktijk.
                    """),
                    _t("""
                        Wat helpt en wat hindert op die schaal? Orden het naar de vier niveaus:
                        professional, interpersoonlijk, organisatie en context.
                    """),
                    "Wat ligt binnen onze invloed, en wat moeten we agenderen?",
                ],
                "facilitator_notes": _t("""
                    Maak gemengde groepjes van lokaal team en GI. Laat elke groep haar
                    belangrijkste inzicht op één flap zetten.
                """),
            },
            {
                "title": "Agenda voor de komende bijeenkomsten",
                "minutes": 15,
                "prompts": [
                    "Welke bouwstenen willen we samen verdiepen?",
                    "Wie brengt de volgende keer een casus of een moment van waarheid in?",
                ],
                "facilitator_notes": _t("""
                    Leg vast wanneer de vragenlijst wordt herhaald, bijvoorbeeld na ongeveer
                    anderhalf jaar, zodat de ontwikkeling zichtbaar wordt.
                """),
            },
            {
                "title": "Afsluiting",
                "minutes": 5,
                "prompts": ["Wat neem je mee uit deze eerste bijeenkomst?"],
                "facilitator_notes": "Noteer de opbrengsten voor het verslag aan de projectleider.",
            },
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "casusbespreking",
        "title": "Casusbespreking volgens de incidentmethode",
        "purpose": _t("""
            Eén deelnemer brengt een concreet, lastig moment uit een casus in. De groep helpt
            via vaste stappen (introduceren, verhelderen, analyseren, adviseren, reflecteren) om
            het moment te begrijpen en koppelt de inzichten aan de bouwstenen van de werkwijze.
        """),
        "duration_minutes": 120,
        "phases": [
            {
                "title": "Opening en keuze van de casus",
                "minutes": 10,
                "prompts": [
                    "Wie heeft een moment waar hij of zij nu mee worstelt?",
                    "Is de casus zo beschreven dat het gezin niet herkenbaar is?",
                ],
                "facilitator_notes": _t("""
                    Kies bij voorkeur een recente casus waarin lokaal team en GI allebei
                    betrokken zijn. Benoem een tijdbewaker.
                """),
            },
            {
                "title": "Introduceren",
                "minutes": 15,
                "prompts": [
                    "Wat gebeurde er precies, wie waren erbij en wat was jouw rol?",
                    "Wat maakte dit moment lastig voor jou?",
                    "Wat is je vraag aan de groep?",
                ],
                "facilitator_notes": _t("""
                    De inbrenger vertelt zonder onderbreking. Vraag om één concreet moment, niet om
                    de hele geschiedenis van het gezin.
                """),
            },
            {
                "title": "Verhelderen",
                "minutes": 20,
                "prompts": [
                    "Welke informatie heb je nodig om de situatie te begrijpen?",
                    "Wie nam welk besluit, en op basis van welke informatie?",
                    "Wat weet het gezin van de samenwerking tussen lokaal team en GI?",
                ],
                "facilitator_notes": _t("""
                    Alleen informatieve vragen, nog geen adviezen of meningen. Grijp in als een
                    vraag een verkapt advies is.
                """),
            },
            {
                "title": "Analyseren",
                "minutes": 30,
                "prompts": [
                    "Welk patroon zien we in het gezin, en welk patroon in de hulpverlening?",
                    "Welke factoren hielpen en welke hinderden de samenwerking?",
                    _t("""
                        Welke bouwsteen speelde hier (weging, tijdslijn, gezinspatronen, privacy,
                        samenwerkingsprincipes), en hoe werd die toegepast?
                    """),
                    "Is er voldoende aandacht voor directe én stabiele veiligheid?",
                ],
                "facilitator_notes": _t("""
                    Laat de inbrenger meeluisteren zonder te reageren. Schrijf patronen en factoren
                    zichtbaar op een flap.
                """),
            },
            {
                "title": "Adviseren",
                "minutes": 20,
                "prompts": [
                    "Wat zou jij in de volgende stap doen, en waarom?",
                    "Welk advies heb je over de samenwerking met de andere organisatie?",
                ],
                "facilitator_notes": _t("""
                    Elke deelnemer geeft één concreet advies. De inbrenger noteert en kiest zelf
                    welke adviezen bruikbaar zijn.
                """),
            },
            {
                "title": "Reflecteren",
                "minutes": 20,
                "prompts": [
                    "Inbrenger: welk advies neem je mee, en wat ga je concreet doen?",
                    "Wat zegt deze casus over de werkwijze? Wat ontbreekt er in de bouwstenen?",
                    "Hoe kun je de reflectie ook met het gezin voeren?",
                ],
                "facilitator_notes": _t("""
                    Noteer signalen over de werkwijze apart, zodat ze bij de projectleiding en de
                    beheerders van de werkwijze terechtkomen.
                """),
            },
            {
                "title": "Afronding",
                "minutes": 5,
                "prompts": ["Hoe was het proces voor de inbrenger en voor de groep?"],
                "facilitator_notes": "Spreek af wanneer de inbrenger terugkoppelt hoe het verder ging.",
            },
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "moment-van-waarheid",
        "title": "Momenten van waarheid",
        "purpose": _t("""
            Deelnemers vertellen twee momenten waarop samenwerking nodig was, de werkwijze nieuw
            was en het spannend werd: één dat goed afliep en één dat dat niet deed. Ze markeren de
            factoren als helpend of hinderend en ordenen ze in vijf clusters.
        """),
        "duration_minutes": 120,
        "phases": [
            {
                "title": "Inleiding",
                "minutes": 10,
                "prompts": [
                    "Wat is een moment van waarheid?",
                    "Waarom vertellen we altijd een verhaal dat goed afliep én een dat misging?",
                ],
                "facilitator_notes": _t("""
                    Leg uit dat alleen succesverhalen een vertekend beeld geven. Juist de
                    verhalen die misgingen laten zien welke factoren ontbraken.
                """),
            },
            {
                "title": "Twee verhalen voorbereiden",
                "minutes": 15,
                "prompts": [
                    "Schrijf een moment op dat goed afliep en een moment dat niet goed afliep.",
                    "Wat was de situatie, wat gebeurde er en waarom was het spannend?",
                ],
                "facilitator_notes": _t("""
                    Individueel en in stilte. Herinner aan de afspraak: geen namen, exacte
                    leeftijden, data of woonplaatsen.
                """),
            },
            {
                "title": "Vertellen in tweetallen",
                "minutes": 25,
                "prompts": [
                    "Vertel elkaar beide verhalen.",
                    "Vraag door: wat deed jij, wat deden de anderen, wat deed het gezin?",
                ],
                "facilitator_notes": _t("""
                    Koppel bij voorkeur iemand van het lokale team aan iemand van de GI.
                """),
            },
            {
                "title": "Factoren markeren en clusteren",
                "minutes": 30,
                "prompts": [
                    "Welke factoren hielpen (groen) en welke hinderden (rood)?",
                    _t("""
                        In welk cluster hoort elke factor: houding deelnemers,
                        besluitvormingsproces, spelregels, organisatie of kennisdeling?
                    """),
                    "Welke factor in het verhaal dat misging was in het andere verhaal wel aanwezig?",
                ],
                "facilitator_notes": _t("""
                    Gebruik groene en rode briefjes en een flap met de vijf clusters. Een hinderende
                    factor is vaak een helpende factor die ontbrak.
                """),
            },
            {
                "title": "Patronen over de verhalen heen",
                "minutes": 25,
                "prompts": [
                    "Welke clusters vallen op, en welke factoren komen steeds terug?",
                    "Op welk moment nam de spanning toe, en is die benut om de aanpak bij te stellen?",
                ],
                "facilitator_notes": _t("""
                    Factoren die vaak terugkomen zijn waarschijnlijk kritisch: als ze ontbreken,
                    wordt succesvolle samenwerking minder waarschijnlijk.
                """),
            },
            {
                "title": "Acties en escalatie",
                "minutes": 10,
                "prompts": [
                    "Wat kunnen we zelf morgen anders doen?",
                    "Welke regel of afspraak blokkeert de praktijk en moet naar beleid?",
                ],
                "facilitator_notes": _t("""
                    Wijs voor elk te escaleren knelpunt iemand aan die het agendeert bij de
                    projectleiding.
                """),
            },
            {
                "title": "Afsluiting",
                "minutes": 5,
                "prompts": ["Welk verhaal van een ander blijft je bij?"],
                "facilitator_notes": "Bewaar de flappen als input voor de casusbank.",
            },
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "bouwsteen-verdieping",
        "title": "Verdieping van een bouwsteen",
        "purpose": _t("""
            De groep bespreekt één bouwsteen van de werkwijze, past die toe op een casus en
            formuleert wat er ontbreekt of concreter moet, zodat de bouwsteen bruikbaarder wordt.
        """),
        "duration_minutes": 120,
        "phases": [
            {
                "title": "Opening en keuze van de bouwsteen",
                "minutes": 10,
                "prompts": [
                    "Welke bouwsteen bespreken we, en waarom juist deze?",
                    "Wie heeft de bouwsteen de afgelopen tijd gebruikt?",
                ],
                "facilitator_notes": _t("""
                    Bouwstenen die in eerdere leer- en ontwikkelteams om concretisering vroegen:
                    tijdslijn, gezinspatronen, van patroon naar haalbare eindsituatie, privacy,
                    reflectie en samenwerkingsprincipes.
                """),
            },
            {
                "title": "Wat zegt de bouwsteen?",
                "minutes": 20,
                "prompts": [
                    "Lees de bouwsteen samen. Wat is het doel ervan?",
                    "Is duidelijk wie wat doet, waar, wanneer en hoe?",
                    "Welke begrippen zijn onduidelijk of worden verschillend uitgelegd?",
                ],
                "facilitator_notes": _t("""
                    Gebruik de versie die deelnemers ook via het eigen intranet vinden, zodat
                    verbeteringen aansluiten op wat men echt gebruikt.
                """),
            },
            {
                "title": "Toepassen op een casus",
                "minutes": 35,
                "prompts": [
                    "Pas de bouwsteen toe op een ingebrachte casus. Wat levert het op?",
                    "Hoe betrek je het gezin bij deze stap, en waar is ruimte voor hun eigen kijk?",
                    "Wanneer weet je dat je genoeg informatie hebt om verder te gaan?",
                ],
                "facilitator_notes": _t("""
                    Werk visueel, bijvoorbeeld met een tijdslijn of patroontekening op flap, zoals
                    je dat ook met een gezin zou doen.
                """),
            },
            {
                "title": "Wat ontbreekt?",
                "minutes": 25,
                "prompts": [
                    "Waar liep je vast bij het toepassen?",
                    "Welke situaties beschrijft de bouwsteen niet, zoals een ouder die weigert?",
                    "Welke richtlijn of handreiking zou je erbij willen hebben?",
                ],
                "facilitator_notes": _t("""
                    Schrijf knelpunten op als concrete vragen in de vorm 'hoe doe ik X in situatie
                    Y?'.
                """),
            },
            {
                "title": "Voorstel voor aanscherping",
                "minutes": 20,
                "prompts": [
                    "Formuleer één tot drie concrete voorstellen om de bouwsteen te verbeteren.",
                    "Welk voorbeeld uit de praktijk hoort erbij?",
                ],
                "facilitator_notes": _t("""
                    Stuur de voorstellen naar wie de werkwijze beheert. Zonder duidelijk eigenaar
                    bereikt input uit de praktijk de werkwijze niet.
                """),
            },
            {
                "title": "Afsluiting",
                "minutes": 10,
                "prompts": ["Hoe ga je deze bouwsteen de komende weken gebruiken?"],
                "facilitator_notes": "Plan in een volgende bijeenkomst een korte terugblik.",
            },
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "reflectie",
        "title": "Reflectie op de samenwerking",
        "purpose": _t("""
            Deelnemers reflecteren, eerst op zichzelf en daarna als team, op de factoren die de
            samenwerking beïnvloeden (professional, interpersoonlijk, organisatie en context) en
            bepalen de huidige en de gewenste intensiteit van de samenwerking op een schaal van 0
            tot 4.
        """),
        "duration_minutes": 120,
        "phases": [
            {
                "title": "Opening",
                "minutes": 10,
                "prompts": [
                    "Hoe staat de samenwerking tussen lokaal team en GI er op dit moment voor?",
                ],
                "facilitator_notes": _t("""
                    Zorg voor een veilige sfeer: het gaat om leren, niet om beoordelen. Reflectie
                    op je eigen aandeel vraagt kwetsbaarheid.
                """),
            },
            {
                "title": "Zelfreflectie: de professional",
                "minutes": 20,
                "prompts": [
                    "Wat is jouw professionele identiteit, en hoe verhoudt die zich tot de ander?",
                    "Welke eerdere ervaringen beïnvloeden hoe jij nu samenwerkt?",
                    "Wat is jouw aandeel als het stroef loopt?",
                ],
                "facilitator_notes": _t("""
                    Eerst individueel schrijven, daarna in tweetallen delen. Gebruik de
                    reflectievragen bij het niveau professional.
                """),
            },
            {
                "title": "Samen: het interpersoonlijke niveau",
                "minutes": 20,
                "prompts": [
                    "Hebben we gedeelde doelen en heldere rollen?",
                    "Hoe geven we elkaar feedback en hoe gaan we om met verschillen?",
                    "Welke beslissingen nemen we samen?",
                ],
                "facilitator_notes": _t("""
                    Let op machtsverschillen: komt iedereen evenveel aan het woord?
                """),
            },
            {
                "title": "Samen: organisatie en context",
                "minutes": 25,
                "prompts": [
                    "Welke randvoorwaarden in onze organisaties helpen of hinderen?",
                    "Welke knelpunten liggen buiten onze organisaties, en bij wie agenderen we ze?",
                    "Wat noemen we te snel 'buiten onze invloed'?",
                ],
                "facilitator_notes": _t("""
                    Maak twee kolommen: zelf op te lossen, en te agenderen bij management of
                    beleid.
                """),
            },
            {
                "title": "Intensiteit van samenwerking: huidig en gewenst",
                "minutes": 30,
                "prompts": [
                    _t("""
                        Plaats de huidige samenwerking op de schaal: 0 volledige segregatie,
                        1 interprofessioneel netwerk, 2 interprofessionele coördinatie,
                        3 interprofessionele samenwerking, 4 interprofessioneel teamwerk.
                    """),
                    "Welk niveau is gewenst, gezien de complexiteit van de gezinnen?",
                    "Is de huidige samenwerking te licht of te zwaar? Wat is nodig om te verschuiven?",
                ],
                "facilitator_notes": _t("""
                    Laat iedereen eerst zelf kiezen en daarna de keuzes tegelijk tonen.
                    Verschillen zijn waardevol: ze laten zien dat partners verschillende
                    verwachtingen hebben van wat samenwerken betekent. Een hoger niveau is niet
                    altijd beter; het moet passen bij hoe voorspelbaar en complex de situaties
                    zijn. Beter Samenspel beoogt niveau 3.
                """),
            },
            {
                "title": "Reflectie met het gezin",
                "minutes": 10,
                "prompts": [
                    "Hoe betrekken we het gezin bij de reflectie op onze samenwerking?",
                    "Welke vraag zou je een ouder willen stellen over hoe wij samenwerken?",
                ],
                "facilitator_notes": _t("""
                    Reflectie hoort niet alleen tussen professionals plaats te vinden. Verzamel
                    concrete vormen die deelnemers willen uitproberen.
                """),
            },
            {
                "title": "Afsluiting",
                "minutes": 5,
                "prompts": ["Welke ene stap zet je zelf, en welke als team?"],
                "facilitator_notes": "Leg de huidige en gewenste intensiteit vast voor de evaluatie.",
            },
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "evaluatie",
        "title": "Evaluatie van de leercyclus",
        "purpose": _t("""
            Aan het einde van een leercyclus bespreekt het team de herhaalde vragenlijst, kijkt
            terug op wat het leer- en ontwikkelteam opleverde voor de eigen praktijk en voor de
            werkwijze, en maakt afspraken over het vervolg.
        """),
        "duration_minutes": 90,
        "phases": [
            {
                "title": "Opening",
                "minutes": 5,
                "prompts": ["Wat is je eerste gedachte als je terugkijkt op de bijeenkomsten?"],
                "facilitator_notes": "Houd de opening kort; de kern zit in de volgende delen.",
            },
            {
                "title": "Herhaalmeting bespreken",
                "minutes": 25,
                "prompts": [
                    "Welke scores zijn veranderd sinds de nulmeting, en welke niet?",
                    "Hoe verklaren we dat, vanuit onze eigen ervaring?",
                    "Komt de gemeten intensiteit overeen met wat we in de reflectie vaststelden?",
                ],
                "facilitator_notes": _t("""
                    Verwacht geen grote sprongen: in de enige regionale herhaalmeting tot nu toe
                    steeg alleen gezamenlijk optrekken licht, van 2,6 naar 2,9. Een kleine groep
                    geeft bovendien onzekere uitkomsten.
                """),
            },
            {
                "title": "Wat leverde het op?",
                "minutes": 25,
                "prompts": [
                    "Wat doe je nu anders in je werk met gezinnen?",
                    "Wat is er veranderd in de samenwerking tussen lokaal team en GI?",
                    "Wat heeft het niet opgeleverd, en waarom niet?",
                ],
                "facilitator_notes": _t("""
                    Vraag om concrete voorbeelden, ook van wat tegenviel.
                """),
            },
            {
                "title": "Opbrengsten voor de werkwijze",
                "minutes": 20,
                "prompts": [
                    "Welke voorstellen voor bouwstenen hebben we gedaan, en wat is ermee gebeurd?",
                    "Welke knelpunten hebben we geëscaleerd, en met welk resultaat?",
                ],
                "facilitator_notes": _t("""
                    Maak zichtbaar welke input de beheerders van de werkwijze heeft bereikt. Als
                    dat niets is, is dat zelf een belangrijke bevinding.
                """),
            },
            {
                "title": "Vervolg",
                "minutes": 10,
                "prompts": [
                    "Gaan we door, en in welke vorm en frequentie?",
                    "Wie neemt welke taak op zich?",
                ],
                "facilitator_notes": "Leg afspraken vast en deel ze met de lokale projectleider.",
            },
            {
                "title": "Afsluiting",
                "minutes": 5,
                "prompts": ["Wat wil je je collega's van de andere organisatie nog meegeven?"],
                "facilitator_notes": "Sluit af met een compliment aan de groep.",
            },
        ],
    },
]
