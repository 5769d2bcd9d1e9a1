"""Build casebank/deidentify/evaluation/quasi_dev.jsonl from marked-up sentences.

Each item is written with its quasi-identifiers marked as ``{kind|words}``; this script removes
the marks and computes the character offsets, so no offset is typed by hand.

    .venv/bin/python scripts/build_quasi_dev.py
"""

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "casebank/deidentify/evaluation/quasi_dev.jsonl"
MARK = re.compile(r"\{(condition|profession|achievement|language|employer)\|([^{}]+)\}")

ITEMS = [
    # conditions
    "Moeder en haar zoon van 7 wonen samen. De zoon heeft het {condition|syndroom van Prader-Willi} en moet streng op zijn eten letten.",
    "Bij de jongste werd vorig jaar {condition|mucoviscidose} vastgesteld; moeder gaat drie keer per week naar het ziekenhuis.",
    "vader heeft {condition|de ziekte van Huntington} en dat drukt zwaar op het gezin, zei de wijkcoach",
    "Dochter (12) heeft {condition|Rett-syndroom} en zit in een rolstoel. Zoon heeft ADHD.",
    "Het middelste kind heeft een {condition|22q11-deletie} en veel ziekenhuisafspraken.",
    "De baby werd geboren met {condition|spina bifida}. De ouders waren uitgeput.",
    "Zoon heeft {condition|sikkelcelziekte} en mist daardoor veel school.",
    "Moeder heeft sinds de bevalling een depressie en vader heeft diabetes; de kinderen hebben astma.",
    "Er is sprake van autisme bij beide kinderen en een angststoornis bij moeder.",
    "Het meisje heeft {condition|spierdystrofie van Duchenne}, wat bij meisjes vrijwel nooit voorkomt.",
    # professions
    "Vader werkt als {profession|hoefsmid} in de omgeving en is vaak weg.",
    "Moeder is {profession|notaris} en werkt lange dagen; de kinderen gaan naar de BSO.",
    "Hij is {profession|de enige imam in het dorp} en iedereen kent het gezin.",
    "Vader, {profession|beiaardier} van beroep, speelt elke zaterdag op de toren.",
    "De huisarts meldde zorgen bij Veilig Thuis. De advocaat van vader vroeg om uitstel.",
    "Vader is {profession|wethouder} in de gemeente en wil niet dat de school iets weet.",
    "Moeder werkt als verpleegkundige en vader als vrachtwagenchauffeur.",
    "Opa is {profession|molenaar} en de kinderen logeren vaak bij hem in de molen.",
    "Vader werkt als {profession|valkenier} op het vliegveld.",
    "De burgemeester legde een tijdelijk huisverbod op; de politie bracht vader weg.",
    # achievements
    "De oudste dochter werd vorig jaar {achievement|Nederlands kampioen} turnen in haar leeftijdsklasse.",
    "Zoon zit in de {achievement|nationale jeugdselectie} hockey en traint vijf keer per week.",
    "Het gezin kwam {achievement|in de krant} na de brand.",
    "De jongen was {achievement|op tv} bij een talentenshow en werd daarna op school gepest.",
    "Ze heeft een {achievement|wereldrecord} op de 50 meter vlinderslag bij de junioren.",
    "Vader {achievement|won de prijs} voor ondernemer van het jaar.",
    "Dochter deed mee aan {achievement|The Voice Kids}.",
    "De kinderen sporten graag; de zoon voetbalt bij de club in de wijk.",
    # languages
    "Moeder spreekt alleen {language|Wolof}; bij elk gesprek was een tolk nodig.",
    "Het gezin spreekt {language|Tigrinya} thuis en de kinderen tolken voor de ouders.",
    "Vader spreekt Arabisch en Nederlands, moeder Tamazight.",
    "Er werd een tolk {language|Tibetaans} geregeld via de tolkentelefoon.",
    "De oma spreekt alleen {language|Yoruba}, de kinderen spreken Engels en Nederlands.",
    "Gesprekken gingen in het Turks met hulp van een collega.",
    "moeder spreekt {language|Pashto} en een beetje Engels",
    # employers
    "Vader werkt bij {employer|Hoveniersbedrijf De Groene Vingers} en moeder is thuis.",
    "Moeder heeft {employer|een eigen nagelstudio} aan huis.",
    "Vader werkt bij de gemeente en moeder bij een supermarkt.",
    "Vader is in dienst bij {employer|Shell} en vaak in het buitenland.",
    "Ze runnen {employer|snackbar De Kroon} in het centrum.",
    "Moeder werkt voor {employer|Transportbedrijf Van Dijk} als planner.",
    # mixed
    "Vader werkt als {profession|rietdekker}, moeder heeft {condition|de ziekte van Pompe} en de zoon werd {achievement|Nederlands kampioen} dammen.",
    "Het gezin spreekt {language|Dari}; vader werkt bij {employer|Bakkerij Het Zoete Brood}.",
    "De tweeling heeft {condition|fenylketonurie} en moeder is {profession|dierenarts}.",
    "Moeder is {profession|de enige tandarts in het dorp}. Het gezin kwam {achievement|in het nieuws}.",
    # second batch: chat-style, e-mail and report styles
    "mam werkt als schoonmaakster bij een hotel, pa zit thuis met rugklachten",
    "Betreft: gezin met zoon die op hoog niveau schaakt; hij werd vorig jaar {achievement|jeugdkampioen van Nederland}.",
    "Vader is {profession|predikant} in een kleine gemeente en het gezin woont naast de kerk.",
    "De moeder, {profession|kinderarts} in het ziekenhuis, had weinig tijd voor de gesprekken.",
    "oma spreekt alleen {language|Amhaars} en past vaak op",
    "pa is {employer|eigenaar van de bloemenzaak} op de hoek, iedereen in de straat kent hem",
    "Moeder (tolk {language|Tigrinya} bij het azc) voelde zich verantwoordelijk voor iedereen.",
    "Hij werkt als {profession|stratenmaker} en is vaak vroeg de deur uit.",
    "De oom van de kinderen is {profession|profvoetballer} bij een eredivisieclub.",
    "mama is kapster en papa heeft een {employer|eigen klusbedrijf}",
    "Dochter {achievement|won goud op het NK} karate en traint elke dag.",
    "Zoon speelt in {achievement|Jong Oranje} en is veel weg voor interlands.",
    "Beste collega, hierbij de casus. Moeder is bekend met {condition|het syndroom van Ehlers-Danlos} en heeft veel pijn.",
    "Moeder heeft {condition|lupus} en is vaak moe; vader werkt in ploegendienst.",
    "mam heeft depressie, pa zit in de schuldsanering, de kids gaan naar de bso",
    "Vader is vrachtwagenchauffeur bij een transportbedrijf en moeder zorgt voor de kinderen.",
    "Moeder is gezaghouder; vader heeft geen gezag en woont in een andere gemeente.",
    "In het gezin wordt Berber en Nederlands gesproken. Er is een oranje map met afspraken.",
    "De dochter heeft {condition|de ziekte van Crohn} en een eetstoornis.",
    "Vader werkte tot vorig jaar als {profession|loods} in de haven.",
    "De jongste is {achievement|bekend van TikTok} met {achievement|miljoenen volgers}.",
    "Uit het verslag: moeder werkt als verzorgende in de thuiszorg en heeft een chronische ziekte.",
    "De familie heeft {employer|een eigen kwekerij} in het tuinbouwgebied.",
    "zoon zit op de {achievement|topsportschool} voor turnen",
    # none
    "Na drie gesprekken met de wijkcoach werd een plan gemaakt met het netwerk van het gezin.",
    "De school maakte zich zorgen over het verzuim; de leerplichtambtenaar werd ingeschakeld.",
    "Moeder voelde zich niet gehoord. Als dat eerder was gebeurd, was het anders gelopen.",
    "Het gezin woont in een flat en heeft schulden; de schuldhulpverlening loopt.",
]


def item(index, marked):
    text, quasi, cursor = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[cursor : match.start()]
        start = len(text)
        text += match.group(2)
        quasi.append(
            {"start": start, "end": len(text), "kind": match.group(1), "text": match.group(2)}
        )
        cursor = match.end()
    text += marked[cursor:]
    for span in quasi:
        assert text[span["start"] : span["end"]] == span["text"]
    return {"id": f"quasi-dev-{index:03d}", "text": text, "quasi": quasi}


def main():
    lines = [json.dumps(item(i + 1, m), ensure_ascii=False) for i, m in enumerate(ITEMS)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = sum(1 for line in lines if not json.loads(line)["quasi"])
    print(f"{len(lines)} items, {empty} without quasi-identifiers -> {OUT}")


if __name__ == "__main__":
    main()
