"""The building blocks (bouwstenen) of the Beter Samenspel method.

Every block answers who, what, where, when and how: each step carries those five fields. The
list holds the content as published in method release 1.0, plus the blocks that a later release
introduces (``releases.py`` marks those as new, so the seeder leaves them out of earlier
releases). Role keys, phases, products and statuses come from ``schema.py``.
"""

from __future__ import annotations

from typing import Any

ALL_PHASES = ["wegen", "onderzoeken", "analyseren", "veranderen", "borgen"]


def _step(title: str, what: str, how: str, who: str, when: str, where: str) -> dict[str, str]:
    return {"title": title, "what": what, "how": how, "who": who, "when": when, "where": where}


def _field(label: str, help_text: str, family_view: bool = False) -> dict[str, Any]:
    return {"label": label, "help": help_text, "family_view": family_view}


def _worksheet(
    kind: str, title: str, instructions: str, fields: list[dict[str, Any]]
) -> dict[str, Any]:
    return {"kind": kind, "title": title, "instructions": instructions, "fields": fields}


SAMENWERKING: dict[str, Any] = {
    "slug": "samenwerking",
    "title": "Samenwerking",
    "summary": (
        "LT, GI en gezin werken naast elkaar in plaats van na elkaar, met één gedeeld beeld van "
        "de situatie en één plan."
    ),
    "purpose": (
        "Samenwerking is de bouwsteen waar alle andere op rusten. Het Lokale Team en de "
        "gecertificeerde instelling lossen elkaar niet af, maar trekken tegelijk en afgestemd "
        "op, met het gezin als volwaardige partner. Zo benut het LT eerder de kennis uit de "
        "jeugdbescherming en blijft de kennis van het LT beschikbaar als er toch een maatregel "
        "komt. Goede samenwerking vraagt meer dan een taakverdeling op papier: het gaat ook om "
        "vertrouwen in elkaar, een gedeelde kijk op wat het gezin nodig heeft en de bereidheid "
        "om verschil van mening open te bespreken."
    ),
    "when_to_use": (
        "Deze bouwsteen geldt in elk traject waarin LT en GI samen betrokken zijn: bij product "
        "2a en 2b, tijdens een ondertoezichtstelling waarbij het LT betrokken blijft en bij het "
        "afschalen na een maatregel. Begin ermee direct na de weging, zodra besloten is dat de "
        "GI aanhaakt. Ook bij een anoniem adviesgesprek (product 1) helpt het om verwachtingen "
        "over en weer uit te spreken."
    ),
    "involved": ["lt", "gi", "family", "jeugdige", "gedragswetenschapper", "other"],
    "lead": "lt",
    "steps": [
        _step(
            "Kennismaken als professionals",
            "Maak kennis met elkaars werkwijze, verwachtingen en eerste beeld van het gezin, en "
            "bespreek waar jullie visie verschilt.",
            "Loop samen de samenwerkingsprincipes door en zeg wat je van de ander nodig hebt. "
            "Noteer de afspraken kort op het werkblad Startafspraken samenwerking.",
            "Medewerker LT en (preventief) jeugdbeschermer; de gedragswetenschapper sluit aan "
            "als de casus complex is.",
            "Binnen een week na het besluit om samen op te trekken, vóór het eerste gezamenlijke "
            "gesprek met het gezin.",
            "Op het kantoor van het LT, zodat de jeugdbeschermer ook het team leert kennen; "
            "online als het niet anders kan.",
        ),
        _step(
            "Samen starten met het gezin",
            "Stel je samen voor aan het gezin, leg uit waarom de GI meedoet en vraag wat ouders "
            "en jeugdige van jullie verwachten.",
            "Gebruik eenvoudige taal, laat zien wie waarvoor het aanspreekpunt is en geef het "
            "gezin ruimte voor vragen en zorgen. Controleer of de toestemming helder is (zie de "
            "bouwsteen privacy).",
            "Medewerker LT, preventief jeugdbeschermer, ouders en, passend bij de leeftijd, de "
            "jeugdige.",
            "Binnen twee weken na de kennismaking tussen de professionals.",
            "Bij het gezin thuis of op een plek die het gezin kiest.",
        ),
        _step(
            "Overlegritme afspreken",
            "Leg vast hoe vaak jullie elkaar spreken, met en zonder het gezin, en hoe je elkaar "
            "tussendoor bereikt.",
            "Plan de overleggen meteen in. In een onrustige fase werkt een vaste bijeenkomst om "
            "de twee weken goed; later kan het minder vaak. Betrek de andere hulpverleners die "
            "een rol in het plan hebben.",
            "Medewerker LT als casusregisseur, met de jeugdbeschermer en de overige betrokken "
            "hulpverleners.",
            "Bij de start van het traject en opnieuw bij elke faseovergang.",
            "In de agenda's van alle betrokkenen; het ritme staat ook in het gezamenlijke plan.",
        ),
        _step(
            "Verschillen bespreekbaar maken",
            "Benoem het zodra jullie verschillend denken over veiligheid, aanpak of tempo, in "
            "plaats van het te laten sudderen.",
            "Bespreek eerst samen wat ieder ziet en waarom. Kom je er niet uit, leg het dan voor "
            "aan de gedragswetenschapper of volg de afgesproken escalatieroute naar de "
            "leidinggevenden.",
            "Medewerker LT en jeugdbeschermer; zo nodig de gedragswetenschapper en de "
            "leidinggevenden.",
            "Zodra het verschil merkbaar wordt, en in elk geval vóór een gesprek met het gezin "
            "waarin het ertoe doet.",
            "In een overleg zonder het gezin; daarna leggen jullie het gezin samen uit wat is "
            "besloten.",
        ),
        _step(
            "Samenwerking evalueren",
            "Kijk bij elke faseovergang terug op hoe de samenwerking loopt, onderling en met het "
            "gezin.",
            "Gebruik de vragen uit de bouwsteen reflectie en stel de afspraken bij waar nodig.",
            "Alle betrokken professionals, en het gezin waar dat kan.",
            "Bij de overgang naar een nieuwe fase en bij elke wisseling van medewerker.",
            "In het vaste overleg; de uitkomst komt in het plan.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Startafspraken samenwerking",
            "Vul dit werkblad samen in tijdens de kennismaking en neem het mee naar het eerste "
            "gesprek met het gezin. Het laatste veld vul je met het gezin in.",
            [
                _field(
                    "Casusregie",
                    "Wie voert de regie en wie houdt de eindverantwoordelijkheid voor de "
                    "veiligheidsinschatting?",
                ),
                _field("Bereikbaarheid", "Hoe en wanneer bereiken we elkaar, ook bij spoed?"),
                _field("Overlegritme", "Hoe vaak overleggen we, met en zonder het gezin?"),
                _field(
                    "Verschil van mening",
                    "Wat doen we als we het niet eens zijn, en wie schakelen we dan in?",
                ),
                _field(
                    "Verwachtingen van het gezin",
                    "Wat verwachten ouders en jeugdige van ons, in hun eigen woorden?",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Investeer in de relatie met je collega van de andere organisatie; vertrouwen in elkaar "
        "is een voorwaarde voor het vertrouwen van het gezin.",
        "Spreek bij de start af hoe je het gezin uitlegt wie wat doet, zodat niet ieder een eigen "
        "verhaal vertelt.",
        "Sta stil bij wat lukt: een gezamenlijk behaald resultaat versterkt de samenwerking meer "
        "dan een extra afspraak.",
    ],
    "pitfalls": [
        "Naast elkaar werken zonder af te stemmen, waardoor het gezin twee verschillende "
        "boodschappen krijgt.",
        "De samenwerking laten afhangen van één persoon; bij een wisseling gaan dan kennis en "
        "vertrouwen verloren.",
        "Alleen over taken praten en niet over hoe je samenwerkt; juist de relationele kant "
        "scoort in metingen onder professionals het laagst.",
    ],
    "phases": list(ALL_PHASES),
    "products": ["1", "2a", "2b"],
    "related": ["samenwerkingsprincipes", "reflectie", "taakverdeling", "weging"],
    "status": "vastgesteld",
    "owner": "Opgaveteam",
    "last_reviewed": "2026-01-19",
    "next_review": "2027-01-18",
    "foundation": True,
}

SAMENWERKINGSPRINCIPES: dict[str, Any] = {
    "slug": "samenwerkingsprincipes",
    "title": "Samenwerkingsprincipes",
    "summary": (
        "Vijf afspraken over hoe LT en GI rond een gezin samenwerken: als één team plannen, samen "
        "alle informatie in kaart brengen, borging bewaken, informatie volledig uitwisselen en "
        "barrières signaleren."
    ),
    "purpose": (
        "De samenwerkingsprincipes maken de bouwsteen samenwerking concreet. Ze beschrijven wat "
        "je van elkaar mag verwachten als LT en GI samen bij een gezin betrokken zijn. De "
        "principes voorkomen dat organisaties elk vanuit een eigen eiland werken, dat informatie "
        "blijft hangen bij één partij of dat een overdracht pas op het laatste moment wordt "
        "geregeld. Ze gelden ook richting andere hulpverleners rond het gezin."
    ),
    "when_to_use": (
        "Bespreek de principes aan het begin van elk gezamenlijk traject, dus zodra de weging "
        "heeft geleid tot product 2a of 2b of tot samenwerking tijdens een maatregel. Neem ze "
        "opnieuw door bij elke overdracht, bij een wisseling van medewerker en wanneer de "
        "samenwerking stroef loopt."
    ),
    "involved": ["lt", "gi", "gedragswetenschapper", "other"],
    "lead": "lt",
    "steps": [
        _step(
            "Plannen als één team",
            "Maak één gezamenlijk plan met één set doelen in plaats van een plan per organisatie.",
            "Bespreek wie welk deel van het plan uitvoert en zorg dat iedereen het plan kent. "
            "Ook bij een overdracht binnen het LT of de GI betrek je de andere partij vooraf.",
            "Medewerker LT als regievoerder en de jeugdbeschermer, met de overige hulpverleners "
            "uit het plan.",
            "Bij de start en bij elke bijstelling van het plan.",
            "In het gezamenlijke overleg; het plan staat in het dossier van de casusregisseur en "
            "het gezin krijgt een eigen exemplaar.",
        ),
        _step(
            "Samen alle informatie in kaart brengen",
            "Haal op wat elke betrokken organisatie over het gezin weet, zodat niemand met een "
            "half beeld werkt.",
            "Vraag iedere betrokkene, met toestemming van het gezin, om een korte samenvatting "
            "van eigen bevindingen en ingezette hulp. Verwerk dit in de tijdslijn.",
            "Medewerker LT en jeugdbeschermer; andere hulpverleners leveren aan.",
            "In de eerste weken van de fase onderzoeken.",
            "In een gezamenlijke bijeenkomst of schriftelijk, vastgelegd in de tijdslijn.",
        ),
        _step(
            "Afspreken wat volledige uitwisseling betekent",
            "Maak per casus concreet welke informatie jullie altijd met elkaar delen en hoe snel.",
            "Volledige uitwisseling betekent niet dat elk verslag wordt doorgestuurd, wel dat "
            "niets achterblijft wat voor de veiligheid of het plan van belang is. Leg vast welke "
            "onderwerpen altijd gedeeld worden, zoals incidenten, veranderingen in de "
            "gezinssituatie en uitkomsten van risicotaxaties.",
            "Medewerker LT en jeugdbeschermer; het gezin weet wat er gedeeld wordt.",
            "Bij de start; toets de afspraak bij elke evaluatie.",
            "Op het werkblad Toets samenwerkingsprincipes en in het plan.",
        ),
        _step(
            "Barrières signaleren",
            "Benoem wat de samenwerking hindert: spraakverwarring, onduidelijke rollen, regels "
            "die in de weg zitten of een partner die niet aanhaakt.",
            "Zet barrières als vast punt op de agenda. Los op wat je zelf kunt oplossen en meld "
            "regels die structureel knellen bij de lokale projectleider, zodat het Opgaveteam ze "
            "kan oppakken.",
            "Alle betrokken professionals.",
            "In elk gezamenlijk overleg.",
            "In het overleg zelf; structurele knelpunten via de projectleider of de "
            "reactiemogelijkheid van het handboek.",
        ),
        _step(
            "Vanaf het begin aan borging denken",
            "Sta al bij de start stil bij wat nodig is om resultaten vast te houden en wie het "
            "gezin later blijft ondersteunen.",
            "Ga tijdig na of een partij waaraan je wilt overdragen ook echt kan leveren wat nodig "
            "is, en betrek die partij vroeg.",
            "Medewerker LT en jeugdbeschermer.",
            "Bij de start en uiterlijk halverwege het traject.",
            "In het borgingsdeel van het gezamenlijke plan.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Toets samenwerkingsprincipes",
            "Loop dit werkblad bij de start en bij elke evaluatie samen door. Zet per principe "
            "kort wat goed gaat en wat beter kan.",
            [
                _field(
                    "Eén team, één plan",
                    "Is er één plan dat alle betrokkenen kennen en onderschrijven?",
                ),
                _field(
                    "Informatie compleet",
                    "Weten we wat alle betrokken organisaties over het gezin weten?",
                ),
                _field(
                    "Borging",
                    "Is duidelijk wie het gezin na afronding ondersteunt, en kan die partij dat "
                    "ook leveren?",
                ),
                _field(
                    "Uitwisseling",
                    "Welke informatie delen we altijd, en weet het gezin dat?",
                ),
                _field("Barrières", "Wat hindert de samenwerking nu, en wie pakt dat op?"),
                _field(
                    "Hoe het gezin de samenwerking ervaart",
                    "Vraag het gezin hoe het de samenwerking tussen de hulpverleners beleeft.",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Maak vooraf heldere afspraken tussen LT en GI; dat geeft een betere start bij het gezin "
        "dan afspraken die je onderweg moet repareren.",
        "Leg andere hulpverleners kort uit wat Beter Samenspel is; zij kennen de werkwijze vaak "
        "niet en haken anders niet aan bij het gezamenlijke beeld.",
    ],
    "pitfalls": [
        "Een overdracht binnen de eigen organisatie regelen zonder de andere partij; het "
        "vertrouwen van ouders in de lopende hulp kan daardoor in één keer wegvallen.",
        "Volledige uitwisseling opvatten als alles doorsturen; dat roept weerstand op en gaat "
        "voorbij aan de afspraken met het gezin.",
        "Een overdracht laat aankondigen zonder na te gaan of de ontvangende partij kan bieden "
        "wat nodig is.",
    ],
    "phases": list(ALL_PHASES),
    "products": ["2a", "2b"],
    "related": ["samenwerking", "privacy", "tijdslijn", "taakverdeling"],
    "status": "vastgesteld",
    "owner": "Opgaveteam",
    "last_reviewed": "2026-01-19",
    "next_review": "2027-01-18",
    "foundation": False,
}

REFLECTIE: dict[str, Any] = {
    "slug": "reflectie",
    "title": "Reflectie",
    "summary": (
        "Professionals kijken regelmatig samen terug op wat ze doen en hoe ze samenwerken, om "
        "daarvan te leren."
    ),
    "purpose": (
        "Reflectie houdt de werkwijze levend. Door geregeld stil te staan bij het eigen handelen "
        "en bij de samenwerking met de andere organisatie, zie je sneller waar je terugvalt in "
        "oude reflexen, zoals te snel in actie komen of een incident los van de voorgeschiedenis "
        "beoordelen. Reflectie hoort bij het fundament, maar de invulling ervan wordt nog verder "
        "uitgewerkt."
    ),
    "when_to_use": (
        "Reflecteer kort na elk gezamenlijk overleg, uitgebreider bij elke faseovergang en "
        "periodiek in een casusbespreking of leer- en ontwikkelteam. Extra aanleiding is een "
        "moment waarop de samenwerking onder spanning staat, bijvoorbeeld als een verzoek tot "
        "onderzoek wordt overwogen of een medewerker wisselt."
    ),
    "involved": ["lt", "gi", "gedragswetenschapper", "family"],
    "lead": "gedragswetenschapper",
    "steps": [
        _step(
            "Korte terugblik na elk overleg",
            "Sta aan het eind van elk overleg vijf minuten stil bij hoe het ging.",
            "Stel twee vragen: wat hielp ons vandaag verder, en wat doen we de volgende keer "
            "anders? Noteer één afspraak.",
            "Alle deelnemers aan het overleg.",
            "Aan het eind van elk gezamenlijk overleg.",
            "In het overleg zelf; de afspraak komt in het verslag.",
        ),
        _step(
            "Reflectie bij een faseovergang",
            "Kijk uitgebreider terug op de afgelopen fase: de analyse, de samenwerking en de "
            "veiligheid.",
            "Gebruik de reflectievragen op vier niveaus: de professional, de onderlinge "
            "samenwerking, de organisatie en de context. Neem per niveau één leerpunt mee.",
            "Medewerker LT, jeugdbeschermer en gedragswetenschapper.",
            "Bij de overgang naar een volgende fase.",
            "In een apart overleg van ongeveer een uur.",
        ),
        _step(
            "Casusreflectie in team of leer- en ontwikkelteam",
            "Bespreek een casus met collega's die er niet bij betrokken zijn, om blinde vlekken "
            "te vinden.",
            "Breng een casus in met een concrete vraag. Laat collega's eerst vragen stellen en "
            "pas daarna adviseren. Geef leerpunten die de werkwijze raken door aan de "
            "projectleider.",
            "Collega's uit LT en GI, begeleid door een gedragswetenschapper of een ervaren "
            "collega.",
            "Periodiek, bijvoorbeeld eens per kwartaal, of vaker in een leerwerkgroep.",
            "In de casusbespreking van het team of in het leer- en ontwikkelteam.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Reflectievragen",
            "Kies per reflectiemoment een paar vragen; je hoeft ze niet allemaal te beantwoorden.",
            [
                _field(
                    "Ik als professional",
                    "Wat deed ik, wat dacht ik, en welke eerdere ervaringen kleurden mijn blik?",
                ),
                _field(
                    "Onze samenwerking",
                    "Hoe gaan we om met feedback en met tegengestelde meningen?",
                ),
                _field(
                    "De organisatie",
                    "Wat maakt de eigen organisatie mogelijk of juist lastig, zoals tijd, "
                    "caseload en mandaat?",
                ),
                _field(
                    "De context",
                    "Welke regels, wachttijden of ketenafspraken zaten in de weg?",
                ),
                _field(
                    "Het gezin aan het woord",
                    "Wat zegt het gezin over de hulp en de samenwerking?",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Vertragen is ook een uitkomst: als reflectie laat zien dat je te snel wilde handelen, is "
        "dat winst.",
        "Houd reflectie klein en regelmatig; een kwartier per overleg werkt beter dan één grote "
        "evaluatie aan het eind.",
    ],
    "pitfalls": [
        "Reflectie overslaan zodra het druk wordt, terwijl juist dan oude patronen terugkomen.",
        "Alleen reflecteren op het gezin en niet op de eigen rol en die van de hulpverlening.",
    ],
    "phases": list(ALL_PHASES),
    "products": ["2a", "2b"],
    "related": ["samenwerking", "samenwerkingsprincipes", "gezinspatronen"],
    "status": "in_ontwikkeling",
    "owner": "Opgaveteam — werkgroep leren en reflectie",
    "last_reviewed": "2025-12-08",
    "next_review": "2026-06-08",
    "foundation": True,
}

DIRECTE_EN_STABIELE_VEILIGHEID: dict[str, Any] = {
    "slug": "directe-en-stabiele-veiligheid",
    "title": "Directe en stabiele veiligheid",
    "summary": (
        "Eerst wordt de situatie nu veilig genoeg gemaakt; daarna werken LT, GI en gezin aan "
        "veiligheid die blijft."
    ),
    "purpose": (
        "Deze bouwsteen zorgt ervoor dat veiligheid in elke fase voorop staat. Directe veiligheid "
        "gaat over het hier en nu: wat moet er vandaag geregeld zijn zodat een kind niet in "
        "acuut gevaar is? Stabiele veiligheid gaat over de lange termijn: wat moet er veranderen "
        "of blijvend ondersteund worden zodat de onveiligheid niet terugkeert? Pas als de "
        "directe veiligheid voldoende geborgd is, ontstaat er ruimte om met het gezin aan de "
        "analyse te werken."
    ),
    "when_to_use": (
        "Vanaf het eerste signaal en in elke fase daarna. Bij de weging wordt de acute "
        "veiligheid altijd meegewogen, en bij elk nieuw incident of elke belangrijke verandering "
        "in het gezin beoordeel je haar opnieuw. Bij acuut gevaar regel je eerst de directe "
        "veiligheid, zo nodig met politie, het Crisis Interventie Team of Veilig Thuis, en kom "
        "je daarna terug bij de weging."
    ),
    "involved": ["lt", "gi", "family", "jeugdige", "gedragswetenschapper", "other"],
    "lead": "lt",
    "steps": [
        _step(
            "Acute veiligheid inschatten",
            "Beoordeel of een kind nu in gevaar is en hoe groot het risico op nieuwe onveiligheid "
            "is.",
            "Weeg de beschikbare informatie met een collega en een gedragswetenschapper en vul "
            "de ARIJ in.",
            "Medewerker LT met een collega en de gedragswetenschapper; de jeugdbeschermer als "
            "die al betrokken is.",
            "Direct bij het signaal of de overdracht, en in elk geval vóór het besluit over de "
            "aanpak.",
            "In het casuïstiekoverleg of, bij spoed, in een direct ingelast overleg.",
        ),
        _step(
            "Veiligheidsafspraken en bodemeisen maken",
            "Leg samen met het gezin vast wat er minimaal geregeld moet zijn om de kinderen "
            "veilig te houden en wat er gebeurt als dat niet lukt.",
            "Formuleer de afspraken concreet en in de woorden van het gezin. Betrek beide ouders "
            "en eventuele partners, ook als een van hen niet in huis woont.",
            "Medewerker LT en jeugdbeschermer met de ouders en, waar passend, de jeugdige en "
            "het netwerk.",
            "Zo snel mogelijk na de inschatting, uiterlijk in het eerste gezamenlijke gesprek.",
            "Bij het gezin thuis of op een veilige plek; de afspraken staan op het werkblad en "
            "in het plan.",
        ),
        _step(
            "Afspraken toetsen op haalbaarheid",
            "Ga na of elke afspraak binnen de invloed van de ouder ligt en of niemand erdoor "
            "wordt afgeschrikt om hulp te vragen.",
            "Vraag per afspraak: kan deze ouder dit zelf waarmaken? Pas een afspraak aan als "
            "naleving vooral van iemand anders afhangt, of als een ouder er bang door wordt om "
            "de politie of de hulpverlening te bellen.",
            "Medewerker LT en jeugdbeschermer, met de gedragswetenschapper bij twijfel.",
            "Direct na het maken van de afspraken en opnieuw als een afspraak niet wordt "
            "nagekomen.",
            "In het overleg tussen LT en GI en daarna met het gezin.",
        ),
        _step(
            "Opnieuw beoordelen bij incidenten",
            "Beoordeel bij elk nieuw incident of de directe veiligheid nog voldoende is.",
            "Kijk of het incident in het bekende patroon past of iets nieuws laat zien. Vraag "
            "bij een afspraak die niet is nagekomen eerst waarom het niet lukte: gaat het om "
            "onwil of om onmacht?",
            "De casusregisseur, in overleg met de andere partij.",
            "Binnen een werkdag na het incident.",
            "Telefonisch of in een ingelast overleg; de uitkomst komt in het dossier.",
        ),
        _step(
            "Werken aan stabiele veiligheid",
            "Richt het plan op de factoren die onveiligheid veroorzaken of in stand houden, zodat "
            "de veiligheid ook zonder intensieve hulp overeind blijft.",
            "Gebruik de verklarende analyse en de haalbare eindsituatie om te bepalen wat moet "
            "veranderen en wat blijvend gecompenseerd moet worden.",
            "Medewerker LT, jeugdbeschermer, gezin en de betrokken hulpverleners.",
            "In de fasen veranderen en borgen.",
            "In het gezamenlijke plan en, later, in de handleiding van het gezin.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Veiligheidsafspraken en bodemeisen",
            "Vul dit werkblad samen met het gezin in. Gebruik de woorden van het gezin en "
            "bespreek elke afspraak op haalbaarheid.",
            [
                _field(
                    "Wat er nu minimaal geregeld moet zijn",
                    "De bodemeisen: de minimale voorwaarden voor de veiligheid van de kinderen.",
                ),
                _field(
                    "Wie doet wat als het misgaat",
                    "Wie belt wie, wie vangt de kinderen op en welk nummer hangt waar?",
                ),
                _field(
                    "Binnen de invloed van de ouder",
                    "Controleer dit per afspraak en pas aan als dat niet zo is.",
                ),
                _field(
                    "Wat ons volgens onszelf veilig houdt",
                    "Het gezin beschrijft in eigen woorden wat helpt en wie zij kunnen "
                    "inschakelen.",
                    family_view=True,
                ),
                _field(
                    "Volgende beoordeling",
                    "Datum en aanleiding waarop de afspraken opnieuw worden bekeken.",
                ),
            ],
        )
    ],
    "tips": [
        "Vraag bij een niet-nagekomen afspraak eerst naar de reden; vaak gaat het om onmacht en "
        "heeft een ouder iemand nodig die meer meeloopt.",
        "Bespreek de uitkomst van de ARIJ met het gezin, zodat de inschatting niet voelt als een "
        "oordeel van buitenaf.",
    ],
    "pitfalls": [
        "Een bodemeis zo formuleren dat een ouder geen hulp meer durft in te roepen, zoals 'geen "
        "nieuwe politiecontacten'; daarmee werk je de veiligheid juist tegen.",
        "De zorg als opgelost beschouwen zodra de directe veiligheid geregeld is, en niet "
        "doorwerken aan stabiele veiligheid.",
        "Alleen afspraken maken met de ouder die aan tafel zit, terwijl de onveiligheid ook van "
        "een andere volwassene afhangt.",
    ],
    "phases": list(ALL_PHASES),
    "products": ["2a", "2b"],
    "related": [
        "weging",
        "verklarende-analyse",
        "van-patroon-naar-haalbare-eindsituatie",
        "taakverdeling",
    ],
    "status": "vastgesteld",
    "owner": "Opgaveteam — werkgroep veiligheid",
    "last_reviewed": "2026-01-12",
    "next_review": "2027-01-11",
    "foundation": True,
}

WEGING: dict[str, Any] = {
    "slug": "weging",
    "title": "Weging",
    "summary": (
        "Het Lokale Team beoordeelt of een gezin de uitgebreide werkwijze nodig heeft en of het "
        "daarvoor samen met de GI moet optrekken."
    ),
    "purpose": (
        "De weging is het beslismoment aan het begin van Beter Samenspel. Niet elk gezin heeft "
        "een uitgebreide verklarende analyse of een jeugdbeschermer naast het LT nodig. Door "
        "bewust en samen te wegen, zet je de extra tijd in waar die het meeste oplevert en kies "
        "je het passende product. De belangrijkste aanwijzing is een probleem dat steeds "
        "terugkomt omdat er nooit een blijvende oplossing is gevonden, waardoor de zorgen over de "
        "stabiele veiligheid blijven bestaan."
    ),
    "when_to_use": (
        "Weeg bij gezinnen met complexe problemen waarin zorgen bestaan over de veiligheid of de "
        "ontwikkeling van een kind, bij voorkeur direct na een screening of overdracht. Weeg "
        "opnieuw bij een nieuw incident, als de uren van product 2a opraken of als een maatregel "
        "afloopt. In de voorloopgemeenten bleek een uitgebreide analyse bij ongeveer vier op de "
        "tien bekende gezinnen meerwaarde te hebben; de weging helpt die gezinnen te herkennen."
    ),
    "involved": ["lt", "gedragswetenschapper", "gi", "family"],
    "lead": "lt",
    "steps": [
        _step(
            "Casus voorbereiden",
            "Zet op een rij wat bekend is: de zorgen, de krachten, de betrokken hulp en wat "
            "eerder is geprobeerd.",
            "Gebruik de informatie uit screening of overdracht en vul waar mogelijk de ARIJ in. "
            "Markeer wat steeds terugkomt.",
            "Medewerker LT.",
            "Vóór het casuïstiekoverleg, bij voorkeur binnen een week na het signaal.",
            "In het eigen dossier; neem de samenvatting mee naar het overleg.",
        ),
        _step(
            "Samen wegen",
            "Beoordeel samen of de uitgebreide werkwijze nodig is en of de GI moet aanhaken.",
            "Loop de wegingsvragen langs: keert het probleem terug, is eerdere hulp zonder "
            "blijvend resultaat gestopt, zijn er zorgen over de stabiele veiligheid, werken veel "
            "hulpverleners zonder gedeeld beeld? Vraag zo nodig anoniem advies aan de vaste "
            "jeugdbeschermer (product 1).",
            "Medewerker LT, een collega en de gedragswetenschapper; de vaste jeugdbeschermer op "
            "afroep.",
            "In het eerstvolgende casuïstiekoverleg of multidisciplinair overleg; bij acute "
            "zorgen dezelfde dag.",
            "In het casuïstiekoverleg of multidisciplinair overleg van het LT.",
        ),
        _step(
            "Besluiten",
            "Kies het vervolg: reguliere ondersteuning door het LT, anoniem advies (product 1), "
            "samen optrekken met de GI (product 2a) of een verzoek tot onderzoek bij de JBT.",
            "Gebruik de beslishulp 'Wanneer product 2a?' en onderbouw het besluit in een paar "
            "zinnen.",
            "Het LT-team neemt het besluit; de gedragswetenschapper adviseert.",
            "Aan het eind van het overleg.",
            "Vastgelegd in het dossier van het LT.",
        ),
        _step(
            "Bespreken met het gezin",
            "Leg het gezin uit wat de zorgen zijn, wat er besloten is en wat dat voor hen "
            "betekent.",
            "Wees open over de reden. Vraag bij product 2a om toestemming en bespreek ook wat er "
            "gebeurt als het gezin die niet geeft (zie de bouwsteen privacy).",
            "Medewerker LT, zo mogelijk samen met de jeugdbeschermer.",
            "Binnen een week na het besluit.",
            "Bij het gezin thuis of op het kantoor van het LT.",
        ),
        _step(
            "Vastleggen en opnieuw wegen",
            "Leg de weging en het besluit vast en spreek af wanneer je opnieuw weegt.",
            "Noteer de wegingsvragen met de antwoorden en het gekozen product. Plan een nieuwe "
            "weging bij een incident, als de uren van product 2a opraken of bij het einde van "
            "een maatregel.",
            "Medewerker LT.",
            "Direct na het overleg, en opnieuw op de afgesproken momenten.",
            "In het dossier van het LT.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Wegingsvragen",
            "Gebruik deze vragen in het casuïstiekoverleg. Een duidelijk ja op de eerste vraag is "
            "vaak al reden om de uitgebreide werkwijze te overwegen.",
            [
                _field(
                    "Keert het probleem steeds terug?",
                    "Is er een patroon van terugkerende zorgen omdat een blijvende oplossing "
                    "ontbreekt?",
                ),
                _field(
                    "Wat is eerder geprobeerd?",
                    "Welke hulp is ingezet, wat leverde die op en waarom is die gestopt?",
                ),
                _field(
                    "Hoe staat het met de veiligheid?",
                    "Uitkomst van de inschatting van de acute veiligheid en van de ARIJ.",
                ),
                _field(
                    "Hoeveel hulpverleners zijn betrokken?",
                    "Is er een gedeeld beeld, of werkt ieder vanuit een eigen analyse?",
                ),
                _field(
                    "Hoe kijkt het gezin naar de zorgen?",
                    "Wat herkennen ouders en jeugdige, en wat willen zij zelf?",
                    family_view=True,
                ),
            ],
        ),
        _worksheet(
            "vto_checklist",
            "Checklist verzoek tot onderzoek (VTO)",
            "Gebruik deze checklist als de weging uitwijst dat een verzoek tot onderzoek bij de "
            "Jeugdbeschermingstafel nodig is. Het verzoek wordt aan de JBT besproken met het "
            "gezin erbij; bespreek de inhoud dus vooraf met ouders en jeugdige.",
            [
                _field(
                    "Zorgen over de ontwikkeling",
                    "Beschrijf de zorgen en onderbouw ze met informatie uit minstens twee bronnen "
                    "die de informatie hebben bevestigd.",
                ),
                _field(
                    "Veroorzakende en in stand houdende factoren",
                    "Wat heeft de zorgen veroorzaakt en wat zorgt ervoor dat ze blijven bestaan? "
                    "Gebruik de verklarende analyse als die er is.",
                ),
                _field(
                    "Wat is geprobeerd",
                    "Welke hulp en afspraken zijn ingezet om de situatie te verbeteren, en met "
                    "welk resultaat?",
                ),
                _field(
                    "Waarom onderzoek nodig is",
                    "Leg uit waarom de zorgen in het vrijwillig kader niet voldoende kunnen "
                    "worden weggenomen.",
                ),
                _field(
                    "Wat een maatregel moet bereiken",
                    "Beschrijf concreet wat een eventuele beschermingsmaatregel voor het kind "
                    "moet opleveren.",
                ),
                _field(
                    "Betrokken preventief jeugdbeschermer",
                    "Vermeld of er al een preventief jeugdbeschermer betrokken is; uitgangspunt "
                    "is dat die na de JBT betrokken blijft.",
                ),
                _field(
                    "Reactie van het gezin",
                    "Hoe kijken ouders en jeugdige naar de zorgen en naar het verzoek? Noteer dit "
                    "in hun eigen woorden.",
                    family_view=True,
                ),
            ],
        ),
    ],
    "tips": [
        "Weeg nooit alleen: een collega en een gedragswetenschapper helpen om voorbij het laatste "
        "incident te kijken.",
        "Kijk bij het wegen naar het verloop over de jaren heen en niet alleen naar het laatste "
        "moment.",
    ],
    "pitfalls": [
        "Alleen de ernst van het laatste incident laten meewegen, waardoor een terugkerend "
        "patroon buiten beeld blijft.",
        "Meteen tot actie overgaan zonder te wegen; juist vertragen levert in deze gezinnen vaak "
        "gerichtere hulp op.",
    ],
    "phases": ["wegen", "veranderen", "borgen"],
    "products": ["1", "2a", "2b"],
    "related": ["directe-en-stabiele-veiligheid", "privacy", "samenwerking", "verklarende-analyse"],
    "status": "vastgesteld",
    "owner": "Opgaveteam",
    "last_reviewed": "2026-01-19",
    "next_review": "2027-01-18",
    "foundation": True,
}

PRIVACY: dict[str, Any] = {
    "slug": "privacy",
    "title": "Privacy en toestemming",
    "summary": (
        "Het gezin weet welke informatie LT en GI delen en waarom, en geeft daarvoor toestemming."
    ),
    "purpose": (
        "Samenwerken tussen LT en GI betekent informatie delen over een gezin. Deze bouwsteen "
        "beschrijft hoe je dat zorgvuldig en open doet: je legt uit wat samenwerken met de GI "
        "inhoudt, vraagt toestemming, deelt alleen wat nodig is en legt vast wat is afgesproken. "
        "Openheid over informatie is ook een voorwaarde voor vertrouwen: een gezin dat weet wat "
        "er over hen wordt gedeeld, kan eerlijker meedoen."
    ),
    "when_to_use": (
        "Bij elke stap waarin informatie over het gezin de eigen organisatie verlaat: als je bij "
        "de weging anoniem advies vraagt, bij de start van product 2a of 2b, bij het opstellen "
        "van de tijdslijn met informatie van andere hulpverleners en bij een verzoek tot "
        "onderzoek. Toets opnieuw als de situatie of de samenstelling van de betrokken hulp "
        "verandert."
    ),
    "involved": ["lt", "gi", "family", "jeugdige"],
    "lead": "lt",
    "steps": [
        _step(
            "Uitleggen wat samenwerken met de GI betekent",
            "Vertel het gezin waarom je een jeugdbeschermer wilt betrekken, wat die doet en wat "
            "het niet betekent: er is geen maatregel en de regie blijft bij het LT.",
            "Gebruik gewone taal en een voorbeeld. Maak duidelijk welk doel de samenwerking "
            "heeft en hoe lang die ongeveer duurt.",
            "Medewerker LT.",
            "Vóór de start van product 2a, in het gesprek over de uitkomst van de weging.",
            "Bij het gezin thuis of op het kantoor van het LT.",
        ),
        _step(
            "Toestemming vragen en vastleggen",
            "Vraag de ouders met gezag, en de jeugdige passend bij de leeftijd, om toestemming "
            "voor de betrokkenheid van de GI en voor het delen van informatie.",
            "Maak concreet welke informatie je deelt, met wie en waarvoor. Leg de toestemming "
            "vast met datum, wie toestemming gaf en waarvoor. Vertel dat toestemming altijd kan "
            "worden ingetrokken.",
            "Medewerker LT; de jeugdbeschermer als die er al bij is.",
            "Vóór de eerste uitwisseling van herleidbare gegevens met de GI.",
            "In het gesprek met het gezin; vastgelegd op het werkblad Toestemming en in het "
            "dossier van het LT.",
        ),
        _step(
            "Afspreken wat je deelt",
            "Spreek met elkaar en met het gezin af welke informatie LT en GI uitwisselen.",
            "Deel wat nodig is voor de veiligheid en het plan, niet meer. Bij product 1 deel je "
            "geen gegevens waaruit het gezin te herkennen is.",
            "Medewerker LT en jeugdbeschermer.",
            "Bij de start van de samenwerking.",
            "In het startoverleg; de afspraak staat in het plan.",
        ),
        _step(
            "Opnieuw toetsen bij veranderingen",
            "Vraag opnieuw toestemming als het doel van de uitwisseling verandert of als er "
            "nieuwe partijen bijkomen.",
            "Bespreek met het gezin wat er verandert en waarom, en pas de vastlegging aan.",
            "De casusregisseur.",
            "Bij elke nieuwe hulpverlener, bij opschalen of afschalen en bij een verzoek tot "
            "onderzoek.",
            "In een gesprek met het gezin; vastgelegd in het dossier.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Toestemming voor samenwerking met de GI",
            "Vul dit werkblad in tijdens het gesprek met het gezin en lees het aan het eind samen "
            "na.",
            [
                _field(
                    "Uitleg gegeven",
                    "Wat is uitgelegd over het doel van de samenwerking en de rol van de "
                    "jeugdbeschermer?",
                ),
                _field(
                    "Wie toestemming geeft",
                    "Welke ouders hebben gezag, en hoe is de jeugdige betrokken? Vraag bij twijfel "
                    "de privacyfunctionaris van je organisatie wie formeel toestemming geeft.",
                ),
                _field(
                    "Waarvoor toestemming is gegeven",
                    "Welke informatie, met wie, voor welk doel en voor hoe lang?",
                ),
                _field(
                    "Wat het gezin ervan vindt",
                    "De reactie van ouders en jeugdige in hun eigen woorden, ook hun twijfels.",
                    family_view=True,
                ),
                _field(
                    "Vastlegging",
                    "Datum, wie toestemming gaf en hoe het gezin weet dat toestemming kan worden "
                    "ingetrokken.",
                ),
            ],
        )
    ],
    "tips": [
        "Vraag toestemming niet alleen met een formulier; het gesprek is belangrijker dan de "
        "handtekening.",
        "Leg het doel van het delen zo concreet uit dat het gezin het in eigen woorden kan "
        "navertellen.",
    ],
    "pitfalls": [
        "Toestemming vragen op een moment dat het gezin geen echte keuze ervaart, bijvoorbeeld "
        "midden in een crisis.",
        "Aannemen dat toestemming voor het LT ook toestemming voor de GI is.",
    ],
    "phases": list(ALL_PHASES),
    "products": ["1", "2a", "2b"],
    "related": ["weging", "samenwerkingsprincipes", "tijdslijn"],
    "status": "in_herziening",
    "owner": "Opgaveteam — werkgroep privacy",
    "last_reviewed": "2025-11-24",
    "next_review": "2026-05-25",
    "foundation": False,
}

TIJDSLIJN: dict[str, Any] = {
    "slug": "tijdslijn",
    "title": "Tijdslijn",
    "summary": (
        "Een chronologisch overzicht van gebeurtenissen in het gezin en van de hulp tot nu toe, "
        "bij voorkeur samen met het gezin gemaakt."
    ),
    "purpose": (
        "De tijdslijn legt de feitelijke basis voor de analyse. Door gebeurtenissen, meldingen "
        "en ingezette hulp op één lijn te zetten, zie je wat losse dossiers verbergen: dat er "
        "steeds op incidenten is gereageerd zonder de voorgeschiedenis mee te nemen, dat hulp "
        "telkens op hetzelfde moment stokt of dat elke organisatie vanuit een eigen eiland "
        "werkte. Een tijdslijn die het gezin herkent, geeft ook hen inzicht in hun eigen "
        "geschiedenis en voorkomt dat ze hun verhaal opnieuw moeten vertellen."
    ),
    "when_to_use": (
        "Maak de tijdslijn in de fase onderzoeken, zodra de weging heeft uitgewezen dat een "
        "uitgebreide analyse nodig is. Ook bij een verzoek tot onderzoek of bij een overdracht "
        "is een actuele tijdslijn waardevol, omdat de informatie dan niet verloren gaat."
    ),
    "involved": ["lt", "gi", "family", "jeugdige", "other"],
    "lead": "lt",
    "steps": [
        _step(
            "Informatie verzamelen",
            "Verzamel wat er in dossiers en bij betrokken hulpverleners bekend is over het gezin.",
            "Lees de dossiers van LT en GI en vraag andere hulpverleners, met toestemming van het "
            "gezin, om een korte samenvatting. Reken voor een omvangrijk dossier op ongeveer een "
            "werkdag inleeswerk.",
            "Medewerker LT, samen met de jeugdbeschermer.",
            "In de eerste twee weken van de fase onderzoeken.",
            "Achter het bureau; het werkmateriaal komt in het dossier van het LT.",
        ),
        _step(
            "Gebeurtenissen en hulp op een rij zetten",
            "Zet alle gebeurtenissen, meldingen en ingezette hulp chronologisch onder elkaar, met "
            "de uitkomst van elke vorm van hulp.",
            "Gebruik het werkblad en noteer per regel de bron, zodat duidelijk is wat vaststaat "
            "en wat een indruk is. Neem ook de jeugd van de ouders mee als die bekend is.",
            "Medewerker LT en jeugdbeschermer.",
            "Direct na het verzamelen.",
            "Op het werkblad Tijdslijn, digitaal of op een groot vel papier.",
        ),
        _step(
            "Samen met het gezin doorlopen",
            "Loop de tijdslijn door met de ouders en, waar passend, de jeugdige en vul aan wat "
            "ontbreekt.",
            "Teken de tijdslijn bij voorkeur samen op een flap-over. Laat het gezin gebeurtenissen "
            "toevoegen en corrigeren, en vraag welke momenten zij zelf belangrijk vinden.",
            "Medewerker LT en jeugdbeschermer met het gezin.",
            "In een of twee gesprekken na het opstellen van de eerste versie.",
            "Bij het gezin thuis of op een plek die het gezin kiest.",
        ),
        _step(
            "Eerste patronen markeren",
            "Markeer wat steeds terugkomt, in het gezin en in de hulpverlening.",
            "Zet een teken bij herhalingen: hulp die steeds op hetzelfde moment stopt, meldingen "
            "die telkens worden terugverwezen, crises rond dezelfde gebeurtenissen. Neem dit mee "
            "naar de bouwsteen gezinspatronen.",
            "Medewerker LT, jeugdbeschermer en gedragswetenschapper.",
            "Na het gesprek met het gezin.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Bijhouden",
            "Houd de tijdslijn actueel zolang het traject loopt.",
            "Voeg nieuwe gebeurtenissen en hulp toe en bespreek ze met het gezin bij de evaluatie "
            "van het plan.",
            "De casusregisseur.",
            "Bij elke evaluatie en na elke belangrijke gebeurtenis.",
            "In het dossier van de casusregisseur.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "tijdslijn",
            "Tijdslijn gezin en hulpverlening",
            "Vul per gebeurtenis één regel in, van vroeg naar laat. Het onderste deel is voor de "
            "visie van het gezin zelf; dat vul je samen met hen in.",
            [
                _field("Periode", "Jaar of maand van de gebeurtenis."),
                _field(
                    "Gebeurtenis in het gezin",
                    "Wat gebeurde er, bijvoorbeeld een geboorte, verhuizing, scheiding of "
                    "incident?",
                ),
                _field(
                    "Melding of hulp",
                    "Welke melding, instantie of hulp was erbij betrokken?",
                ),
                _field("Resultaat", "Wat leverde de hulp op, en waarom is die gestopt?"),
                _field("Bron", "Waar komt deze informatie vandaan?"),
                _field(
                    "Zo zien wij het zelf",
                    "Ruimte voor het eigen verhaal van het gezin: hoe hebben ouders en jeugdige "
                    "deze periode en de hulp beleefd?",
                    family_view=True,
                ),
                _field(
                    "Wat wij belangrijk vinden",
                    "Wat het gezin wil dat hulpverleners weten of onthouden.",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Maak de tijdslijn zichtbaar op een groot vel; een gezin herkent zijn geschiedenis "
        "makkelijker in een tekening dan in een verslag.",
        "Zet de uitkomst van eerdere hulp er altijd bij; juist die kolom laat patronen zien.",
    ],
    "pitfalls": [
        "De tijdslijn alleen uit dossiers opbouwen; dan mis je hoe het gezin het beleefd heeft "
        "en herkent het zich er niet in.",
        "Blijven verzamelen tot alles compleet is; een tijdslijn is goed genoeg als de patronen "
        "zichtbaar worden.",
    ],
    "phases": ["onderzoeken", "analyseren"],
    "products": ["2a", "2b"],
    "related": [
        "voorgeschiedenis-en-situatie-gezin",
        "gezinspatronen",
        "privacy",
        "samenwerkingsprincipes",
    ],
    "status": "in_herziening",
    "owner": "Opgaveteam — werkgroep analyse",
    "last_reviewed": "2025-12-15",
    "next_review": "2026-06-15",
    "foundation": False,
}

VOORGESCHIEDENIS: dict[str, Any] = {
    "slug": "voorgeschiedenis-en-situatie-gezin",
    "title": "Voorgeschiedenis en situatie gezin",
    "summary": (
        "Een compleet beeld van wie het gezin is: de gezinsleden en hun achtergrond, de huidige "
        "situatie op alle leefgebieden en wat het gezin belangrijk vindt."
    ),
    "purpose": (
        "Deze bouwsteen vult de tijdslijn aan met het verhaal achter de gebeurtenissen. Wie zijn "
        "de ouders, wat hebben zij zelf meegemaakt, hoe ziet het netwerk eruit en hoe staat het "
        "gezin ervoor op het gebied van wonen, geld, werk en gezondheid? Ervaringen uit de eigen "
        "jeugd van ouders, zoals opgroeien in instellingen of een eerdere uithuisplaatsing, "
        "verklaren vaak het wantrouwen tegenover hulp of de neiging om alles zelf te regelen. Ook "
        "de waarden en normen van het gezin horen bij dit beeld."
    ),
    "when_to_use": (
        "In de fase onderzoeken, naast of direct na de tijdslijn, bij gezinnen waarvoor de "
        "weging een uitgebreide analyse heeft opgeleverd. Sommige Lokale Teams maken voor elk "
        "gezin een genogram en tijdslijn; pas de diepgang van deze bouwsteen dan aan de uitkomst "
        "van de weging aan."
    ),
    "involved": ["lt", "gi", "family", "jeugdige"],
    "lead": "lt",
    "steps": [
        _step(
            "Genogram maken",
            "Breng de gezinsleden en hun onderlinge relaties over drie generaties in beeld, met "
            "belangrijke personen uit het netwerk.",
            "Teken het genogram samen met het gezin. Vraag door op breuken, sterke banden en "
            "mensen op wie het gezin kan terugvallen.",
            "Medewerker LT met ouders en jeugdige.",
            "In het eerste of tweede gesprek van de fase onderzoeken.",
            "Bij het gezin thuis, op papier of een flap-over.",
        ),
        _step(
            "Achtergrond van de ouders bespreken",
            "Vraag ouders naar hun eigen jeugd, hun ervaringen met hulpverlening en belangrijke "
            "gebeurtenissen in hun leven.",
            "Leg uit waarom je dit vraagt: om te begrijpen, niet om te oordelen. Laat ouders zelf "
            "bepalen hoeveel ze vertellen en kom er later op terug.",
            "Medewerker LT of jeugdbeschermer, afhankelijk van wie het beste contact heeft.",
            "Als er een basis van vertrouwen is, meestal na het eerste gesprek.",
            "In een rustige setting zonder de kinderen erbij.",
        ),
        _step(
            "Huidige situatie per leefgebied",
            "Breng in kaart hoe het nu gaat met wonen, financiën, werk of dagbesteding, "
            "gezondheid, opvoeding en netwerk.",
            "Gebruik de kennis van het LT over lokale regelingen en voorzieningen en betrek zo "
            "nodig een specialist, bijvoorbeeld voor schulden.",
            "Medewerker LT, met inbreng van de jeugdbeschermer.",
            "Tegelijk met het opstellen van de tijdslijn.",
            "In gesprekken met het gezin en via betrokken hulpverleners.",
        ),
        _step(
            "Waarden en drijfveren van het gezin",
            "Vraag wat het gezin belangrijk vindt, hoe het tegen hulpverlening aankijkt en wat "
            "de beweegredenen achter gedrag zijn.",
            "Stel open vragen, zoals: wat wil je je kinderen meegeven, wat heb je van eerdere "
            "hulp geleerd, wanneer voel je je gehoord?",
            "Medewerker LT en jeugdbeschermer met het gezin.",
            "Tijdens de fase onderzoeken, en opnieuw bij het formuleren van de haalbare "
            "eindsituatie.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Samenvatten en toetsen",
            "Vat het beeld samen en leg het voor aan het gezin.",
            "Schrijf een korte samenvatting in begrijpelijke taal, vraag of het gezin zich erin "
            "herkent en verwerk de correcties.",
            "De casusregisseur.",
            "Aan het eind van de fase onderzoeken.",
            "In een gesprek met het gezin; de samenvatting gaat naar het dossier en naar het "
            "gezin.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Gezinssituatie in beeld",
            "Gebruik dit werkblad als geheugensteun tijdens de gesprekken; het hoeft niet in één "
            "keer af.",
            [
                _field(
                    "Genogram",
                    "Wie horen bij het gezin, en wie zijn belangrijk in het netwerk?",
                ),
                _field(
                    "Achtergrond van de ouders",
                    "Wat weten we over de eigen jeugd en hulpgeschiedenis van de ouders?",
                ),
                _field(
                    "Leefgebieden",
                    "Hoe staat het met wonen, geld, werk, gezondheid, opvoeding en netwerk?",
                ),
                _field(
                    "Wat het gezin belangrijk vindt",
                    "Waarden, wensen en ervaringen met hulp, in de woorden van het gezin.",
                    family_view=True,
                ),
                _field(
                    "Herkenning",
                    "Herkent het gezin zich in de samenvatting? Wat wilden zij anders zien?",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Combineer deze gesprekken met de tijdslijn; dan hoeft het gezin zijn verhaal maar één "
        "keer te vertellen.",
        "Benut de kennis van het LT over lokale regelingen; die levert de jeugdbeschermer vaak "
        "een doorbraak op.",
    ],
    "pitfalls": [
        "Alleen vragen naar problemen en niet naar krachten en netwerk.",
        "De achtergrond van ouders gebruiken als verklaring die alles afsluit, in plaats van als "
        "ingang voor het gesprek.",
    ],
    "phases": ["onderzoeken", "analyseren"],
    "products": ["2a", "2b"],
    "related": ["tijdslijn", "gezinspatronen", "privacy"],
    "status": "vastgesteld",
    "owner": "Opgaveteam — werkgroep analyse",
    "last_reviewed": "2025-12-15",
    "next_review": "2026-12-14",
    "foundation": False,
}

GEZINSPATRONEN: dict[str, Any] = {
    "slug": "gezinspatronen",
    "title": "Gezinspatronen",
    "summary": (
        "Terugkerende patronen in het gezin en in de hulpverlening worden zichtbaar gemaakt, "
        "zodat duidelijk wordt waar verandering moet beginnen."
    ),
    "purpose": (
        "Incidenten staan zelden op zichzelf. Deze bouwsteen helpt om te zien hoe aanleiding, "
        "reactie en gevolg elkaar in een gezin steeds opnieuw opvolgen, en hoe de hulpverlening "
        "daar onbedoeld aan bijdraagt, bijvoorbeeld door telkens een korte interventie in te "
        "zetten die stopt zodra het rustiger wordt. Door het patroon visueel te maken, begrijpen "
        "gezin en hulpverleners beter hoe de problemen samenhangen en waar aan gewerkt kan "
        "worden. Professionals vinden de bouwsteen lastig om onder de knie te krijgen, maar ook "
        "een van de meest behulpzame."
    ),
    "when_to_use": (
        "In de fase analyseren, als de tijdslijn en het beeld van het gezin ver genoeg zijn om "
        "herhaling te herkennen. Gebruik het patroon daarna in elke fase: bij een nieuw incident "
        "kijk je of het in het bekende patroon past of iets nieuws laat zien."
    ),
    "involved": ["lt", "gi", "family", "jeugdige", "gedragswetenschapper"],
    "lead": "lt",
    "steps": [
        _step(
            "Herhalingen verzamelen",
            "Haal uit de tijdslijn en de gesprekken de momenten waarop steeds hetzelfde gebeurt.",
            "Kijk naar aanleiding, reactie en gevolg. Let ook op wat er misgaat vlak nadat hulp "
            "is gestart of gestopt.",
            "Medewerker LT en jeugdbeschermer.",
            "Aan het begin van de fase analyseren.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Het patroon tekenen",
            "Maak het patroon zichtbaar als een cirkel van aanleiding, reactie en gevolg.",
            "Teken samen met het gezin op een grote flap-over. Gebruik de woorden van het gezin "
            "en eenvoudige symbolen; dat helpt ook ouders voor wie veel tekst lastig is.",
            "Medewerker LT en jeugdbeschermer met de ouders en, waar passend, de jeugdige.",
            "In een gesprek dat daar speciaal voor bedoeld is; reken op ongeveer anderhalf uur.",
            "Bij het gezin thuis of in een ruimte met genoeg plek voor de flap-over.",
        ),
        _step(
            "Het patroon van de hulpverlening erbij zetten",
            "Breng in kaart hoe hulpverleners op het patroon reageren en wat dat teweegbrengt.",
            "Stel de vraag: wat deden wij steeds, en wat leverde dat op? Denk aan "
            "terugverwijzingen, korte crisisinterventies of organisaties die elk een eigen "
            "analyse maakten.",
            "Medewerker LT, jeugdbeschermer en gedragswetenschapper.",
            "Na het tekenen van het gezinspatroon.",
            "Eerst in het overleg tussen professionals, daarna in gesprek met het gezin.",
        ),
        _step(
            "Toetsen met het gezin",
            "Ga na of het gezin het patroon herkent.",
            "Vraag wat klopt, wat niet klopt en wat ontbreekt. Vraag ook naar uitzonderingen: "
            "wanneer lukte het wel, en wat was er toen anders?",
            "Medewerker LT en jeugdbeschermer met het gezin.",
            "In hetzelfde of het volgende gesprek.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Vertalen naar aangrijpingspunten",
            "Bepaal waar het patroon te doorbreken is.",
            "Kies een of twee punten in de cirkel waar verandering het meeste verschil maakt en "
            "neem ze mee naar de verklarende analyse en de haalbare eindsituatie.",
            "Medewerker LT, jeugdbeschermer, gedragswetenschapper en gezin.",
            "Aan het eind van de fase analyseren.",
            "In het gezamenlijke overleg met het gezin.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "gezinspatroon",
            "Gezinspatroon",
            "Teken het patroon samen met het gezin als cirkel op een flap-over en neem de kern "
            "over op dit werkblad.",
            [
                _field("Aanleiding", "Wat zet het patroon in gang?"),
                _field(
                    "Wat er dan in het gezin gebeurt",
                    "Hoe reageren de gezinsleden, en wat volgt daarop?",
                ),
                _field(
                    "Wat de hulpverlening dan doet",
                    "Hoe reageren hulpverleners, en wat is het effect?",
                ),
                _field(
                    "Wat het patroon in stand houdt",
                    "Welke factoren zorgen ervoor dat het steeds terugkomt?",
                ),
                _field("Uitzonderingen", "Wanneer lukte het wel, en wat was er toen anders?"),
                _field(
                    "Hoe wij dit zelf zien",
                    "Herkent het gezin het patroon? Wat zeggen ouders en jeugdige erover?",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Oefen het tekenen eerst met een collega of in een leerwerkgroep; de bouwsteen vraagt "
        "tijd en begeleiding voordat hij vanzelf gaat.",
        "Neem de flap-over mee naar volgende gesprekken; het gezin ziet dan dat zijn verhaal is "
        "onthouden.",
    ],
    "pitfalls": [
        "Alleen het patroon van het gezin tekenen en de rol van de hulpverlening buiten beeld "
        "laten.",
        "Het patroon presenteren als eindoordeel in plaats van als voorstel dat het gezin mag "
        "bijstellen.",
        "Zoveel details opnemen dat het patroon zelf niet meer te zien is.",
    ],
    "phases": ["analyseren", "veranderen", "borgen"],
    "products": ["2a", "2b"],
    "related": [
        "tijdslijn",
        "voorgeschiedenis-en-situatie-gezin",
        "verklarende-analyse",
        "van-patroon-naar-haalbare-eindsituatie",
    ],
    "status": "vastgesteld",
    "owner": "Opgaveteam — werkgroep analyse",
    "last_reviewed": "2025-12-15",
    "next_review": "2026-12-14",
    "foundation": False,
}

HAALBARE_EINDSITUATIE: dict[str, Any] = {
    "slug": "van-patroon-naar-haalbare-eindsituatie",
    "title": "Van patroon naar haalbare eindsituatie",
    "summary": (
        "Vanuit de gevonden patronen bepalen gezin en professionals samen welke eindsituatie "
        "haalbaar is en wat daarvoor moet veranderen of blijvend ondersteund moet worden."
    ),
    "purpose": (
        "Deze bouwsteen maakt de stap van begrijpen naar richting kiezen. De haalbare "
        "eindsituatie beschrijft hoe het gezin ervoor staat als de kinderen stabiel veilig zijn: "
        "wat het gezin dan zelf kan, en op welke punten blijvende steun nodig is om te "
        "compenseren wat niet verandert. Omdat ouders zelf bepalen wat zij haalbaar en belangrijk "
        "vinden, is dit nadrukkelijk een gezamenlijke stap. De uitkomst vormt samen met de "
        "verklarende analyse de basis voor het gezamenlijke plan."
    ),
    "when_to_use": (
        "Aan het eind van de fase analyseren, als het patroon voor gezin en professionals "
        "herkenbaar is. Gebruik de bouwsteen ook om te voorkomen dat je blijft doorzoeken: kun "
        "je recente incidenten vanuit het patroon verklaren, dan is het tijd voor deze stap."
    ),
    "involved": ["lt", "gi", "family", "jeugdige", "gedragswetenschapper", "other"],
    "lead": "lt",
    "steps": [
        _step(
            "Bepalen of je genoeg weet",
            "Ga na of er genoeg informatie is om verder te gaan.",
            "Je weet genoeg als gezin en professionals het patroon herkennen, als nieuwe "
            "informatie het beeld niet meer wezenlijk verandert en als je recente incidenten "
            "vanuit het patroon kunt verklaren. Wat daar niet aan bijdraagt, hoef je niet uit te "
            "zoeken.",
            "Medewerker LT, jeugdbeschermer en gedragswetenschapper.",
            "Aan het eind van de fase analyseren.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Samenvatten waar we staan",
            "Vat samen wat er is gebeurd, wat het patroon is en waar het gezin nu staat.",
            "Maak een korte samenvatting langs drie vragen: waar komen we vandaan, waar staan we "
            "nu, waar willen we naartoe? Gebruik de flap-overs uit eerdere gesprekken.",
            "Medewerker LT en jeugdbeschermer.",
            "Vóór het gesprek met het gezin over de eindsituatie.",
            "In het overleg tussen de professionals.",
        ),
        _step(
            "De eindsituatie formuleren met het gezin",
            "Bepaal samen met het gezin hoe een haalbare, veilige situatie eruitziet.",
            "Vraag eerst wat ouders en jeugdige zelf haalbaar en belangrijk vinden. Leg daarnaast "
            "wat professionals minimaal nodig vinden voor de veiligheid. Zoek een formulering die "
            "beide recht doet en concreet genoeg is om te toetsen.",
            "Medewerker LT en jeugdbeschermer met de ouders en de jeugdige.",
            "In een of twee gesprekken aan het begin van de fase veranderen.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Veranderen of compenseren",
            "Bepaal per onderdeel of het gezin dit zelf kan leren of dat er blijvende "
            "ondersteuning nodig is.",
            "Houd als uitgangspunt dat het gezin zoveel mogelijk zelf leert, maar wees eerlijk "
            "over wat niet verandert. Leg vast welke ondersteuning langdurig nodig blijft en wie "
            "die biedt.",
            "Medewerker LT, jeugdbeschermer, gezin en de betrokken hulpverleners.",
            "Bij het opstellen van het gezamenlijke plan.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Andere hulpverleners meenemen",
            "Zorg dat alle betrokken hulpverleners de eindsituatie en het gezinsbrede beeld "
            "kennen.",
            "Licht het patroon en de eindsituatie toe en vraag elke hulpverlener hoe de eigen "
            "hulp bijdraagt aan de eindsituatie van het hele gezin, niet alleen aan die van de "
            "eigen cliënt.",
            "De casusregisseur, samen met de jeugdbeschermer.",
            "Bij de start van de fase veranderen.",
            "In een gezamenlijk overleg met alle hulpverleners, bij voorkeur met het gezin erbij.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Haalbare eindsituatie",
            "Vul dit werkblad in twee delen in: eerst met de professionals, daarna met het gezin.",
            [
                _field(
                    "Waar we vandaan komen", "De kern van tijdslijn en patroon in enkele zinnen."
                ),
                _field("Waar we nu staan", "De huidige situatie en de veiligheid."),
                _field(
                    "Wat wij willen bereiken",
                    "De eindsituatie in de woorden van ouders en jeugdige.",
                    family_view=True,
                ),
                _field(
                    "Wat minimaal nodig is voor de veiligheid",
                    "De eisen van de professionals voor stabiele veiligheid.",
                ),
                _field(
                    "Zelf leren of blijvend ondersteunen",
                    "Per onderdeel: wat leert het gezin zelf, wat wordt blijvend gecompenseerd en "
                    "door wie?",
                ),
            ],
        )
    ],
    "tips": [
        "Maak de eindsituatie zo concreet dat iedereen kan zien wanneer die bereikt is.",
        "Leg uit waarom je van patroon naar eindsituatie gaat; wat voor een professional logisch "
        "klinkt, is dat voor het gezin niet vanzelf.",
    ],
    "pitfalls": [
        "Blijven uitpluizen uit angst iets te missen, waardoor het gezin lang op verandering "
        "wacht.",
        "Een eindsituatie formuleren die vooral de wensen van professionals weerspiegelt; het "
        "gezin voelt zich dan geen eigenaar.",
    ],
    "phases": ["analyseren", "veranderen"],
    "products": ["2a", "2b"],
    "related": [
        "gezinspatronen",
        "verklarende-analyse",
        "directe-en-stabiele-veiligheid",
        "taakverdeling",
    ],
    "status": "in_ontwikkeling",
    "owner": "Opgaveteam — werkgroep analyse",
    "last_reviewed": "2025-12-15",
    "next_review": "2026-06-15",
    "foundation": False,
}

VERKLARENDE_ANALYSE: dict[str, Any] = {
    "slug": "verklarende-analyse",
    "title": "Verklarende analyse",
    "summary": (
        "Een gezamenlijke verklaring van wat er in het gezin speelt, met de helpende en "
        "blokkerende factoren, als basis voor het plan."
    ),
    "purpose": (
        "De verklarende analyse verschuift de vraag van wat er misgaat naar waarom het niet "
        "lukt. Op basis van de tijdslijn, het beeld van het gezin en de patronen formuleren "
        "professionals en gezin een verklaring: welke factoren veroorzaken de zorgen, welke "
        "houden ze in stand en wat helpt juist? Die verklaring geeft het gezin meer grip en "
        "eigenaarschap, en geeft hulpverleners een gemeenschappelijk beeld, waardoor ze "
        "gerichter hulp inzetten en minder herhalen wat al eens is mislukt."
    ),
    "when_to_use": (
        "In de fase analyseren, bij gezinnen waarvoor de weging een uitgebreide analyse nodig "
        "vond. Het opstellen kost tijd: het LT rekent gemiddeld op twintig tot dertig uur extra "
        "per casus voor onderzoek en analyse. Die tijd verdient zich vaak terug doordat er minder "
        "crises zijn en de hulp beter aansluit."
    ),
    "involved": ["lt", "gi", "gedragswetenschapper", "family", "jeugdige"],
    "lead": "lt",
    "steps": [
        _step(
            "Feiten bundelen",
            "Breng de uitkomsten van tijdslijn, gezinssituatie en patronen samen.",
            "Vat elk onderdeel in enkele zinnen samen en houd feiten en interpretaties uit elkaar.",
            "Medewerker LT en jeugdbeschermer.",
            "Aan het begin van de fase analyseren.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Helpende en blokkerende factoren benoemen",
            "Benoem wat de veiligheid en ontwikkeling ondersteunt en wat die belemmert.",
            "Kijk naar het gezin, het netwerk en de hulpverlening. Maak onderscheid tussen "
            "factoren die de zorgen veroorzaken en factoren die ze in stand houden.",
            "Medewerker LT, jeugdbeschermer en gedragswetenschapper.",
            "Na het bundelen van de feiten.",
            "In het overleg; de factoren komen op het werkblad.",
        ),
        _step(
            "Een verklaring formuleren",
            "Formuleer in gewone taal waarom de problemen blijven terugkomen.",
            "Stel hypothesen op en toets ze aan de tijdslijn: verklaart dit de herhaling? Houd "
            "het kort; een goede verklaring past op een halve pagina.",
            "Medewerker LT en jeugdbeschermer, met advies van de gedragswetenschapper.",
            "In dezelfde of de volgende bijeenkomst.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Toetsen met het gezin",
            "Leg de verklaring voor aan de ouders en de jeugdige.",
            "Vraag of zij zich herkennen, wat zij anders zien en wat zij toevoegen. Verwerk hun "
            "inbreng en schrijf een verschil van inzicht er eerlijk bij.",
            "Medewerker LT en jeugdbeschermer met het gezin.",
            "Binnen twee weken na het formuleren.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Vastleggen als basis voor het plan",
            "Leg de analyse vast en gebruik haar als onderbouwing van het gezamenlijke plan.",
            "Koppel elk doel in het plan aan een factor uit de analyse. Gebruik de analyse ook "
            "bij een verzoek tot onderzoek of een overdracht.",
            "De casusregisseur.",
            "Aan het eind van de fase analyseren.",
            "In het dossier en het plan; het gezin krijgt een begrijpelijke versie.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Verklarende analyse",
            "Vul dit werkblad samen in na het bundelen van de feiten. Het laatste veld vul je met "
            "het gezin in.",
            [
                _field("Veroorzakende factoren", "Wat heeft de zorgen doen ontstaan?"),
                _field(
                    "In stand houdende factoren",
                    "Wat zorgt ervoor dat de zorgen terugkomen, ook in de hulpverlening?",
                ),
                _field(
                    "Helpende factoren",
                    "Wat gaat goed, wie steunen het gezin, wanneer lukte het wel?",
                ),
                _field(
                    "Verklaring in gewone taal",
                    "Waarom lukt het niet? Schrijf het op in een paar zinnen.",
                ),
                _field(
                    "Hoe het gezin het ziet",
                    "Herkenning, aanvullingen en verschil van inzicht van ouders en jeugdige.",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Vertraag bewust: de neiging om snel hulp in te zetten is groot, maar een goede analyse "
        "maakt de hulp gerichter.",
        "Laat de gedragswetenschapper de verklaring kritisch bevragen voordat je haar aan het "
        "gezin voorlegt.",
    ],
    "pitfalls": [
        "Een opsomming van problemen opschrijven in plaats van een verklaring waarom ze blijven "
        "bestaan.",
        "De analyse alleen op de kinderen richten, terwijl de oorzaak vaak bij de ouders of hun "
        "omstandigheden ligt.",
    ],
    "phases": ["analyseren"],
    "products": ["2a", "2b"],
    "related": [
        "tijdslijn",
        "gezinspatronen",
        "van-patroon-naar-haalbare-eindsituatie",
        "weging",
    ],
    "status": "vastgesteld",
    "owner": "Opgaveteam — werkgroep analyse",
    "last_reviewed": "2025-12-15",
    "next_review": "2026-12-14",
    "foundation": False,
}

TAAKVERDELING: dict[str, Any] = {
    "slug": "taakverdeling",
    "title": "Taakverdeling",
    "summary": (
        "Heldere afspraken over wie welke rol en taak heeft, onderling en richting het gezin, die "
        "bij elke wisseling worden bijgewerkt."
    ),
    "purpose": (
        "Als LT en GI tegelijk betrokken zijn, moet voor iedereen, en vooral voor het gezin, "
        "duidelijk zijn wie waarvoor aanspreekbaar is. De taakverdeling legt vast wie de "
        "casusregie voert, wie eindverantwoordelijk is voor de veiligheidsinschatting, wie "
        "contact houdt met welke gezinsleden en wie welke leefgebieden oppakt. Een goede "
        "taakverdeling voorkomt dubbel werk en tegenstrijdige adviezen, en helpt om snel te "
        "handelen als er iets acuut is."
    ),
    "when_to_use": (
        "Bij de start van product 2a of 2b, bij de start en het einde van een maatregel en bij "
        "elke wisseling van medewerker. Na een bespreking aan de JBT werkt een gezamenlijke "
        "kennismaking met het gezin, waarin de taakverdeling wordt vastgelegd, beter dan een "
        "overdracht."
    ),
    "involved": ["lt", "gi", "family", "jeugdige", "other"],
    "lead": "lt",
    "steps": [
        _step(
            "Rollen benoemen",
            "Leg vast wie de casusregie voert en wie eindverantwoordelijk is voor de "
            "veiligheidsinschatting.",
            "Bij product 2a ligt dit bij het LT, bij product 2b en tijdens een "
            "ondertoezichtstelling bij de GI. Schrijf het op, ook als het vanzelfsprekend lijkt.",
            "Medewerker LT en jeugdbeschermer.",
            "In het eerste gezamenlijke overleg.",
            "Op het werkblad Taakverdeling en in het plan.",
        ),
        _step(
            "Taken verdelen",
            "Verdeel de taken per leefgebied en per gezinslid.",
            "Kijk wie het beste contact heeft met welk gezinslid en wie welke expertise inbrengt. "
            "Het LT heeft vaak meer zicht op lokale regelingen, wonen en financiën, de "
            "jeugdbeschermer op veiligheid en juridische stappen.",
            "Medewerker LT, jeugdbeschermer en de andere betrokken hulpverleners.",
            "Direct na het benoemen van de rollen.",
            "In het gezamenlijke overleg.",
        ),
        _step(
            "Uitleggen aan het gezin",
            "Vertel het gezin wie waarvoor het aanspreekpunt is en geef ruimte aan hun voorkeuren.",
            "Bespreek de taakverdeling samen, pas haar aan als het gezin daar een goede reden "
            "voor heeft en geef het gezin een overzicht op papier.",
            "Medewerker LT en jeugdbeschermer met de ouders en de jeugdige.",
            "In het eerste gezamenlijke gesprek met het gezin.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Bijwerken bij elke wisseling",
            "Werk de taakverdeling bij als er wordt opgeschaald of afgeschaald of als een "
            "medewerker vertrekt.",
            "Plan bij een wisseling een gezamenlijke sessie waarin de nieuwe medewerker met het "
            "gezin de eerder opgehaalde informatie doorloopt, zodat de ingezette lijn niet "
            "verloren gaat.",
            "De vertrekkende en de nieuwe medewerker, met de andere partij en het gezin.",
            "Voordat de wisseling ingaat.",
            "Bij het gezin thuis of op kantoor.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Taakverdeling",
            "Vul dit werkblad samen in en geef het gezin een kopie.",
            [
                _field("Casusregie", "Wie voert de regie?"),
                _field(
                    "Veiligheidsinschatting",
                    "Wie is eindverantwoordelijk voor de veiligheidsinschatting?",
                ),
                _field(
                    "Contact per gezinslid",
                    "Wie is het aanspreekpunt voor welke ouder en welk kind?",
                ),
                _field(
                    "Taken per leefgebied",
                    "Wie pakt wonen, financiën, school, gezondheid en opvoeding op?",
                ),
                _field(
                    "Bij spoed",
                    "Wie is bereikbaar bij een acute situatie, ook buiten kantoortijd?",
                ),
                _field(
                    "Onze voorkeuren",
                    "Wat vindt het gezin van de verdeling, en bij wie wil het terecht?",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Bespreek samen hoe je je rollen aan de ouders uitlegt; dat maakt de samenwerking met "
        "het gezin merkbaar beter.",
        "Houd de taakverdeling als vast agendapunt aan; in onrustige periodes helpt zij om het "
        "overzicht te bewaren.",
    ],
    "pitfalls": [
        "Na een JBT-besluit de casus overdragen en uit beeld verdwijnen, terwijl het uitgangspunt "
        "is dat het LT betrokken blijft.",
        "Rollen alleen mondeling afspreken; bij een wisseling weet dan niemand meer wat er "
        "afgesproken is.",
    ],
    "phases": ["onderzoeken", "veranderen", "borgen"],
    "products": ["2a", "2b"],
    "related": ["samenwerking", "samenwerkingsprincipes", "directe-en-stabiele-veiligheid"],
    "status": "concept",
    "owner": "Opgaveteam",
    "last_reviewed": "2026-01-26",
    "next_review": "2026-07-27",
    "foundation": False,
}

# Introduced in method release 1.1 (see releases.py); absent from release 1.0.
HANDLEIDING_VOOR_HET_GEZIN: dict[str, Any] = {
    "slug": "handleiding-voor-het-gezin",
    "title": "Handleiding voor het gezin",
    "summary": (
        "Een overdraagbare handleiding die het gezin zelf bewaart, met wat het over zichzelf "
        "heeft geleerd en wat helpt als het moeilijk wordt."
    ),
    "purpose": (
        "Uit de analyse volgt veel kennis over het gezin: de patronen, wat helpt en wat niet, en "
        "wie het gezin kan inschakelen. De handleiding legt die kennis vast in de woorden van het "
        "gezin, zodat het er zelf mee verder kan en niet bij elke nieuwe hulpverlener opnieuw "
        "hoeft te beginnen. Het gezin is eigenaar van de handleiding en houdt haar samen met de "
        "hulpverlening bij. Bij een overdracht of bij afschalen deelt het gezin haar met wie het "
        "zelf kiest."
    ),
    "when_to_use": (
        "Begin met de handleiding zodra de verklarende analyse en de haalbare eindsituatie er "
        "liggen, in de fase veranderen. Werk haar bij tijdens elke evaluatie van het plan en rond "
        "haar af in de fase borgen, vóór het afschalen of een overdracht."
    ),
    "involved": ["family", "jeugdige", "lt", "gi"],
    "lead": "lt",
    "steps": [
        _step(
            "Inhoud kiezen met het gezin",
            "Bepaal samen wat erin komt: wie we zijn, ons patroon, wat ons helpt, waar we op "
            "letten en wie we kunnen bellen.",
            "Gebruik de flap-overs en samenvattingen uit eerdere fasen en laat het gezin kiezen "
            "wat het belangrijk vindt.",
            "Medewerker LT of jeugdbeschermer met de ouders en de jeugdige.",
            "Aan het begin van de fase veranderen.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Schrijven in de taal van het gezin",
            "Schrijf de handleiding in gewone woorden, zoveel mogelijk zoals het gezin het zelf "
            "zegt.",
            "Laat het gezin zelf schrijven of dicteren, en gebruik tekeningen of pictogrammen "
            "als dat beter werkt.",
            "Het gezin, ondersteund door de medewerker LT.",
            "In een of twee gesprekken.",
            "Bij het gezin thuis; het gezin bewaart het origineel.",
        ),
        _step(
            "Samen bijhouden",
            "Werk de handleiding bij als er iets verandert of als het gezin iets nieuws heeft "
            "geleerd.",
            "Zet de handleiding op de agenda van elke evaluatie en vraag wat er aangepast moet "
            "worden.",
            "Het gezin en de casusregisseur.",
            "Bij elke evaluatie van het plan.",
            "Bij het gezin thuis.",
        ),
        _step(
            "Gebruiken bij overdracht en afschalen",
            "Gebruik de handleiding om nieuwe betrokkenen snel en in de woorden van het gezin te "
            "informeren.",
            "Het gezin beslist met wie het de handleiding deelt. Bespreek vooraf welke delen het "
            "wel en niet wil delen.",
            "Het gezin, met de vertrekkende en de nieuwe hulpverlener.",
            "Vóór een overdracht, bij het einde van een maatregel of bij afschalen.",
            "In een gezamenlijk overdrachtsgesprek.",
        ),
    ],
    "worksheets": [
        _worksheet(
            "checklist",
            "Handleiding van ons gezin",
            "Dit werkblad is van het gezin. De hulpverlener helpt met vragen stellen en "
            "opschrijven.",
            [
                _field(
                    "Wie wij zijn",
                    "Wie hoort bij ons gezin, en wat vinden wij belangrijk?",
                    family_view=True,
                ),
                _field(
                    "Ons patroon",
                    "Wat gebeurt er bij ons als het moeilijk wordt?",
                    family_view=True,
                ),
                _field(
                    "Wat ons helpt",
                    "Wat werkt voor ons, en wat juist niet?",
                    family_view=True,
                ),
                _field(
                    "Waar wij op letten",
                    "Aan welke signalen merken wij dat het misgaat?",
                    family_view=True,
                ),
                _field(
                    "Wie wij kunnen bellen",
                    "Mensen en hulpverleners bij wie wij terechtkunnen, met hun telefoonnummer.",
                    family_view=True,
                ),
            ],
        )
    ],
    "tips": [
        "Laat het gezin de handleiding zelf bewaren; een handleiding in het dossier van de "
        "hulpverlener is geen handleiding van het gezin.",
        "Houd haar kort: een paar pagina's die het gezin echt gebruikt, zijn meer waard dan een "
        "compleet verslag.",
    ],
    "pitfalls": [
        "De handleiding schrijven als een hulpverleningsrapport, waardoor het gezin zich er niet "
        "in herkent.",
        "Informatie opnemen die het gezin niet met toekomstige hulpverleners wil delen.",
    ],
    "phases": ["veranderen", "borgen"],
    "products": ["2a", "2b"],
    "related": [
        "van-patroon-naar-haalbare-eindsituatie",
        "verklarende-analyse",
        "gezinspatronen",
    ],
    "status": "concept",
    "owner": "Opgaveteam — werkgroep gezinsperspectief",
    "last_reviewed": "2026-09-14",
    "next_review": "2027-03-15",
    "foundation": False,
}

BUILDING_BLOCKS: list[dict[str, Any]] = [
    SAMENWERKING,
    REFLECTIE,
    DIRECTE_EN_STABIELE_VEILIGHEID,
    WEGING,
    SAMENWERKINGSPRINCIPES,
    PRIVACY,
    TIJDSLIJN,
    VOORGESCHIEDENIS,
    GEZINSPATRONEN,
    VERKLARENDE_ANALYSE,
    HAALBARE_EINDSITUATIE,
    TAAKVERDELING,
    HANDLEIDING_VOOR_HET_GEZIN,
]


def block_by_slug(slug: str) -> dict[str, Any]:
    """Return the building block with this slug (``KeyError`` if there is none)."""
    for block in BUILDING_BLOCKS:
        if block["slug"] == slug:
            return block
    raise KeyError(slug)
