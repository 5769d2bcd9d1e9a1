"""Build or load the deduce model once: ``python -m casebank.deidentify.warmup``.

Run it at deploy time so the first request does not pay deduce's one-time cache build.
"""

from __future__ import annotations

import time

from . import lexicon
from .model import cache_path, get_deduce


def main() -> None:
    started = time.perf_counter()
    get_deduce()
    lexicon.load()  # wordfreq's Dutch list for the unknown-word detector, about a second
    print(f"deduce model ready in {time.perf_counter() - started:.1f} s (cache: {cache_path()})")


if __name__ == "__main__":
    main()
