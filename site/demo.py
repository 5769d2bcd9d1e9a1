"""Seeds the site shell: organisations, demo users and the page tree. Idempotent."""

import json
from pathlib import Path
from typing import Literal, NotRequired
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.contrib.auth import get_user_model
from typing_extensions import TypedDict
from wagtail.models import Page, Site

from .accounts import has_totp, requires_mfa
from .datafiles import STRICT, load
from .demo_data import (
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    GIS,
    MUNICIPALITIES,
    PROGRAMME,
    SUPERUSER,
    USERS,
)
from .groups import ensure_role_groups
from .models import HomePage, Membership, Organisation

HOME_INTRO = (
    "<p>Samenspel is de gedeelde plek van het lerend netwerk Beter Samenspel in Haaglanden. "
    "Met de werkwijze Beter Samenspel trekken lokale teams en gecertificeerde instellingen "
    "(GI's) in de tien gemeenten van de regio eerder en tegelijk op met een gezin. Het lokale "
    "team blijft betrokken, ook als er een jeugdbeschermer bij komt, zodat een kind veilig "
    "opgroeit en een kinderbeschermingsmaatregel zo vaak mogelijk voorkomen wordt of korter "
    "duurt.</p>"
    "<p>Hier vind je de werkwijze in het handboek en in bouwstenen die je direct in je werk "
    "gebruikt. Je leert van elkaars casussen en in lerende ontwikkelteams (LOT), en je laat het "
    "opgaveteam weten wat in de praktijk werkt en wat niet. Wat er met die feedback gebeurt, "
    "lees je in het openbare feedbackregister.</p>"
)

SECTIONS = [
    # (app_label.Model, title, slug, search description)
    (
        "toolkit.HandbookPage",
        "Handboek",
        "handboek",
        "De werkwijze van Beter Samenspel: rollen, fasen, producten, privacy en het gezin.",
    ),
    (
        "toolkit.BuildingBlockIndexPage",
        "Bouwstenen",
        "bouwstenen",
        "Praktische bouwstenen met stappen, werkbladen, tips en valkuilen.",
    ),
    (
        "casebank.CaseIndexPage",
        "Casusbank",
        "casusbank",
        "Geanonimiseerde casussen uit de praktijk, ook die waarin het niet goed ging.",
    ),
    (
        "learning.LearningIndexPage",
        "Leren en LOT",
        "leren",
        "Leer- en ontwikkelteams, reflectie en de samenwerkingsvragenlijst.",
    ),
]

# Standard pages (accessibility statement, colophon) as data; seed_pages keeps them in line.
CONTENT = Path(__file__).resolve().parent / "content"
STANDARD_PAGES_FILE = CONTENT / "pages.json"


class StandardPageData(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    title: str
    search_description: NotRequired[str]
    intro: str
    body: list[tuple[Literal["heading", "paragraph"], str]]


class StandardPagesFile(TypedDict):
    __pydantic_config__ = STRICT
    _comment: NotRequired[str]
    pages: list[StandardPageData]


FILES: dict[str, type] = {"pages.json": StandardPagesFile}


def standard_pages():
    # JSON is read as YAML (a JSON document is valid YAML) and checked like every content file.
    return load(STANDARD_PAGES_FILE, StandardPagesFile)["pages"]


def seed(log=print):
    organisations = seed_organisations()
    seed_users(organisations)
    ensure_role_groups()
    home = seed_pages()
    log(
        f"samenspel: {len(organisations)} organisations, {len(USERS) + 1} users, home '{home.title}'"
    )


def seed_organisations():
    organisations = {}
    for name, slug, team, title in MUNICIPALITIES:
        organisations[slug] = upsert_organisation(
            slug,
            name=name,
            kind=Organisation.Kind.MUNICIPALITY,
            local_team_name=team,
            case_lead_title=title,
        )
    for name, slug in GIS:
        organisations[slug] = upsert_organisation(slug, name=name, kind=Organisation.Kind.GI)
    name, slug = PROGRAMME
    organisations[slug] = upsert_organisation(slug, name=name, kind=Organisation.Kind.PROGRAMME)
    return organisations


def upsert_organisation(slug, **fields):
    organisation, created = Organisation.objects.get_or_create(slug=slug, defaults=fields)
    if not created and any(getattr(organisation, k) != v for k, v in fields.items()):
        Organisation.objects.filter(pk=organisation.pk).update(**fields)
        organisation.refresh_from_db()
    return organisation


def seed_users(organisations):
    for email, first_name, org_slug, roles in USERS:
        user = demo_user(email, first_name)
        for role in roles:
            Membership.objects.get_or_create(
                user=user, organisation=organisations[org_slug], role=role
            )
    email, first_name = SUPERUSER
    demo_user(email, first_name, is_superuser=True, is_staff=True)
    seed_demo_totp()


def seed_demo_totp():
    """Where two-step verification is enforced (`make run`, production settings), the demo
    users who need it get the README's TOTP secret; the test settings leave them without."""
    if not settings.SAMENSPEL_ENFORCE_MFA:
        return
    for user in get_user_model().objects.filter(email__endswith="@samenspel.example"):
        if requires_mfa(user) and not has_totp(user):
            TOTP.activate(user, DEMO_TOTP_SECRET)


def demo_user(email, first_name, **flags):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            username=email, email=email, password=DEMO_PASSWORD, first_name=first_name, **flags
        )
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def seed_pages():
    home = HomePage.objects.first()
    if home is None:
        home = create_home()
    for model_name, title, slug, description in SECTIONS:
        ensure_child(home, model_name, title, slug, search_description=description)
    for spec in standard_pages():
        seed_standard_page(home, spec)
    return home


def seed_standard_page(home, spec):
    """Create the page, or publish a new revision when the data file changed it."""
    body = [
        {"type": kind, "value": value, "id": f"{spec['slug']}-{index}"}
        for index, (kind, value) in enumerate(spec["body"])
    ]
    fields = {
        "intro": spec["intro"],
        "search_description": spec.get("search_description", ""),
    }
    page = ensure_child(
        home,
        "samenspel.StandardPage",
        spec["title"],
        spec["slug"],
        show_in_menus=False,
        body=json.dumps(body),
        **fields,
    )
    current = [(b["type"], b["value"]) for b in page.body.raw_data]
    wanted = [(b["type"], b["value"]) for b in body]
    if (
        page.title != spec["title"]
        or current != wanted
        or any(getattr(page, k) != v for k, v in fields.items())
    ):
        page.title = spec["title"]
        page.body = json.dumps(body)
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
    return page


def create_home():
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Beter Samenspel", slug="samenspel", intro=HOME_INTRO)
    )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    old_root = site.root_page if site.pk else None
    # The site's own address is SITE_URL, so sitemap, feed and page links match where it runs.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.root_page, site.site_name = home, "Samenspel"
    site.save()
    if old_root is not None and old_root.specific_class is Page:
        old_root.delete()
    return home


def ensure_child(parent, model_name, title, slug, show_in_menus=True, **fields):
    from django.apps import apps

    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    model = apps.get_model(model_name)
    return parent.add_child(
        instance=model(title=title, slug=slug, show_in_menus=show_in_menus, **fields)
    )
