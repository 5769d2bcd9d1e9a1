"""Demo organisations and users, read from ``site/content/demo.yaml``. Every person is fictional."""

from pathlib import Path
from typing import Literal

from typing_extensions import TypedDict

from .datafiles import STRICT, load
from .roles import Role

CONTENT = Path(__file__).resolve().parent / "content"

DEMO_PASSWORD = "samenspel-demo-2026"  # noqa: S105 - local demo only, documented in the README
# The TOTP secret of every demo user who must use two-step verification (editor, task team,
# organisation admin, superuser). Local demo only, documented in the README; `manage.py
# demo_totp` prints the current code.
DEMO_TOTP_SECRET = "SAMENSPELDEMOTOTPGEHEIMVOORLOKAA"  # noqa: S105


class Municipality(TypedDict):
    __pydantic_config__ = STRICT
    name: str
    slug: str
    local_team: str
    case_lead: str


class NamedOrganisation(TypedDict):
    __pydantic_config__ = STRICT
    name: str
    slug: str


class DemoUser(TypedDict):
    __pydantic_config__ = STRICT
    email: str
    first_name: str
    organisation: str
    roles: list[Literal[tuple(Role.values)]]


class Superuser(TypedDict):
    __pydantic_config__ = STRICT
    email: str
    first_name: str


class DemoFile(TypedDict):
    __pydantic_config__ = STRICT
    municipalities: list[Municipality]
    gis: list[NamedOrganisation]
    programme: NamedOrganisation
    users: list[DemoUser]
    superuser: Superuser


FILES: dict[str, type] = {"demo.yaml": DemoFile}

_data = load(CONTENT / "demo.yaml", DemoFile)

# (name, slug, local team name, case lead title)
MUNICIPALITIES = [
    (m["name"], m["slug"], m["local_team"], m["case_lead"]) for m in _data["municipalities"]
]
GIS = [(gi["name"], gi["slug"]) for gi in _data["gis"]]
PROGRAMME = (_data["programme"]["name"], _data["programme"]["slug"])
# e-mail, first name, organisation slug, roles. One demo user per role.
USERS = [
    (u["email"], u["first_name"], u["organisation"], [Role(role) for role in u["roles"]])
    for u in _data["users"]
]
SUPERUSER = (_data["superuser"]["email"], _data["superuser"]["first_name"])
