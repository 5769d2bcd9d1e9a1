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

    def __post_init__(self) -> None:
        # deduce hands out numpy integers for some offsets; what leaves the process must be
        # plain Python (json.dumps, the Case.findings JSON field).
        object.__setattr__(self, "start", int(self.start))
        object.__setattr__(self, "end", int(self.end))
        object.__setattr__(self, "kind", str(self.kind))
        object.__setattr__(self, "replacement", str(self.replacement))
        object.__setattr__(self, "original", str(self.original))

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
    flagged: list[Flag] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "findings": [finding.as_dict() for finding in self.findings],
            "flagged": [flag.as_dict() for flag in self.flagged],
        }


@dataclass(frozen=True)
class Flag:
    """A word left in the text that the reviewer should look at: it may be a name.

    ``start``/``end`` are offsets in the ORIGINAL text; ``reason`` is a short English code
    (``"unknown_word"``). The word itself is not carried: the reviewer sees it in the story.
    """

    start: int
    end: int
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", int(self.start))
        object.__setattr__(self, "end", int(self.end))

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "reason": self.reason}
