"""One character for one: unicode dashes and spaces read as "-" and " " before matching.

Writers paste numbers from phones and word processors: "06‑29 33 71 08" with a non-breaking
hyphen, "C/09/704 338 JE RK 26 – 0042" with an en dash, a non-breaking space inside a postcode.
The detectors read the normalised copy; because every character maps to exactly one character,
offsets found in the copy are offsets in the original, and findings quote the original text.
"""

from __future__ import annotations

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_TABLE = str.maketrans({**dict.fromkeys(DASHES, "-"), **dict.fromkeys(SPACES, " ")})


def normalise(text: str) -> str:
    """``text`` with unicode dashes as "-" and unicode spaces as " "; the same length."""
    return text.translate(_TABLE)
