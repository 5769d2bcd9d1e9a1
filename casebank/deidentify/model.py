"""The one deduce model of this process.

Building ``deduce.Deduce()`` takes seconds (from its cache) to over a minute (first build after an
install, when deduce compiles its lookup lists and pickles them), so it is created lazily, once
per process, behind a lock, and shared by every call.

deduce writes its pickle in place, without a temporary file, so a process that reads while
another writes gets a truncated file. Construction therefore holds a file lock shared by all
processes of this project and retries when the pickle turns out to be half-written by someone
outside that lock. Warm the cache at deploy time with ``python -m casebank.deidentify.warmup``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - import only for type checkers
    import deduce

CACHE_DIR_ENV = "SAMENSPEL_DEDUCE_CACHE_DIR"
LOAD_ATTEMPTS = 5
RETRY_PAUSE_SECONDS = 3.0

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_model: deduce.Deduce | None = None


def get_deduce() -> deduce.Deduce:
    """Return the process-wide deduce model, building it on first use."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:  # another thread may have built it while we waited
                _model = _build_model()
    return _model


def deduce_lookup_path() -> Path:
    """Folder of deduce's own lookup lists (names, places, common words)."""
    import_deduce()
    import deduce  # lazy: slow to load

    return Path(deduce.__file__).parent / "data" / "lookup"


def import_deduce() -> None:
    """Import deduce without letting it reconfigure this process's logging.

    deduce calls ``logging.basicConfig(stream=sys.stdout, level=DEBUG)`` at import time; left
    alone, that would print log lines into the JSON written by the ``anonymise_text`` command.
    """
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import deduce  # noqa: F401  (lazy, as above; imported for its side effects, undone below)

    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


def _build_model() -> deduce.Deduce:
    import_deduce()
    import deduce  # lazy: as above

    folder = cache_path()
    with _interprocess_lock(folder):
        for attempt in range(1, LOAD_ATTEMPTS + 1):
            try:
                return deduce.Deduce(cache_path=folder)
            except (EOFError, pickle.UnpicklingError):
                if attempt == LOAD_ATTEMPTS:
                    raise
                logger.warning("deduce cache is being written by another process; retrying")
                time.sleep(RETRY_PAUSE_SECONDS * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


@contextlib.contextmanager
def _interprocess_lock(folder: Path) -> Iterator[None]:
    """Let one process at a time load or build the cache (POSIX only; elsewhere no lock)."""
    try:
        import fcntl  # lazy: POSIX-only (see the except below)
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    lock_folder = folder / "cache"
    if not os.access(lock_folder, os.W_OK):
        lock_folder = Path(tempfile.gettempdir())
    with open(lock_folder / "samenspel-deduce.lock", "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def cache_path() -> Path:
    """Where deduce keeps its pickled lookup structures.

    deduce writes next to its own package by default, which a production image may mount
    read-only; then a per-user cache folder is used instead (or the folder in the env var).
    """
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured)
    package_path = deduce_lookup_path()
    cache_folder = package_path / "cache"
    if (cache_folder / "lookup_structs.pickle").exists() or os.access(cache_folder, os.W_OK):
        return package_path
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "samenspel-deduce"
