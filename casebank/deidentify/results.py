"""Value objects the de-identifier takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KnownEntity:
    """A name or place the submitter listed, with the label it should become.

    ``label=None`` lets the label state pick one (``[persoon N]`` for people, ``[school]`` for a
    school name, and so on).
    """

    name: str
    label: str | None = None

    @classmethod
    def parse(cls, value: KnownEntity | str) -> KnownEntity:
        """Accept an entity, a bare ``"Name"`` or a command-line style ``"Name=label"``."""
        if isinstance(value, KnownEntity):
            return value
        name, separator, label = value.partition("=")
        return cls(name.strip(), label.strip() or None if separator else None)


@dataclass(frozen=True)
class Finding:
    """One replaced identifier; ``start``/``end`` are offsets in the original text."""

    start: int
    end: int
    kind: str
    replacement: str
    original: str

    def as_dict(self) -> dict[str, int | str]:
        # The original is left out on purpose: this dict is what leaves the process.
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "replacement": self.replacement,
        }


@dataclass(frozen=True)
class Result:
    """The de-identified text and what was replaced.

    ``kept`` lists identifying mentions that were deliberately left in the text (municipality
    names unless ``generalise_municipality=True``) so that a separate risk check can weigh them.
    """

    text: str
    findings: list[Finding]
    kept: list[Finding] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "findings": [finding.as_dict() for finding in self.findings]}
