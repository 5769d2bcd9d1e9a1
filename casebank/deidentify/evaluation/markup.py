"""Turn marked-up stories into evaluation records with computed character offsets.

A story source file holds blocks separated by a header line::

    ### dev-001 style=chat known=Sandra=moeder;Noah
    Moeder [[person:Sandra]] belde de {{gezinscoach}} op [[date:3 maart 2024]].

``[[kind:text]]`` marks an identifier, ``{{text}}`` a domain word that must stay. The markers
are removed and offsets computed here, never by hand. Whitespace is normalised to single spaces,
so a no-break space is written ``&nbsp;`` and becomes U+00A0 in the text:

    python -m casebank.deidentify.evaluation.markup dev_source.txt dev.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[\[(?P<kind>[a-z_]+):(?P<ident>.+?)\]\]|\{\{(?P<domain>.+?)\}\}", re.DOTALL)
HEADER = re.compile(r"^### (?P<id>\S+)(?P<options>.*)$", re.MULTILINE)


def parse_story(body: str) -> tuple[str, list[dict], list[dict]]:
    """The plain text, its identifiers and its domain words, with offsets into the text."""
    text_parts: list[str] = []
    identifiers: list[dict] = []
    domain_words: list[dict] = []
    position = 0
    length = 0
    for match in MARK.finditer(body):
        plain = body[position : match.start()]
        text_parts.append(plain)
        length += len(plain)
        inner = match.group("ident") if match.group("kind") else match.group("domain")
        start, end = length, length + len(inner)
        text_parts.append(inner)
        length = end
        if match.group("kind"):
            identifiers.append(
                {"start": start, "end": end, "kind": match.group("kind"), "text": inner}
            )
        else:
            domain_words.append({"start": start, "end": end, "text": inner})
        position = match.end()
    text_parts.append(body[position:])
    text = "".join(text_parts)
    for span in [*identifiers, *domain_words]:
        assert text[span["start"] : span["end"]] == span["text"], span
    return text, identifiers, domain_words


def parse_source(source: str) -> list[dict]:
    headers = list(HEADER.finditer(source))
    records = []
    for index, header in enumerate(headers):
        end = headers[index + 1].start() if index + 1 < len(headers) else len(source)
        body = " ".join(source[header.end() : end].split()).replace("&nbsp;", "\u00a0")
        text, identifiers, domain_words = parse_story(body)
        record: dict = {"id": header.group("id"), "text": text, "identifiers": identifiers,
                        "domain_words": domain_words}  # fmt: skip
        for option in header.group("options").split():
            key, _, value = option.partition("=")
            if key == "style":
                record["style"] = value
            elif key == "known":
                record["known"] = [_known(item) for item in value.split(";") if item]
        records.append(record)
    return records


def _known(item: str) -> dict:
    name, separator, label = item.replace("_", " ").partition("=")
    return {"name": name, "label": label} if separator else {"name": name}


def main(argv: list[str]) -> None:
    source, target = Path(argv[0]), Path(argv[1])
    records = parse_source(source.read_text(encoding="utf-8"))
    with target.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    identifiers = sum(len(record["identifiers"]) for record in records)
    print(f"{len(records)} stories, {identifiers} identifiers -> {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
