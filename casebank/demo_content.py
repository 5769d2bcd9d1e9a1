"""Demo content for the case bank: fictional, de-identified practice cases and moments of truth.

Every family, person, age, place and date below is invented. The cases follow the structure
and the facts (products, building blocks, legal steps, hours, lessons) of the Beter Samenspel
practice stories and the moments-of-truth study, but no sentence, name or family make-up is
taken from them. Ages are given in bands, dates as periods, places as generalised areas
(only Den Haag, as a large city, is named). Quotes are attributed by role only.

Plain Python data: no Django imports, so the content can be loaded by a data migration, a
management command or a test without a database.
"""

from __future__ import annotations


def _t(text: str) -> str:
    """Collapse the whitespace of a wrapped paragraph into single spaces."""
    return " ".join(text.split())


CASE_TYPES = (
    "ots_voorkomen",
    "ots_beeindigd",
    "ots_toch_noodzakelijk",
    "samenwerking_tijdens_ots",
    "anders",
)

BUILDING_BLOCKS = (
    "samenwerking",
    "samenwerkingsprincipes",
    "reflectie",
    "directe-en-stabiele-veiligheid",
    "weging",
    "privacy",
    "tijdslijn",
    "voorgeschiedenis-en-situatie-gezin",
    "gezinspatronen",
    "van-patroon-naar-haalbare-eindsituatie",
)

PRODUCTS = ("1", "2a", "2b")
LEGAL_STEPS = ("vto", "jbt", "rvdk", "ots", "vots", "veilig_thuis")
KADERS = ("vrijwillig", "drang", "dwang")
POLARITIES = ("helping", "hindering")
CLUSTER_KEYS = (
    "houding_deelnemers",
    "besluitvormingsproces",
    "spelregels",
    "organisatie",
    "kennisdeling",
)
FACTOR_LEVEL_KEYS = ("professional", "interpersoonlijk", "organisatie", "context")

# Product 2a: the GI supports the local team for at most this many hours per family.
PRODUCT_2A_MAX_HOURS = 25


CASES = [
    # ------------------------------------------------------------------ 1. OTS voorkomen
    {
        "slug": "ots-voorkomen-samen-vertragen",
        "title": "Samen vertragen na een huisverbod",
        "case_type": "ots_voorkomen",
        "region": "middelgrote gemeente in Haaglanden",
        "family": _t("""
            moeder, haar partner (vader van de jongste) en twee kinderen: een baby (0–5 jaar)
            en een kind (6–11 jaar) uit een eerdere relatie van moeder
        """),
        "local_team_context": _t("""
            Het lokale team is hier een specialistisch team voor jeugd- en gezinshulp.
            Casusregisseurs screenen gezinnen waar zorgen zijn over veiligheid of ontwikkeling,
            stellen met het gezin een plan op en volgen hoe de veiligheid van de kinderen zich
            ontwikkelt. De gemeente was kort voor deze casus op kleine schaal met Beter
            Samenspel begonnen. Eén werkgroep zou worden getraind, maar toen de samenwerking in
            dit gezin begon, hadden de casusregisseur en de jeugdbeschermer alleen de
            schriftelijke beschrijving van de werkwijze. De training volgde enkele weken later.
        """),
        "trigger": _t("""
            Op een avond komt de partner onder invloed thuis en wordt moeder mishandeld. Hij
            krijgt een tijdelijk huisverbod. Het crisisteam dat daarbij ingeschakeld is, draagt
            het gezin over aan het lokale team. Moeder staat er op dat moment vrijwel alleen
            voor, met een baby en een ouder kind dat thuis vaak boos en opstandig is.
        """),
        "course": [
            _t("""
                De casusregisseur weegt de situatie meteen samen met een collega en een
                gedragswetenschapper (bouwsteen weging) en vult een risicotaxatie-instrument in.
                Er blijken zowel acute als structurele zorgen te zijn. In plaats van een melding
                bij de Jeugdbeschermingstafel kiest het team ervoor om samen op te trekken met
                een preventief jeugdbeschermer (product 2a). Moeder stemt daarmee in.
            """),
            _t("""
                Eerst gaat alle aandacht naar directe veiligheid: er komen veiligheidsafspraken
                en bodemeisen. De partner houdt zich daar in de eerste weken niet aan. Hij komt
                toch langs, maakt lawaai bij de voordeur en de buren bellen de politie. Moeder
                had zelf niet durven bellen, omdat in de bodemeisen stond dat er geen nieuwe
                politiecontacten mochten zijn.
            """),
            _t("""
                In het team rijst de vraag of het vrijwillig kader nog te verantwoorden is. In
                plaats van direct op te schalen zoeken casusregisseur en jeugdbeschermer samen met
                moeder uit waaróm de afspraken niet lukken. Het blijkt eerder onmacht dan onwil.
                De bodemeisen worden zo herschreven dat ze binnen de invloed van moeder liggen:
                zelf hulp inroepen is juist de bedoeling. De partner wordt bij de nieuwe afspraken
                betrokken en kiest later zelf voor eigen hulp.
            """),
            _t("""
                Met een tijdslijn en de voorgeschiedenis wordt duidelijk dat moeder eerder lang in
                een gewelddadige relatie leefde en dat er toen, in een andere regio, een
                kinderbeschermingsmaatregel liep. Dat verklaart haar angst voor 'weer een OTS' en
                haar neiging om alles toe te zeggen. Met huisarts en consultatiebureau wordt
                afgesproken wie op welke doelen let, zodat de casusregisseur niet alles zelf
                hoeft te dragen.
            """),
            _t("""
                Omdat de casusregisseur het patroon helder kan beschrijven, wordt het gezin
                zonder extra intakegesprekken aangenomen voor een integraal behandelaanbod,
                hoewel moeders middelengebruik daar normaal een contra-indicatie is. Moeder en
                partner kiezen voor een tijdelijke adempauze in hun relatie en houden alleen
                telefonisch contact.
            """),
        ],
        "side_box": _t("""
            Product 2a betekent dat het lokale team de regie houdt en een preventief
            jeugdbeschermer meekijkt en meedoet: bij huisbezoeken, bij de weging en bij de
            analyse. Er is geen Jeugdbeschermingstafel voor nodig, wel instemming van de ouders,
            en de GI levert maximaal 25 uur per gezin. De eindverantwoordelijkheid voor de
            veiligheidsinschatting blijft bij het lokale team. Was het team naar de
            Jeugdbeschermingstafel gegaan, dan was een verzoek tot onderzoek nodig geweest met
            zorgen uit minstens twee bronnen, de veroorzakende en in stand houdende factoren,
            wat al geprobeerd is, waarom onderzoek nodig is en wat een maatregel zou moeten
            opleveren.
        """),
        "building_blocks": [
            "weging",
            "directe-en-stabiele-veiligheid",
            "samenwerking",
            "tijdslijn",
            "voorgeschiedenis-en-situatie-gezin",
            "gezinspatronen",
            "reflectie",
        ],
        "products": ["2a"],
        "legal_steps": [],
        "kader": "vrijwillig",
        "without_method": _t("""
            Vermoedelijk was de casus in het gewone overleg met de gedragswetenschapper
            doorgezet naar de Jeugdbeschermingstafel. Dat had weken gekost. Moeder had haar
            verhaal opnieuw moeten vertellen aan een nieuwe hulpverlener, en de relatie met het
            lokale team was waarschijnlijk zo beschadigd geraakt dat het werken aan blijvende
            veiligheid stil was komen te liggen. Het hulpaanbod zelf was misschien hetzelfde
            geweest, maar de aanmelding was trager verlopen en met meer discussie over de vraag
            of het gezin wel paste.
        """),
        "looking_back": [
            {
                "theme": "Van brandjes blussen naar patronen",
                "text": _t("""
                    De gedragswetenschapper remde de casusregisseur af in haar neiging om snel
                    in actie te komen. Juist door te vertragen kwam er zicht op wat het gezin had
                    meegemaakt en ontstond er ruimte voor echt contact met moeder en partner. De
                    casusregisseur noemt die omslag de grootste winst van de werkwijze.
                """),
            },
            {
                "theme": "Verschil in visie bij de start",
                "text": _t("""
                    Aan het begin keken de twee professionals verschillend naar de situatie: de
                    een dacht vooral in opleggen en controleren, de ander in samen patronen
                    zoeken. De gezamenlijke training maakte dat verschil bespreekbaar. Tot die
                    tijd vingen een ervaren teamgenoot als maatje en de lokale projectleider de
                    onduidelijkheid over rollen en verwachtingen op.
                """),
            },
            {
                "theme": "Perspectief van moeder",
                "text": _t("""
                    Moeder voelde zich in het begin vooral beoordeeld op wat er misging en had
                    geen overzicht over wie wat deed. Later voelde ze zich gezien, omdat ook haar
                    sterke kanten werden benoemd en omdat er aandacht was voor beide kinderen,
                    niet alleen voor de baby.
                """),
            },
        ],
        "quotes": [
            {
                "role": "casusregisseur",
                "text": _t("""
                    Ik kijk nu vanzelf naar patronen. Terug naar alleen het incident van vandaag
                    wil ik eigenlijk niet meer.
                """),
            },
            {
                "role": "jeugdbeschermer",
                "text": "Het hield me een spiegel voor: wij grijpen soms sneller in dan nodig is.",
            },
            {
                "role": "moeder",
                "text": _t("""
                    Eerst dacht ik: zeg maar wat ik moet doen, als ik mijn kinderen maar mag
                    houden. Nu denk ik zelf mee over het plan.
                """),
            },
        ],
        "hours_lt": 12,
        "hours_gi": 16,
        "outcome": _t("""
            Na ruim drie maanden samen optrekken is de situatie kwetsbaar, maar overzichtelijk.
            Er is geen melding bij de Jeugdbeschermingstafel gedaan en het gezin wacht met
            voorrang op het integrale behandelaanbod. De casusregisseur schat dat het haar 10
            tot 15 uur extra kostte ten opzichte van een gewone screening: vier of vijf gesprekken
            in plaats van twee, plus de weging. De jeugdbeschermer besteedde 16 van de 25 uur van
            product 2a. Daarna ervaart de casusregisseur meer rust in de casus: minder crises en
            kortere lijnen met de andere betrokkenen.
        """),
        "lessons": [
            "Train lokaal team en jeugdbeschermer vóór of bij de start van een gezamenlijke casus.",
            "Vertragen voor analyse levert gerichtere hulp op dan direct handelen op het incident.",
            _t("""
                Bodemeisen werken alleen als ze binnen de invloed van de ouder liggen; herzie ze
                als ze hulp zoeken ontmoedigen.
            """),
            _t("""
                Een heldere beschrijving van het patroon kan de toegang tot vervolghulp
                versnellen.
            """),
            "Managers en gedragswetenschappers moeten de werkwijze zelf ook doorleefd hebben.",
        ],
        "period": "2021–2022",
        "factors": [
            {
                "polarity": "helping",
                "cluster": "besluitvormingsproces",
                "level": "professional",
                "text": _t("""
                    Directe weging met collega en gedragswetenschapper, inclusief risicotaxatie,
                    gaf meteen een gedeeld beeld van acute en structurele risico's.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": _t("""
                    Casusregisseur en jeugdbeschermer bleven samen vasthouden aan het contact met
                    moeder, ook toen afspraken werden geschonden.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "organisatie",
                "text": _t("""
                    Bij de start waren beide professionals niet getraind; verwachtingen en
                    verantwoordelijkheden waren onduidelijk.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "professional",
                "text": _t("""
                    De eerste bodemeisen lagen buiten de invloed van moeder en maakten dat zij
                    geen hulp durfde in te roepen.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "spelregels",
                "level": "organisatie",
                "text": _t("""
                    Product 2a maakte het mogelijk om zonder Jeugdbeschermingstafel een
                    jeugdbeschermer in te zetten in het vrijwillig kader.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "context",
                "text": _t("""
                    Korte lijnen met huisarts, consultatiebureau en behandelaanbod; het gezin werd
                    aangenomen zonder aanvullende informatieverzoeken.
                """),
            },
        ],
    },
    # ------------------------------------------------------------------ 2. OTS beëindigd
    {
        "slug": "ots-beeindigd-een-team-rond-het-gezin",
        "title": "Van losse hulpverleners naar één team",
        "case_type": "ots_beeindigd",
        "region": "gemeente in Haaglanden",
        "family": "vader, moeder en drie kinderen (0–5 jaar en 6–11 jaar)",
        "local_team_context": _t("""
            Het lokale team is een breed sociaal team voor huishoudens met vragen op meerdere
            leefgebieden tegelijk: opvoeden, geld, wonen en werk. Elk huishouden krijgt een vast
            aanspreekpunt dat zelf ondersteunt of andere hulp inschakelt. Het team weegt
            casussen aan de hand van vaste signalen om te bepalen of samenwerking met een
            jeugdbeschermer nodig is. Toen de werkwijze in dit gezin werd ingezet, was een deel
            van de medewerkers getraind en ondersteunde een procesbegeleider Beter Samenspel het
            team.
        """),
        "trigger": _t("""
            Het gezin komt in de gemeente terecht na een huisuitzetting elders, door
            huurachterstand en andere schulden. Het verblijft in de gezinsopvang. Het inkomen is
            onregelmatig, moeder is na de geboorte van een van de kinderen overbelast en er is
            geen netwerk om op terug te vallen. In het vrijwillig kader komt het sociaal team
            weinig verder: afspraken worden niet nagekomen en gezin en hulpverleners begrijpen
            elkaar niet.
        """),
        "course": [
            _t("""
                Na lange tijd zonder wezenlijke verbetering doet het lokale team een verzoek tot
                onderzoek bij de Jeugdbeschermingstafel. De zorgen gaan over de emotionele
                beschikbaarheid van moeder als de stress oploopt, over onvoorspelbaarheid thuis
                en over ruzies waar de kinderen bij zijn. Na het onderzoek van de Raad voor de
                Kinderbescherming spreekt de kinderrechter een ondertoezichtstelling uit.
            """),
            _t("""
                Tijdens de OTS groeit het aantal betrokken partijen: jeugdbeschermer, sociaal
                team, bewindvoering, jeugdhulp, school, volwassenenzorg, opvangbegeleiding en
                woningcorporatie. Iedereen werkt hard vanuit de eigen expertise, maar niemand
                heeft het totaalbeeld. Adviezen spreken elkaar tegen en elke week is er een nieuwe
                crisis. Het gezin wisselt meermaals van bewindvoerder, wat het wantrouwen verder
                voedt, en blijft veel langer in de opvang dan de bedoeling was.
            """),
            _t("""
                Ongeveer een jaar na de start van de OTS besluiten jeugdbeschermer en sociaal
                team de werkwijze van Beter Samenspel in te zetten. Met alle partijen én de
                ouders komen ze elke twee weken twee uur bij elkaar. Samen maken ze een tijdslijn
                en brengen ze de voorgeschiedenis van beide ouders in kaart: allebei groeiden ze
                op met weinig houvast, leerden ze alles zelf te regelen en kijken ze daarbij
                weinig naar de gevolgen.
            """),
            _t("""
                Uit de patronen van het gezin én van de hulpverlening volgen een haalbare
                eindsituatie en een heldere taakverdeling. Er blijven crises, maar die worden
                sneller opgelost omdat iedereen weet wie waarvoor is. Een nieuwe bewindvoerder
                begint met gezamenlijke gesprekken met gezin en hulpverleners en krijgt de
                financiën stabiel. Vader start een omscholingstraject en het gezin komt in
                aanmerking voor een eigen woning.
            """),
            _t("""
                De OTS wordt beëindigd. Omdat de ouders de jeugdbeschermer als vertrouwd
                aanspreekpunt wilden houden, wordt product 2a ingezet: de jeugdbeschermer blijft
                op de achtergrond bereikbaar. Er blijkt nog maar één afspraak nodig. Het sociaal
                team blijft langdurig betrokken.
            """),
        ],
        "side_box": _t("""
            Product 2a kan ook na een OTS worden ingezet, bijvoorbeeld om een gezin warm over te
            dragen aan het lokale team als dat tijdens de maatregel nog niet genoeg gelukt is, of
            als een rechter een maatregel onverwacht niet verlengt. Het lokale team heeft dan de
            regie; de jeugdbeschermer is nog maximaal 25 uur beschikbaar. Voor het gezin voelt het
            als een vangnet: het vertrouwde aanspreekpunt verdwijnt niet in één keer.
        """),
        "building_blocks": [
            "samenwerking",
            "samenwerkingsprincipes",
            "tijdslijn",
            "voorgeschiedenis-en-situatie-gezin",
            "gezinspatronen",
            "van-patroon-naar-haalbare-eindsituatie",
        ],
        "products": ["2a"],
        "legal_steps": ["vto", "jbt", "rvdk", "ots"],
        "kader": "dwang",
        "without_method": _t("""
            De groep hulpverleners was vermoedelijk blijven groeien zonder dat iemand het patroon
            doorzag. Het sociaal team denkt dat het gezin dan nog in de opvang had gezeten, of
            opnieuw zonder woning was geraakt door oplopende schulden. De jeugdbescherming
            overwoog een klinische gezinsopname, maar het gezin wees die uit wantrouwen af.
            Zonder de gezamenlijke analyse was daar waarschijnlijk niets in veranderd.
        """),
        "looking_back": [
            {
                "theme": "Eén team met het gezin",
                "text": _t("""
                    De bijeenkomsten brachten voor het eerst echte samenwerking tussen ouders en
                    hulpverleners op gang. Het gevoel dat ze het met z'n allen deden, maakte het
                    mogelijk om de diepte in te gaan en bij de oorzaak te beginnen in plaats van
                    bij het zoveelste symptoom.
                """),
            },
            {
                "theme": "Wat het lokale team toevoegde",
                "text": _t("""
                    De jeugdbeschermer had veel aan de kennis van lokale voorzieningen, de
                    financiële expertise en de korte lijnen met de woningcorporatie. De aandacht
                    verschoof van reageren op acute situaties naar het stabiel houden van de
                    situatie.
                """),
            },
            {
                "theme": "Kwetsbaar bij wisselingen",
                "text": _t("""
                    Toen het vaste aanspreekpunt van het sociaal team wisselde, kwamen de oude
                    patronen bij gezin en hulpverleners snel terug. Een extra bijeenkomst waarin de
                    eerder verzamelde informatie opnieuw werd doorgenomen, bracht de lijn terug.
                """),
            },
            {
                "theme": "Praktische drempels",
                "text": _t("""
                    Alle betrokkenen tegelijk aan tafel krijgen was lastig. Eén ketenpartner bleef
                    de bijeenkomsten missen en kwam niet op één lijn. In de coronaperiode werkten
                    online bijeenkomsten minder goed dan gesprekken in dezelfde ruimte.
                """),
            },
        ],
        "quotes": [
            {
                "role": "medewerker lokaal team",
                "text": _t("""
                    Als je ziet dat een hele keten in zo'n ingewikkelde situatie echt samen
                    optrekt, doet dat iets met het gezin én met ons.
                """),
            },
            {
                "role": "jeugdbeschermer",
                "text": _t("""
                    Zonder het lokale team had ik vooral crises gesust. Nu konden we bouwen aan
                    iets dat blijft.
                """),
            },
            {
                "role": "vader",
                "text": _t("""
                    Als het weer onrustig wordt, vragen we zelf om een nieuwe bijeenkomst met
                    iedereen erbij.
                """),
            },
        ],
        "hours_lt": 25,
        "hours_gi": 5,
        "outcome": _t("""
            De OTS is beëindigd en een intensief gezinstraject is niet meer nodig. Hulp en
            bewindvoering blijven langdurig betrokken, naar verwachting met wekelijks
            (telefonisch) contact. De ouders zijn zelfredzamer, gaan hulp niet meer uit de weg en
            vragen er zelf om als het nodig is. Het sociaal team besteedde al ongeveer 10 uur per
            week aan dit gezin; de werkwijze vroeg daarbovenop 20 tot 30 uur voor dossierstudie,
            tijdslijn, bijeenkomsten en verslaglegging. Van de 25 uur van product 2a gebruikte de
            jeugdbeschermer er 5. Op termijn leverde het tijd op, omdat de situatie rustiger werd
            en de wekelijkse belafspraken met de financieel specialist konden stoppen.
        """),
        "lessons": [
            "Een groeiende groep hulpverleners zonder totaalbeeld lost niets op; maak één plan.",
            "Betrek de ouders bij elke bijeenkomst: vertrouwen groeit door samen te analyseren.",
            _t("""
                Investeer opnieuw in een gezamenlijke sessie als er een vaste hulpverlener
                wisselt.
            """),
            "De opstartfase kost meer tijd; de tijdslijn en eindsituatie vormen meteen het plan.",
            _t("""
                Product 2a na een OTS maakt afschalen minder spannend voor gezin en
                professionals.
            """),
        ],
        "period": "2018–2021",
        "factors": [
            {
                "polarity": "hindering",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": _t("""
                    Veel partijen zonder gedeelde regie of totaalbeeld; tegenstrijdige adviezen
                    en wekelijks een nieuwe crisis.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": _t("""
                    Gezamenlijke tijdslijn en analyse met alle partijen en de ouders leidden tot
                    één visie en een heldere verdeling van verantwoordelijkheden.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": _t("""
                    Ouders werden actief betrokken; open communicatie van de hulpverlening won
                    hun vertrouwen.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "context",
                "text": _t("""
                    Een ketenpartner die de werkwijze niet kende, bleef buiten de gezamenlijke
                    aanpak.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "organisatie",
                "level": "context",
                "text": _t("""
                    Herhaalde wisselingen van bewindvoerder en coronamaatregelen maakten
                    bijeenkomsten en vertrouwen kwetsbaar.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "spelregels",
                "level": "organisatie",
                "text": _t("""
                    Product 2a na beëindiging van de OTS hield de jeugdbeschermer op de
                    achtergrond beschikbaar.
                """),
            },
        ],
    },
    # ------------------------------------------------------------------ 3. OTS toch noodzakelijk
    {
        "slug": "ots-toch-noodzakelijk-tijdslijn-maakt-patroon-zichtbaar",
        "title": "Een tijdslijn die het patroon zichtbaar maakt",
        "case_type": "ots_toch_noodzakelijk",
        "region": "gemeente in Haaglanden",
        "family": "moeder (alleenstaand) en twee kinderen (6–11 jaar en 12–17 jaar)",
        "local_team_context": _t("""
            Het lokale team is er voor inwoners van alle leeftijden met vragen over zorg en
            ondersteuning. Een vaste regisseur stelt samen met de inwoner een plan op en zet zo
            nodig specialistische hulp in. De gemeente koos ervoor de bouwstenen van Beter
            Samenspel in het gewone werkproces op te nemen: een genogram en tijdslijn voor elk
            gezin, patronen in het plan van aanpak, en weging en haalbare eindsituatie als vaste
            punten in het multidisciplinair overleg. Deze casus speelde vlak na die start, toen
            de bouwstenen nog vaak achteraf werden ingevuld.
        """),
        "trigger": _t("""
            Moeder meldt zich zelf bij het lokale team na een terugval in middelengebruik. Ze
            vertelt dat de kinderen 's nachts soms alleen thuis zijn. Daarnaast zijn er zorgen om
            de jongste, die op school en thuis driftig en soms agressief is, en om de oudste, die
            zich terugtrekt en weinig zin heeft in school. Moeder beschrijft hoeveel stress ze
            voelt als alle kinderen tegelijk iets van haar vragen.
        """),
        "course": [
            _t("""
                Het lokale team zet verslavingszorg en een intensieve, systeemgerichte
                gezinsinterventie in. Beide stoppen snel: moeder voelt geen klik met de
                hulpverleners en vindt op dat moment dat het goed gaat. Omdat er zo geen hulp op
                gang komt, schrijft de regisseur een verzoek tot onderzoek. De
                Jeugdbeschermingstafel besluit tot een onderzoek door de Raad voor de
                Kinderbescherming.
            """),
            _t("""
                Moeder is boos dat het lokale team naar de Jeugdbeschermingstafel is gestapt,
                maar stemt aan tafel in met een preventief jeugdbeschermer voor de periode van het
                raadsonderzoek (product 2b). Regisseur en jeugdbeschermer spreken af samen op te
                trekken volgens Beter Samenspel en te onderzoeken of een maatregel nog te
                voorkomen is.
            """),
            _t("""
                Ze beginnen met een tijdslijn, gemaakt met moeder erbij, en met de
                voorgeschiedenis. Die laat over vele jaren een lange reeks meldingen en
                kortdurende interventies zien, waaronder een eerdere maatregel met een
                uithuisplaatsing en klinische gezinsbehandeling. Het patroon van moeder: aan het
                begin van elk traject werkt ze mee, maar zodra de hulp echt begint, trekt ze haar
                medewerking in. Het patroon van de hulpverlening: elke organisatie werkte op een
                eigen eiland en reageerde op het incident van dat moment.
            """),
            _t("""
                Bij een nieuw incident weigert moeder opnieuw hulp. Jeugdbeschermer en regisseur
                dienen samen een spoedverzoek in voor een voorlopige ondertoezichtstelling met
                een machtiging tot uithuisplaatsing. Omdat de tijdslijn er al ligt, is de
                onderbouwing snel rond. De Raad neemt het verzoek over, de kinderrechter wijst het
                toe en de kinderen gaan buiten het gezin wonen.
            """),
            _t("""
                Het lokale team sluit de casus niet af. De jeugdbeschermer heeft de regie; de
                regisseur schuift elk kwartaal aan bij het netwerkberaad, is bereikbaar als
                sparringpartner en helpt gemeentelijke regelingen te versnellen, zoals
                leerlingenvervoer. Na een jaar wordt de OTS met de machtiging verlengd, omdat
                moeders eigen situatie nauwelijks verbetert. Daarna sluit het lokale team het
                dossier: een snelle terugkeer naar het vrijwillig kader is niet meer aannemelijk.
            """),
        ],
        "side_box": _t("""
            Een tijdslijn zet alle gebeurtenissen en alle eerder ingezette hulp op volgorde. Het
            doel is niet om schuld te verdelen, maar om te zien wat steeds terugkomt, bij het
            gezin én bij de hulpverlening. Bij voorkeur stel je de tijdslijn samen met het gezin op en is er
            ruimte voor het eigen verhaal van het gezin. In deze casus werd zichtbaar dat
            incidenten steeds los waren beoordeeld, terwijl ze deel uitmaakten van een patroon dat
            al jaren bestond. Een voorlopige ondertoezichtstelling (VOTS) is een spoedmaatregel
            die de kinderrechter kan uitspreken voordat het gewone raadsonderzoek is afgerond.
        """),
        "building_blocks": [
            "samenwerking",
            "tijdslijn",
            "voorgeschiedenis-en-situatie-gezin",
            "gezinspatronen",
            "directe-en-stabiele-veiligheid",
            "weging",
        ],
        "products": ["2b"],
        "legal_steps": ["vto", "jbt", "rvdk", "vots", "ots"],
        "kader": "dwang",
        "without_method": _t("""
            Vermoedelijk had het bekende patroon zich herhaald: telkens een korte
            crisisinterventie zonder dat de oorzaken werden aangepakt, terwijl de kinderen
            opgroeiden in een structureel onveilige situatie. Bij een maatregel had het lokale
            team het dossier gesloten en had de jeugdbeschermer alleen de informatie uit het
            verzoek tot onderzoek gehad. Elke partij had opnieuw een eigen analyse gemaakt.
        """),
        "looking_back": [
            {
                "theme": "Tijdslijn",
                "text": _t("""
                    Het maken van de tijdslijn bleek de belangrijkste stap. Er was steeds in het
                    hier en nu gehandeld, zonder de voorgeschiedenis mee te wegen. Ook werd
                    zichtbaar dat moeder veel sympathie wekte bij hulpverleners, waardoor eerder
                    niet altijd werd doorgepakt.
                """),
            },
            {
                "theme": "Relatie met moeder",
                "text": _t("""
                    Moeder ervoer de samenwerking als een front tegen haar. Ze voelde zich
                    aangevallen door de maatregel en door de blik op haar verleden, en zei dat bij
                    elk kwartaaloverleg. Voor de regisseur was dat zwaar; de jeugdbeschermer legde
                    steeds opnieuw uit waarom het lokale team aan tafel bleef.
                """),
            },
            {
                "theme": "De kinderen",
                "text": _t("""
                    Na een boze en verdrietige start, waarin de oudste regelmatig wegliep naar
                    moeder, kwam er rust. Per kind werd bekeken wat nodig was, en de kinderen
                    gingen steeds meer vertellen en meewerken.
                """),
            },
            {
                "theme": "Samenwerking lokaal team en GI",
                "text": _t("""
                    Door elkaar vaak te bevragen zaten lokaal team, GI en jeugdhulp op één lijn.
                    Ook school merkte dat er niet langer vanuit losse eilanden werd gewerkt.
                """),
            },
        ],
        "quotes": [
            {
                "role": "jeugdbeschermer",
                "text": _t("""
                    We keken niet meer naar een losse gebeurtenis, maar naar iets wat al jaren
                    terugkwam. Dat veranderde onze afweging.
                """),
            },
            {
                "role": "moeder",
                "text": _t("""
                    Het voelde alsof iedereen samen tegen mij stond en alleen naar vroeger
                    keek.
                """),
            },
            {
                "role": "medewerker lokaal team",
                "text": _t("""
                    De uren die we aan de voorkant in de tijdslijn staken, hebben we later dubbel
                    en dwars terugverdiend.
                """),
            },
        ],
        "hours_lt": 30,
        "hours_gi": None,
        "outcome": _t("""
            Voor de kinderen is er rust en veiligheid, waardoor ze aan hun eigen ervaringen en
            doelen kunnen werken. Voor moeder is de uitkomst pijnlijk: de kinderen wonen niet
            thuis, haar eigen situatie is na een jaar nauwelijks veranderd en ze ervaart de
            samenwerking tussen de professionals als tegen haar gericht. De regisseur besteedde
            ongeveer 30 uur: circa 8 uur aan het bundelen van dossiers in een tijdslijn, circa 10
            uur aan gesprekken met moeder over patronen en circa 12 uur verspreid over een jaar
            meelopen tijdens de OTS. De extra uren van de GI zijn niet bijgehouden; de
            jeugdbeschermer ervoer het niet als extra tijd, omdat de investering zich later
            terugbetaalde.
        """),
        "lessons": [
            "Beoordeel een incident in het licht van de hele geschiedenis, niet los.",
            "Een tijdslijn die al klaarligt, versnelt een onvermijdelijke juridische stap.",
            _t("""
                Een maatregel kan de juiste uitkomst zijn voor de kinderen en toch pijnlijk voor
                de ouder; benoem beide.
            """),
            "Blijf als lokaal team betrokken tijdens de OTS, ook als de ouder daar boos over is.",
            "Bouwstenen aan de voorkant gebruiken kost minder tijd dan ze achteraf invullen.",
        ],
        "period": "2019–2021",
        "factors": [
            {
                "polarity": "helping",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": _t("""
                    De gezamenlijke tijdslijn maakte het terugkerende patroon zichtbaar en gaf
                    lokaal team en GI één onderbouwing.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "professional",
                "text": _t("""
                    Eerdere hulpverleners lieten zich leiden door sympathie voor moeder en pakten
                    niet door.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "organisatie",
                "text": _t("""
                    Jarenlang deelden organisaties onvoldoende informatie, waardoor niemand een
                    compleet beeld had.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": _t("""
                    Het lokale team bleef tijdens de OTS aangehaakt via het kwartaaloverleg en
                    versnelde gemeentelijke regelingen.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": _t("""
                    Moeder ervoer de samenwerking als gericht tegen haar; haar vertrouwen werd
                    niet teruggewonnen.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": _t("""
                    De werkwijze was net ingevoerd; bouwstenen werden achteraf ingevuld, wat extra
                    tijd kostte.
                """),
            },
        ],
    },
    # ------------------------------------------------------------------ 4. Samenwerking tijdens OTS
    {
        "slug": "samenwerking-tijdens-ots-gezamenlijke-start",
        "title": "Geen overdracht, maar een gezamenlijke start",
        "case_type": "samenwerking_tijdens_ots",
        "region": "Den Haag",
        "family": _t("""
            moeder, de vader van het jongste kind en twee kinderen uit twee verschillende
            relaties (0–5 jaar en 6–11 jaar)
        """),
        "local_team_context": _t("""
            Het Centrum Jeugd & Gezin in de wijk biedt jeugdgezondheidszorg en jeugdhulp.
            Gezinscoaches kijken samen met het gezin naar wat er speelt en wat goed gaat,
            benutten het netwerk en zetten zo nodig professionele hulp in. Op elke locatie is een
            deel van de gezinscoaches getraind in Beter Samenspel. De producten worden gebruikt
            om eerder met de GI samen te werken, maar de bredere invoering van de werkwijze was
            nog gaande.
        """),
        "trigger": _t("""
            Na meerdere incidenten, met hard geschreeuw en geslagen deuren waar de kinderen bij
            zijn en meldingen van buren bij de politie, raken twee gezinscoaches betrokken.
            Veiligheidsafspraken komen niet van de grond. Moeder beëindigt de relatie en vertrekt
            met haar oudste kind naar een gemeente buiten de regio, waar ze intrekt bij een
            ex-partner met wie ze eerder een gewelddadige relatie had. Na nieuw geweld keert ze
            terug, zonder vaste woonplek. Bij de wisselmomenten in het co-ouderschap lopen de
            spanningen hoog op.
        """),
        "course": [
            _t("""
                De gezinscoaches dienen een verzoek tot onderzoek in. Omdat moeder en het oudste
                kind op dat moment elders staan ingeschreven, kan het verzoek alleen over het
                jongste kind gaan; de afstemming met de andere gemeente kost de gezinscoaches
                veel extra werk. De Jeugdbeschermingstafel besluit tot een raadsonderzoek en
                wijst voor de periode tot de uitkomst een jeugdbeschermer toe (product 2b). De Raad
                breidt het onderzoek later uit naar beide kinderen.
            """),
            _t("""
                Na de Jeugdbeschermingstafel volgt geen overdracht, maar een gezamenlijke
                kennismaking met het gezin. Daarin leggen ze een taakverdeling vast: de
                veiligheidsinschatting ligt bij de jeugdbeschermer, het CJG blijft betrokken en
                trekt mee op. Ook de rollen van de ouders worden besproken. Ondanks alle onrust
                lukt het om met iedereen veiligheidsafspraken te maken.
            """),
            _t("""
                Samen wordt besloten dat de kinderen het stabielst wonen bij de vader van de
                jongste. Op advies van de gezinscoach biedt hij aan dat ook het oudste kind bij
                hem komt wonen, op voorwaarde dat moeder niet intrekt. Moeder stemt in, ook al
                blijft ze daardoor zonder woning. Via het loket voor dak- en thuislozen start een
                traject; ze mist eerst veel afspraken, maar jeugdbeschermer en gezinscoach blijven
                samen bij haar aanhaken.
            """),
            _t("""
                Na het raadsonderzoek spreekt de kinderrechter voor beide kinderen een OTS
                uit. Soms is er meerdere keren per week iets acuuts; de bijgehouden
                taakverdeling bewaakt het overzicht. In gesprekken met beide ouders en alle
                hulpverleners ontstaat een verklarende analyse: vader wantrouwt hulpverlening door
                eerdere ervaringen, moeder draagt de gevolgen mee van een eigen uithuisplaatsing
                als kind. Moeder vraagt zelf om behandeling en start onder meer een training in
                emotieregulatie.
            """),
            _t("""
                Incidenten worden steeds vaker herkend als onderdeel van een bekend patroon,
                waardoor ouders en hulpverleners er beter op kunnen reageren. Jeugdbeschermer en
                gezinscoaches vinden verlenging niet nodig; de Raad adviseert vanwege enkele open
                eindjes toch een half jaar extra, en de rechter volgt dat advies. In die periode
                komt het CJG op de voorgrond en schuift de jeugdbeschermer naar de achtergrond.
            """),
        ],
        "side_box": _t("""
            Bij product 2b neemt de GI na een besluit van de Jeugdbeschermingstafel de regie in
            het vrijwillig kader, ter overbrugging van het raadsonderzoek; ouders met gezag moeten
            instemmen. Het lokale team blijft het gezin volgen, adviseert en kan jeugdhulp
            inzetten. Wordt een OTS uitgesproken, dan doet het lokale team een stap terug maar
            blijft het betrokken, bijvoorbeeld op wonen en financiën, zodat het de draad later
            weer kan oppakken. Bij de afronding had product 2a de verlenging kunnen vervangen,
            maar de Raad en de rechtbank kenden dat product niet.
        """),
        "building_blocks": [
            "samenwerking",
            "samenwerkingsprincipes",
            "directe-en-stabiele-veiligheid",
            "voorgeschiedenis-en-situatie-gezin",
            "gezinspatronen",
        ],
        "products": ["2b"],
        "legal_steps": ["vto", "jbt", "rvdk", "ots"],
        "kader": "dwang",
        "without_method": _t("""
            Zonder de gezamenlijke inzet was er na de Jeugdbeschermingstafel vermoedelijk een
            koude overdracht gevolgd en had het langer geduurd voordat de onderliggende problemen
            boven water kwamen. Het gezin had dan langer in onrust en onveiligheid geleefd, met
            meer acute momenten en minder grip voor ouders en hulpverleners.
        """),
        "looking_back": [
            {
                "theme": "Rollen uitleggen aan ouders",
                "text": _t("""
                    Gezinscoach en jeugdbeschermer bespraken telkens opnieuw wie welke rol had en
                    hoe ze dat aan de ouders uitlegden. Daardoor sloten ze beter aan bij het tempo
                    van het gezin en konden de ouders hun eigen voorkeuren in de taakverdeling
                    kwijt. De jeugdbeschermer had vooral contact met moeder, de gezinscoach met
                    vader.
                """),
            },
            {
                "theme": "Betrokken blijven zonder hulpvraag",
                "text": _t("""
                    Het CJG bleef betrokken terwijl de ouders geen duidelijke hulpvraag hadden, om
                    informatie te blijven toevoegen en later de regie weer te kunnen overnemen.
                    Dat vraagt extra tijd van het lokale team, omdat een complexe casus niet wordt
                    afgesloten.
                """),
            },
            {
                "theme": "Onbekendheid met de producten",
                "text": _t("""
                    De verlenging met een half jaar was volgens de jeugdbeschermer ook met product
                    2a op te vangen geweest. Bij de Raad en de rechtbank was dat product onbekend.
                """),
            },
            {
                "theme": "Ruimte van het management",
                "text": _t("""
                    Samen optrekken maakte het mogelijk vasthoudend te zijn. De ruimte die het
                    management daarvoor gaf, werd als zeer prettig ervaren.
                """),
            },
        ],
        "quotes": [
            {
                "role": "jeugdbeschermer",
                "text": _t("""
                    Omdat ik alle informatie had, begreep ik waarom een maatregel hier nodig was
                    en niet te voorkomen viel. Zo wil ik mijn werk eigenlijk altijd doen.
                """),
            },
            {
                "role": "gezinscoach",
                "text": _t("""
                    We bleven erbij, ook toen er geen hulpvraag lag. Dat voelde soms
                    ongemakkelijk, maar het betaalde zich uit toen we de regie weer overnamen.
                """),
            },
            {
                "role": "moeder",
                "text": _t("""
                    Dat halve jaar extra gaf me tijd om aan de nieuwe situatie te wennen, met
                    iemand naast me.
                """),
            },
        ],
        "hours_lt": None,
        "hours_gi": None,
        "outcome": _t("""
            De onrust in het gezin is sterk afgenomen: de kinderen wonen stabiel bij één ouder,
            moeder is in behandeling en beide ouders vragen eerder om steun als het wantrouwen
            tussen hen oploopt. De OTS loopt na een laatste half jaar af, met het CJG weer aan het
            roer. Hoeveel extra tijd de samenwerking kostte, is niet precies bekend. Aan het
            begin vroeg de afstemming tussen GI en CJG meer tijd dan gewoonlijk; volgens de
            jeugdbeschermer werd die tijd aan het einde van de OTS ruimschoots terugverdiend.
        """),
        "lessons": [
            "Vervang de overdracht na de JBT door een gezamenlijke kennismaking met het gezin.",
            "Leg de taakverdeling vast en houd die bij; bespreek regelmatig hoe je rollen uitlegt.",
            "Blijf als lokaal team betrokken, ook zonder hulpvraag, om later de regie terug te nemen.",
            "Maak product 2a bekend bij de Raad en de rechtbank als alternatief voor verlenging.",
        ],
        "period": "2020–2022",
        "factors": [
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "interpersoonlijk",
                "text": _t("""
                    Een gezamenlijke kennismaking en een vastgelegde taakverdeling in plaats van
                    een overdracht.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": _t("""
                    Gezinscoach en jeugdbeschermer bleven samen vasthoudend richting moeder, ook
                    toen zij afspraken miste.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "context",
                "text": _t("""
                    Inschrijving in een andere gemeente beperkte het verzoek tot onderzoek tot een
                    deel van de kinderen en kostte veel afstemming.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "context",
                "text": _t("""
                    Raad en rechtbank kenden product 2a niet, waardoor voor verlenging van de OTS
                    werd gekozen.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": _t("""
                    Het management gaf de ruimte om vasthoudend te zijn en betrokken te blijven.
                """),
            },
        ],
    },
    # ------------------------------------------------------------------ 5. OTS toch noodzakelijk
    {
        "slug": "ots-toch-noodzakelijk-vastgelopen-samenwerking",
        "title": "Toen de samenwerking vastliep",
        "case_type": "ots_toch_noodzakelijk",
        "region": "Haaglanden",
        "family": _t("""
            moeder en vader (gescheiden, allebei met gezag) en twee kinderen (6–11 jaar en
            12–17 jaar)
        """),
        "local_team_context": _t("""
            In deze gemeente was Beter Samenspel net begonnen. Een paar medewerkers van het
            lokale team hadden de training gevolgd, maar in het gewone casuïstiekoverleg kwam de
            werkwijze nog niet terug en er was geen ervaren collega om mee te kijken. Bij de GI
            was door personeelstekort nauwelijks ruimte voor preventieve inzet, en de vaste
            jeugdbeschermer voor de gemeente was kort daarvoor vertrokken.
        """),
        "trigger": _t("""
            De oudste verzuimt al maanden van school en sluit zich thuis op. School en huisarts
            maken zich zorgen. Tussen de ouders, die gescheiden zijn maar allebei gezag hebben,
            lopen de conflicten over de zorgregeling steeds verder op, en de kinderen worden
            daar regelmatig bij betrokken. Moeder klopt bij het lokale team aan.
        """),
        "course": [
            _t("""
                Na een weging in het team wil de medewerker van het lokale team samen optrekken
                met een preventief jeugdbeschermer (product 2a). Moeder stemt in, vader weigert:
                voor hem voelt contact met de jeugdbescherming als een eerste stap naar een
                maatregel. In het team is onduidelijk of product 2a kan starten met instemming
                van één ouder, en wat het weigeren van vader betekent. Het antwoord staat niet in
                het handboek; het uitzoeken kost weken.
            """),
            _t("""
                Als de inzet uiteindelijk begint, is er bij de GI niemand structureel
                beschikbaar. Binnen twee maanden wisselt de jeugdbeschermer twee keer. Er komt
                geen gezamenlijke weging, tijdslijn of analyse tot stand; de professionals
                spreken de ouders apart en geven elk een eigen boodschap. Vader hoort van de een
                dat alles vrijwillig is en van de ander dat er anders een melding volgt.
            """),
            _t("""
                Lokaal team en GI schatten de ernst verschillend in. De jeugdbeschermer wil een
                verzoek tot onderzoek, de medewerker van het lokale team wil eerst het contact
                met vader herstellen. Het verschil wordt niet in een gezamenlijk overleg
                uitgesproken, maar blijft hangen in losse telefoontjes. Niemand legt de
                vastgelopen samenwerking voor aan leidinggevenden of projectleiding.
            """),
            _t("""
                Na een hoog opgelopen ruzie bij een wisselmoment, waarbij de politie komt, volgt
                een melding bij Veilig Thuis. Onder tijdsdruk schrijft het lokale team een
                verzoek tot onderzoek. De Jeugdbeschermingstafel besluit tot een raadsonderzoek;
                een overbruggend product komt er niet, omdat vader niet instemt. Het lokale team
                sluit daarna de casus en de informatie gaat alleen via het verzoek tot onderzoek
                mee.
            """),
            _t("""
                Na het raadsonderzoek spreekt de kinderrechter voor beide kinderen een OTS uit.
                De nieuwe jeugdbeschermer begint opnieuw met kennismaken en beide ouders moeten
                hun verhaal nog een keer doen. Het vertrouwen van vader in hulpverlening is op een
                dieptepunt.
            """),
        ],
        "side_box": _t("""
            Voor product 2a is instemming nodig van de ouders met gezag. De bouwsteen privacy
            beschrijft vooral hoe je toestemming vraagt, en minder wat je doet als een ouder nee
            zegt, of in hoeverre een ouder bij zorgen over veiligheid echt vrij is om te weigeren.
            In leer- en ontwikkelteams is gevraagd dit verder uit te werken, met aandacht voor
            proportionaliteit, rechtsbescherming en ethiek. Waar een regel of een onduidelijkheid
            de praktijk blokkeert, hoort dat te worden gemeld bij wie de werkwijze onderhoudt,
            zodat het beleid kan worden aangepast.
        """),
        "building_blocks": ["weging", "privacy", "samenwerking", "samenwerkingsprincipes"],
        "products": ["2a"],
        "legal_steps": ["veilig_thuis", "vto", "jbt", "rvdk", "ots"],
        "kader": "drang",
        "without_method": _t("""
            Waarschijnlijk was het verloop niet wezenlijk anders geweest. De werkwijze werd in
            naam ingezet, maar de kern ervan, samen wegen, samen analyseren en één plan, kwam
            nooit van de grond. Misschien was een vroege melding bij de Jeugdbeschermingstafel
            voor vader zelfs duidelijker geweest dan de wisselende boodschappen die hij nu kreeg.
            Deze casus laat zien dat een product inzetten nog geen samenwerking is.
        """),
        "looking_back": [
            {
                "theme": "Toestemming van beide ouders",
                "text": _t("""
                    Niemand wist hoe te handelen toen de ene ouder instemde en de andere niet. Een
                    duidelijke werkinstructie, of een vast aanspreekpunt voor zulke vragen, had
                    weken gescheeld.
                """),
            },
            {
                "theme": "Wisselingen bij de GI",
                "text": _t("""
                    Door de wisselingen ontstond geen werkrelatie, niet met het gezin en niet
                    tussen de professionals. De preventieve inzet werd een reeks losse contacten.
                """),
            },
            {
                "theme": "Verschil van inzicht niet besproken",
                "text": _t("""
                    Lokaal team en GI zagen de ernst verschillend, maar er was geen moment om dat
                    samen te onderzoeken en met één werkhypothese te starten. Het verschil werd
                    pas zichtbaar toen het incident al had plaatsgevonden.
                """),
            },
            {
                "theme": "Afsluiten na de tafel",
                "text": _t("""
                    Door de casus na de Jeugdbeschermingstafel te sluiten, verdween de kennis van
                    het lokale team uit beeld. Het gezin moest opnieuw beginnen bij iemand die het
                    niet kende.
                """),
            },
        ],
        "quotes": [
            {
                "role": "medewerker lokaal team",
                "text": _t("""
                    Ik moest de werkwijze uitvoeren zonder dat iemand me kon vertellen hoe dat
                    gaat bij een ouder die nee zegt.
                """),
            },
            {
                "role": "jeugdbeschermer",
                "text": _t("""
                    Ik kwam binnen in een casus waar al twee collega's waren geweest. Het gezin
                    had geen zin om weer opnieuw te beginnen, en dat begrijp ik.
                """),
            },
            {
                "role": "vader",
                "text": _t("""
                    De een zei dat het vrijwillig was, de ander dat er anders een melding kwam.
                    Wie moest ik geloven?
                """),
            },
        ],
        "hours_lt": 12,
        "hours_gi": 9,
        "outcome": _t("""
            Voor beide kinderen loopt een OTS. De oudste gaat na verloop van tijd weer een deel
            van de week naar school, maar de verhouding tussen de ouders is verder verhard en
            vader wil nog steeds geen gesprekken met het lokale team. Van de 25 uur van product
            2a is 9 uur gebruikt, verspreid over drie jeugdbeschermers. Achteraf zijn de
            betrokkenen het erover eens dat de maatregel misschien niet nodig was geweest met
            vanaf het begin één vast koppel, een gezamenlijke weging en een antwoord op de
            toestemmingsvraag. De vraag over toestemming van één ouder is na afloop voorgelegd
            aan de regionale projectleiding.
        """),
        "lessons": [
            "Een product inzetten is nog geen samenwerking: maak samen een weging en één plan.",
            "Regel vooraf wat te doen als één ouder met gezag instemt en de ander niet.",
            "Zorg bij de GI voor een vaste jeugdbeschermer per gemeente, met vervanging.",
            "Bespreek een verschil in inschatting van de ernst samen, niet in losse telefoontjes.",
            "Escaleer een vastgelopen samenwerking of blokkerende regel naar wie het kan oplossen.",
            "Sluit de casus niet af na de tafel; blijf betrokken tot de GI het gezin kent.",
        ],
        "period": "2021–2023",
        "factors": [
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": "Moeder zocht zelf hulp en stemde in met samenwerking met de GI.",
            },
            {
                "polarity": "helping",
                "cluster": "kennisdeling",
                "level": "context",
                "text": "School en huisarts deelden hun zorgen tijdig met het lokale team.",
            },
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "context",
                "text": _t("""
                    Onduidelijk wat te doen als één ouder met gezag weigert; het handboek gaf
                    geen antwoord en uitzoeken kostte weken.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": _t("""
                    Personeelstekort bij de GI: geen vaste jeugdbeschermer, twee wisselingen in
                    korte tijd.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": _t("""
                    Geen gezamenlijke weging of analyse; verschil in inschatting van de ernst
                    werd niet samen besproken.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "professional",
                "text": _t("""
                    Tegenstrijdige boodschappen aan vader over vrijwilligheid en de mogelijke
                    melding.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "organisatie",
                "text": _t("""
                    Weinig getrainde collega's en geen methodische begeleiding in het
                    casuïstiekoverleg.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "organisatie",
                "level": "professional",
                "text": _t("""
                    Het lokale team sloot de casus na de Jeugdbeschermingstafel; kennis ging
                    verloren.
                """),
            },
        ],
    },
    # ------------------------------------------------------------------ 6. Samenwerking tijdens OTS
    {
        "slug": "samenwerking-tijdens-ots-lokaal-team-terug-aan-tafel",
        "title": "Het lokale team terug aan tafel tijdens de OTS",
        "case_type": "samenwerking_tijdens_ots",
        "region": "middelgrote gemeente in Haaglanden",
        "family": "vader (alleenstaand) en twee kinderen (6–11 jaar en 12–17 jaar)",
        "local_team_context": _t("""
            Het lokale team werkt hier al enige tijd met Beter Samenspel. De meeste medewerkers
            zijn getraind en een gedragswetenschapper begeleidt de casuïstiekbesprekingen, waarin
            de bouwstenen vast terugkomen. Wel was het nog gewoonte om een casus te sluiten
            zodra een OTS werd uitgesproken.
        """),
        "trigger": _t("""
            Na zorgen van school over verwaarlozing en een onderzoek door Veilig Thuis loopt er
            een OTS. Het lokale team had het dossier bij de start van de maatregel gesloten.
            Enkele maanden later ziet de jeugdbeschermer dat dezelfde problemen steeds terugkomen:
            afspraken worden gemaakt, houden een paar weken stand en verwateren dan. Vader heeft
            grote zorgen over geld en wonen, en de oudste krijgt ambulante jeugd-ggz.
        """),
        "course": [
            _t("""
                De jeugdbeschermer nodigt het lokale team uit om weer aan te sluiten. Samen maken
                ze afspraken over rollen: de jeugdbeschermer houdt de regie en de
                veiligheidsinschatting, het lokale team pakt wonen en inkomen op en denkt mee over
                de gezinssituatie als geheel.
            """),
            _t("""
                Met vader en de oudste maken ze een tijdslijn, waarin ook vaders eigen kijk een
                plek krijgt. Op een groot vel papier tekenen ze de gezinspatronen: als de
                geldzorgen oplopen, trekt vader zich terug, neemt de oudste de zorg voor de
                jongste over en hapert de schoolgang van allebei. Ook het patroon van de
                hulpverlening wordt zichtbaar: elke instantie reageerde apart op haar eigen
                signaal.
            """),
            _t("""
                In elk netwerkberaad is een korte reflectie ingebouwd, met vader erbij: wat hielp
                deze periode in de samenwerking, en wat niet? Vader zegt dat hij voor het eerst
                het gevoel heeft dat er één verhaal is in plaats van drie.
            """),
            _t("""
                Het knelpunt zit in de informatie-uitwisseling met de jeugd-ggz van de oudste.
                Die kent Beter Samenspel niet, neemt niet deel aan de beraden en wil zonder
                aparte toestemming van de jongere weinig delen. Het duurt enkele maanden voordat
                er afspraken liggen over welke grote lijnen worden gedeeld en met wiens
                toestemming.
            """),
            _t("""
                Met een haalbare eindsituatie als richtpunt (stabiel wonen, een vaste schoolgang
                en een vader die op tijd hulp vraagt) werken ze aan een borgingsplan. De OTS wordt
                één keer verlengd, omdat de afstemming met de jeugd-ggz te laat op gang kwam.
                Daarna eindigt de maatregel en neemt het lokale team de regie over; de
                jeugdbeschermer blijft via product 2a nog kort op de achtergrond beschikbaar.
            """),
        ],
        "side_box": _t("""
            Blijvende betrokkenheid van het lokale team tijdens een OTS is een kernpunt van Beter
            Samenspel. De jeugdbeschermer houdt de regie; het lokale team blijft aangehaakt,
            bijvoorbeeld op andere leefgebieden, en pakt de draad weer op zodra de maatregel kan
            stoppen. Zo hoeft een gezin na de maatregel niet opnieuw te beginnen bij iemand die
            het niet kent. Reflectie hoort daarbij niet alleen tussen professionals plaats te
            vinden, maar ook met het gezin.
        """),
        "building_blocks": [
            "samenwerking",
            "samenwerkingsprincipes",
            "reflectie",
            "privacy",
            "tijdslijn",
            "gezinspatronen",
            "van-patroon-naar-haalbare-eindsituatie",
        ],
        "products": ["2a"],
        "legal_steps": ["veilig_thuis", "ots"],
        "kader": "dwang",
        "without_method": _t("""
            Zonder het lokale team aan tafel was de jeugdbeschermer waarschijnlijk vooral bezig
            gebleven met het oplossen van losse geldproblemen, terwijl het onderliggende patroon
            buiten beeld bleef. Bij het einde van de maatregel was er dan geen vertrouwde partij
            geweest om het over te nemen, met een reëel risico op een nieuwe melding.
        """),
        "looking_back": [
            {
                "theme": "Reflectie met het gezin",
                "text": _t("""
                    Door de reflectie met vader erbij werd de samenwerking iets van iedereen.
                    Kleine irritaties kwamen eerder op tafel, voordat ze konden uitgroeien tot
                    breuken.
                """),
            },
            {
                "theme": "Partijen die de werkwijze niet kennen",
                "text": _t("""
                    De samenwerkingsprincipes gaan uit van volledige uitwisseling van informatie,
                    maar zeggen weinig over partners die de werkwijze niet kennen. Wat volledige
                    uitwisseling betekent, moest in deze casus apart worden uitgezocht.
                """),
            },
            {
                "theme": "Niet sluiten bij de start van een OTS",
                "text": _t("""
                    Na deze casus paste het lokale team de eigen werkinstructie aan: bij een OTS
                    wordt de casus niet meer automatisch gesloten.
                """),
            },
        ],
        "quotes": [
            {
                "role": "vader",
                "text": _t("""
                    Eerst moest ik alles drie keer vertellen. Nu zit iedereen aan één tafel en
                    weet ik wie ik moet bellen.
                """),
            },
            {
                "role": "jeugdbeschermer",
                "text": _t("""
                    Het lokale team kent de regelingen en de mensen in de gemeente. Daardoor kon
                    ik me richten op de veiligheid van de kinderen.
                """),
            },
            {
                "role": "gedragswetenschapper",
                "text": _t("""
                    De verlenging was te voorkomen geweest als we de jeugd-ggz vanaf het begin
                    hadden meegenomen.
                """),
            },
        ],
        "hours_lt": 18,
        "hours_gi": 4,
        "outcome": _t("""
            De OTS is na één verlenging beëindigd. Het gezin woont stabiel, beide kinderen gaan
            weer geregeld naar school en vader belt zelf als de geldzorgen oplopen. Het lokale
            team besteedde ongeveer 18 uur aan tijdslijn, patroongesprekken en netwerkberaden
            tijdens de OTS; na de maatregel gebruikte de jeugdbeschermer 4 uur van product 2a. De
            verlenging laat zien dat een partner die niet meedoet een hele maatregel kan
            vertragen.
        """),
        "lessons": [
            "Sluit de casus niet bij de start van een OTS; spreek rollen af en blijf aangehaakt.",
            "Bouw reflectie met het gezin in elk netwerkberaad in.",
            "Betrek partners die de werkwijze niet kennen vroeg, en leg informatieafspraken vast.",
            "Werk vanaf de haalbare eindsituatie aan een borgingsplan voordat de maatregel stopt.",
        ],
        "period": "2022–2023",
        "factors": [
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "professional",
                "text": _t("""
                    De jeugdbeschermer nam zelf het initiatief om het lokale team terug te halen.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "interpersoonlijk",
                "text": _t("""
                    Heldere rolverdeling: regie en veiligheid bij de GI, wonen en inkomen bij het
                    lokale team.
                """),
            },
            {
                "polarity": "helping",
                "cluster": "kennisdeling",
                "level": "interpersoonlijk",
                "text": _t("""
                    Korte reflectie in elk netwerkberaad, met vader erbij.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "context",
                "text": _t("""
                    De jeugd-ggz kende de werkwijze niet en deelde weinig informatie zonder
                    aparte toestemming van de jongere.
                """),
            },
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "organisatie",
                "text": _t("""
                    Gewoonte om de casus te sluiten bij de start van een OTS.
                """),
            },
        ],
    },
]


MOMENTS_OF_TRUTH = [
    # Pair 1: dreigend geweld
    {
        "slug": "dreigend-geweld-snel-schakelen-en-rust-bewaren",
        "title": "Dreigend geweld: snel schakelen en rust bewaren",
        "ended_well": True,
        "situation": _t("""
            Een moeder en haar kinderen worden bedreigd door een ex-partner. De gezinscoach
            vraagt anoniem advies aan een jeugdbeschermer (product 1) en samen schatten ze de
            risico's in, nog voordat de dreiging acuut wordt.
        """),
        "what_happened": _t("""
            Als de dreiging op een avond concreet wordt, schalen lokaal team, Veilig Thuis en
            politie binnen enkele uren op. Door de vooraf gemaakte rolverdeling weet ieder wat te
            doen, en via bestaande contacten kan het gezin dezelfde avond naar een veilige plek.
            De professionals blijven rustig en stemmen hun tempo af op wat het gezin aankan.
        """),
        "why_tense": _t("""
            Er moest buiten kantoortijd worden besloten, met onvolledige informatie, terwijl een
            verkeerde inschatting direct gevolgen kon hebben voor de veiligheid van moeder en
            kinderen.
        """),
        "factors": [
            {
                "polarity": "helping",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": "Risico's werden vooraf samen ingeschat, niet pas op het moment zelf.",
            },
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "professional",
                "text": "Professionals voelden zich verantwoordelijk, ook buiten werktijd.",
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": "Een vooraf afgesproken rolverdeling en bestaande contacten met opvang.",
            },
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": "Daadkracht gecombineerd met rust en inlevingsvermogen richting het gezin.",
            },
        ],
    },
    {
        "slug": "dreigend-geweld-een-partij-wijkt-af",
        "title": "Dreigend geweld: één partij wijkt af van het plan",
        "ended_well": False,
        "situation": _t("""
            Meerdere signalen wijzen erop dat een moeder en haar kind gevaar lopen door een nieuwe
            partner. Het kind woont al bij familie, maar lijkt ook daar niet veilig. Lokaal team,
            GI en politie spreken een plan in meerdere sporen af, dat begint met een apart gesprek
            met moeder om de risico's goed in te schatten.
        """),
        "what_happened": _t("""
            Een behandelaar van een externe zorgaanbieder wijzigt het plan op eigen houtje en
            spreekt moeder en partner samen. Moeder vertelt daardoor niet dat ze gevaar loopt, en
            de veiligheid blijft onzeker. Bij de evaluatie ontbreekt de behandelaar, zodat het
            verschil niet besproken kan worden. Er moet een nieuw plan komen, dat alleen nog de
            veiligheid van het kind kan borgen.
        """),
        "why_tense": _t("""
            De partijen schatten de ernst en de inzet van drang verschillend in, spraken hun
            verwachtingen van elkaar niet uit en voelden zich niet gezamenlijk verantwoordelijk.
            Door privacyregels kregen sommigen nauwelijks informatie over het vervolg.
        """),
        "factors": [
            {
                "polarity": "helping",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": "Proactieve risico-inschatting op basis van signalen uit meerdere bronnen.",
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": "Goede samenwerking tussen lokaal team, GI, Veilig Thuis en politie.",
            },
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "organisatie",
                "text": "Een partij week af van de afgesproken werkwijze, ondanks de briefing.",
            },
            {
                "polarity": "hindering",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": "Geen gezamenlijke evaluatie na de interventie.",
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": "Verwachtingen van elkaar waren niet uitgesproken.",
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "context",
                "text": "Beperkte informatie over het vervolg vanwege privacyregels.",
            },
        ],
    },
    # Pair 2: overdracht en afschalen
    {
        "slug": "overdracht-pas-loslaten-als-het-is-overgenomen",
        "title": "Overdracht: pas loslaten als het is overgenomen",
        "ended_well": True,
        "situation": _t("""
            Een OTS voor een jongere (12–17 jaar) loopt af. De jeugdbeschermer en de gezinscoach
            moeten de regie terugleggen bij het lokale team, terwijl de jongere net vertrouwen
            had opgebouwd in de jeugdbeschermer.
        """),
        "what_happened": _t("""
            Ze plannen een gezamenlijk overdrachtsgesprek met de jongere en de ouders, waarin ze
            bespreken wat werkte en wat nodig blijft. De jeugdbeschermer blijft via product 2a nog
            bereikbaar en belt na enkele weken om te horen hoe het gaat. De nieuwe begeleiding
            sluit goed aan bij de vraag van de jongere.
        """),
        "why_tense": _t("""
            Loslaten voelde riskant: eerdere overdrachten waren misgegaan en de jongere was bang
            het vertrouwde aanspreekpunt kwijt te raken.
        """),
        "factors": [
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "interpersoonlijk",
                "text": "Een warme overdracht in één gesprek, met jongere en ouders erbij.",
            },
            {
                "polarity": "helping",
                "cluster": "kennisdeling",
                "level": "interpersoonlijk",
                "text": "Bij de overdracht informeerden de professionals elkaar volledig.",
            },
            {
                "polarity": "helping",
                "cluster": "houding_deelnemers",
                "level": "professional",
                "text": "Aansluiten bij de vraag van de jongere in plaats van bij het aanbod.",
            },
            {
                "polarity": "helping",
                "cluster": "spelregels",
                "level": "organisatie",
                "text": "Product 2a hield de jeugdbeschermer na de OTS op de achtergrond bereikbaar.",
            },
        ],
    },
    {
        "slug": "afschalen-losgelaten-en-toch-gevallen",
        "title": "Afschalen: losgelaten en toch gevallen",
        "ended_well": False,
        "situation": _t("""
            Na een lange, intensieve gezinsbehandeling is het tijd om af te schalen. Het lokale
            team kiest een andere vervolgaanbieder dan de behandelaar had voorgesteld.
        """),
        "what_happened": _t("""
            De behandelaar twijfelt aan die keuze, maar uit die twijfel bij de overdracht
            nauwelijks: de werkdruk is hoog en het beleid schrijft voor dat de behandeling stopt.
            Het nieuwe aanbod past niet, er moet weer worden opgeschaald en het gezin krijgt
            opnieuw een andere begeleider. De ouders raken daardoor extra belast.
        """),
        "why_tense": _t("""
            De behandelaar moest loslaten terwijl het gezin de hulp nog nodig had, en er was geen
            moment om twijfels over de vervolgkeuze samen door te spreken.
        """),
        "factors": [
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "context",
                "text": "Beleid dwong tot stoppen met begeleiding, ondanks de behoefte van het gezin.",
            },
            {
                "polarity": "hindering",
                "cluster": "kennisdeling",
                "level": "interpersoonlijk",
                "text": "Twijfels over de vervolgkeuze werden niet gedeeld en niet besproken.",
            },
            {
                "polarity": "hindering",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": "Hoge werkdruk liet geen ruimte voor een zorgvuldige overdracht.",
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": "Van veel verbinding met de ouders naar bijna geen verbinding.",
            },
        ],
    },
    # Pair 3: verschil in inschatting
    {
        "slug": "verschil-in-ernst-het-meningsverschil-op-tafel",
        "title": "Verschil in ernst: het meningsverschil op tafel",
        "ended_well": True,
        "situation": _t("""
            Een alleenstaande moeder heeft een zeer kwetsbare dochter (12–17 jaar) die grote
            risico's loopt. Intensieve opvoedhulp en spoedzorg zijn niet genoeg. Een verzoek om
            een maatregel wordt na onderzoek niet overgenomen, omdat de ernst lager wordt
            ingeschat.
        """),
        "what_happened": _t("""
            Het lokale team voelt zich verantwoordelijk, maar staat niet achter de aanpak die
            overblijft. Eén van de professionals neemt het initiatief om het verschil en de
            spanning met alle betrokkenen te bespreken. Ze wisselen verwachtingen uit en
            onderzoeken waar de verschillende inschattingen vandaan komen. Daarna is de aanpak
            beter gedeeld, en de vraag over verantwoordelijkheden wordt ook op managementniveau
            besproken.
        """),
        "why_tense": _t("""
            Er was een echt verschil van mening over de ernst en over wie verantwoordelijk was,
            terwijl het meisje intussen risico liep.
        """),
        "factors": [
            {
                "polarity": "helping",
                "cluster": "besluitvormingsproces",
                "level": "interpersoonlijk",
                "text": "Het verschil in inschatting werd benoemd en samen onderzocht.",
            },
            {
                "polarity": "helping",
                "cluster": "kennisdeling",
                "level": "organisatie",
                "text": "Intervisie om verwachtingen te delen en van de casus te leren.",
            },
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "organisatie",
                "text": "Afstemming op managementniveau over veiligheid en verantwoordelijkheden.",
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": _t("""
                    Het lokale team was eindverantwoordelijk, maar stond aanvankelijk niet achter
                    de aanpak.
                """),
            },
        ],
    },
    {
        "slug": "verschil-in-aanpak-vastgehouden-aan-het-protocol",
        "title": "Verschil in aanpak: vastgehouden aan het protocol",
        "ended_well": False,
        "situation": _t("""
            Gescheiden ouders met meerdere kinderen krijgen te maken met een melding van
            huiselijk geweld. Na onderzoek geeft het lokale team een heldere opdracht mee: de
            ouders moeten weer samen verantwoordelijkheid dragen voor een veilige opvoeding.
        """),
        "what_happened": _t("""
            Bij de overdracht blijkt dat de zorgaanbieder de voorgestelde aanpak niet overneemt en
            vasthoudt aan het vaste protocol van een ingekochte module. Dat past niet bij een
            angstige moeder. Herhaalde pogingen leveren geen gedeelde visie op. Later blijkt het
            advies van het lokale team terecht, maar dan is er al veel vertraging en is het
            vertrouwen in de samenwerking beschadigd.
        """),
        "why_tense": _t("""
            Het inkoopcontract liet geen ruimte om af te wijken, terwijl de professionals zagen
            dat maatwerk nodig was. Niemand legde het knelpunt voor aan wie het contract kon
            aanpassen.
        """),
        "factors": [
            {
                "polarity": "helping",
                "cluster": "organisatie",
                "level": "interpersoonlijk",
                "text": "Een zorgvuldige mondelinge overdracht met een heldere opdracht.",
            },
            {
                "polarity": "hindering",
                "cluster": "spelregels",
                "level": "context",
                "text": "Een verplichte methodiek zonder ruimte voor aanpassing aan het gezin.",
            },
            {
                "polarity": "hindering",
                "cluster": "houding_deelnemers",
                "level": "interpersoonlijk",
                "text": "Geen gedeelde visie, ondanks herhaalde pogingen om het verschil te overbruggen.",
            },
            {
                "polarity": "hindering",
                "cluster": "besluitvormingsproces",
                "level": "organisatie",
                "text": "Na interne afstemming bij de aanbieder volgde geen bijstelling; veel vertraging.",
            },
        ],
    },
]
