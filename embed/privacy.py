"""What intranet embedding keeps, for the privacy statement and the processing register. It
holds no data about a member, so it registers no exporter or eraser."""

from django.utils.translation import gettext_lazy as _

from samenspel.privacy import registry

registry.processing(
    "embed.remarks",
    app="embed",
    label=_("Intranet embedding: remarks and view counts"),
    purpose=_(
        "Showing method pages on an organisation's intranet, counting views per organisation "
        "and collecting “did this help?” remarks to improve the pages."
    ),
    data=_(
        "The remark as typed and the organisation; daily view counts per page. No cookie, IP "
        "address or name of the reader."
    ),
    subjects=_("Employees who read the method on their intranet."),
    legal_basis="public_task",
    recipients=_("Editors and the organisation's administrators."),
    retention=_("Until the organisation or an editor removes them."),
)
