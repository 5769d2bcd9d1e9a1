"""Content as data: reading the YAML files under ``<app>/content/`` and checking their shape.

Demo and seed content (method text, cases, session templates, the questionnaire) lives in YAML
files, not in Python literals. Each loader names the shape of its file as a ``TypedDict``; ``load``
checks the file against that shape with pydantic (which Wagtail already depends on) and returns
the plain data as read, so the seeders work on ordinary dicts and lists. A file that breaks its
shape fails loudly at load time. Shapes are ``typing_extensions.TypedDict`` (pydantic needs it on
Python 3.11), and ``tests/site/test_content_files.py`` loads every file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ConfigDict, TypeAdapter

# Every TypedDict of a content file refuses unknown keys, so a misspelt key is an error, not a
# silently ignored field.
STRICT = ConfigDict(extra="forbid")

T = TypeVar("T")


def read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def load(path: Path, shape: type[T]) -> T:
    """Read the YAML file at ``path``, check it against ``shape`` and return it unchanged."""
    data = read_yaml(path)
    TypeAdapter(shape).validate_python(data)
    return data
