"""Demo organisations and users. Every person here is fictional."""

from .roles import Role

DEMO_PASSWORD = "samenspel-demo-2026"  # noqa: S105 - local demo only, documented in the README
# The TOTP secret of every demo user who must use two-step verification (editor, task team,
# organisation admin, superuser). Local demo only, documented in the README; `manage.py
# demo_totp` prints the current code.
DEMO_TOTP_SECRET = "SAMENSPELDEMOTOTPGEHEIMVOORLOKAA"  # noqa: S105

# (name, slug, local team name, case lead title). Where the reports do not name a team, a neutral
# descriptive name is used.
MUNICIPALITIES = [
    ("Delft", "delft", "Delft Support", "casuscoördinator"),
    ("Den Haag", "den-haag", "Centrum Jeugd & Gezin (CJG)", "gezinscoach"),
    (
        "Leidschendam-Voorburg",
        "leidschendam-voorburg",
        "Lokaal team Leidschendam-Voorburg",
        "jeugdconsulent",
    ),
    ("Midden-Delfland", "midden-delfland", "Lokaal team Midden-Delfland", ""),
    ("Pijnacker-Nootdorp", "pijnacker-nootdorp", "Lokaal team Pijnacker-Nootdorp", ""),
    ("Rijswijk", "rijswijk", "Lokaal team Rijswijk", ""),
    ("Voorschoten", "voorschoten", "Lokaal team Voorschoten", ""),
    ("Wassenaar", "wassenaar", "Lokaal team Wassenaar", ""),
    ("Westland", "westland", "Sociaal Kernteam (SKT)", "zorgregisseur"),
    ("Zoetermeer", "zoetermeer", "plusteam Jeugd- en Gezinshulp", "casusregisseur"),
]

GIS = [
    ("Jeugdbescherming West", "jeugdbescherming-west"),
    ("Leger des Heils Jeugdbescherming & Reclassering", "leger-des-heils"),
    ("William Schrikker Stichting Jeugdbescherming & Jeugdreclassering", "william-schrikker"),
]

PROGRAMME = ("Programmabureau Jeugd Haaglanden / Opgaveteam", "opgaveteam")

# e-mail, first name, organisation slug, roles. One demo user per role.
USERS = [
    ("professional.lt@samenspel.example", "Lotte", "delft", [Role.PROFESSIONAL]),
    ("professional.gi@samenspel.example", "Gijs", "jeugdbescherming-west", [Role.PROFESSIONAL]),
    ("gedragswetenschapper@samenspel.example", "Sanne", "zoetermeer", [Role.BEHAVIOURAL_SCIENTIST]),
    ("facilitator@samenspel.example", "Fenna", "westland", [Role.FACILITATOR]),
    ("editor@samenspel.example", "Emre", "opgaveteam", [Role.EDITOR]),
    ("taskteam@samenspel.example", "Tamar", "opgaveteam", [Role.TASK_TEAM]),
    ("orgadmin@samenspel.example", "Olaf", "delft", [Role.ORG_ADMIN, Role.PROFESSIONAL]),
]
SUPERUSER = ("admin@samenspel.example", "Beheer")
