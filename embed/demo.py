"""Demo intranet embedding for Delft: an allowed intranet origin and one local supplement."""

from wagtail.models import Page

from samenspel.models import Organisation

from .models import EmbedSettings, EmbedSupplement
from .sanitise import clean_supplement

DEMO_ORIGINS = ["https://intranet.delft.example", "http://127.0.0.1:8080"]
DEMO_SUPPLEMENT = (
    "<p>In Delft maakt de casuscoördinator van Delft Support de tijdslijn, bij voorkeur aan de "
    "keukentafel met het gezin. De jeugdbeschermer vult aan wat de GI al weet. Plan hiervoor "
    "een gesprek van anderhalf uur en leg de tijdslijn vast in het gezinsdossier.</p>"
)


def seed(log=print):
    delft = Organisation.objects.get(slug="delft")
    EmbedSettings.objects.get_or_create(
        organisation=delft, defaults={"allowed_origins": DEMO_ORIGINS, "primary_colour": "#0b5c8a"}
    )
    timeline = Page.objects.filter(slug="tijdslijn").first()
    if timeline is not None:
        EmbedSupplement.objects.get_or_create(
            organisation=delft,
            page=timeline,
            defaults={"text": clean_supplement(DEMO_SUPPLEMENT)},
        )
    log(f"embed: Delft may embed from {', '.join(DEMO_ORIGINS)}")
