"""Measurement rounds for facilitators: open a round, invite, and read the aggregate report.

No view lists individual responses: everything shown comes from ``learning.report``.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from samenspel.csvexport import csv_response, number
from samenspel.params import int_param
from samenspel.permissions import can
from samenspel.tasks import new_delivery

from ..charts import means_chart
from ..forms import RoundCapForm, RoundForm, RoundInvitationsForm, RoundLinksForm
from ..instrument import seed_instrument
from ..models import Instrument, Response
from ..report import build_report
from ..respond import create_invitations
from ..tasks import send_round_invitation
from .common import round_for


@login_required
def round_create(request):
    if not can(request.user, "learning.add_round"):
        raise PermissionDenied
    lot = int_param(request.GET, "lot")
    initial = {"lot": lot, "scope": "lot" if lot else None}
    form = RoundForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        measurement_round = form.save(commit=False)
        measurement_round.instrument = Instrument.objects.first() or seed_instrument()
        measurement_round.created_by = request.user
        if measurement_round.scope != "lot":
            measurement_round.lot = None
        if measurement_round.scope != "municipality":
            measurement_round.municipality = None
        measurement_round.save()
        messages.success(request, _("Round opened. Share the anonymous link with respondents."))
        return redirect(measurement_round)
    return render(
        request, "learning/round_form.html", {"form": form}, status=400 if form.errors else 200
    )


def ways_in(measurement_round):
    """How answers came in: personal links (issued, used) and the open link, counts only."""
    sent = measurement_round.responses.filter(status=Response.Status.COMPLETE)
    invitations = measurement_round.invitations.all()
    return {
        "personal": measurement_round.uses_invitations,
        "via_invitation": sent.filter(via_invitation=True).count(),
        "via_open_link": sent.filter(via_invitation=False).count(),
        "invitations_issued": invitations.count(),
        "invitations_used": invitations.filter(used_at__isnull=False).count(),
        "max_responses": measurement_round.max_responses,
    }


def report_context(request, measurement_round):
    report = build_report(measurement_round)
    context = {
        "round": measurement_round,
        "report": report,
        "ways_in": ways_in(measurement_round),
        "manager": can(request.user, "learning.manage_round", measurement_round),
        "respondent_url": request.build_absolute_uri(measurement_round.respondent_url()),
    }
    if report.shown:
        context["scale_chart"] = means_chart(
            report.scales,
            # xgettext:no-python-format
            _("Mean per scale with 95% confidence interval"),
            # xgettext:no-python-format
            _("Mean agreement (1 to 5) per scale; the whiskers show the 95% confidence interval."),
            1,
            5,
            with_baseline=bool(report.baseline_round),
        )
        context["grade_chart"] = means_chart(
            report.grades,
            # xgettext:no-python-format
            _("Mean grade with 95% confidence interval"),
            # xgettext:no-python-format
            _("Mean grade (1 to 10) per topic; the whiskers show the 95% confidence interval."),
            1,
            10,
            with_baseline=bool(report.baseline_round),
        )
    return context


@login_required
def round_report(request, pk, invitations_form=None, links_form=None, cap_form=None):
    measurement_round = round_for(request, pk)
    context = report_context(request, measurement_round)
    context["invitations_form"] = invitations_form or RoundInvitationsForm()
    context["links_form"] = links_form or RoundLinksForm()
    context["cap_form"] = cap_form or RoundCapForm(instance=measurement_round)
    rejected = any(form is not None for form in (invitations_form, links_form, cap_form))
    return render(request, "learning/round_report.html", context, status=400 if rejected else 200)


@login_required
def round_print(request, pk):
    measurement_round = round_for(request, pk)
    return render(request, "learning/round_print.html", report_context(request, measurement_round))


@login_required
def round_csv(request, pk):
    """The report as CSV (semicolon separated, decimal comma, as Dutch spreadsheets expect).

    Suppressed groups appear as a row marked "onderdrukt" with no numbers.
    """
    measurement_round = round_for(request, pk)
    report = build_report(measurement_round)
    response, writer = csv_response(f"meting-{measurement_round.pk}.csv")
    writer.writerow(
        ["onderdeel", "groep", "n", "gemiddelde", "sd", "ci95_laag", "ci95_hoog", "alpha",
         "status"]
    )  # fmt: skip
    if not report.shown:
        writer.writerow(["", _("All"), "", "", "", "", "", "", "onderdrukt"])
        return response
    for measure in report.measures:
        groups = [(_("All"), measure.overall), *measure.org_type, *measure.training]
        groups += [(name, cell) for name, cell in measure.municipalities]
        if measure.baseline:
            groups.append((_("Baseline"), measure.baseline))
        for group, cell in groups:
            if cell["suppressed"]:
                writer.writerow([measure.name, group, "", "", "", "", "", "", "onderdrukt"])
                continue
            alpha = ""
            if group == _("All") and measure.alpha and not measure.alpha["suppressed"]:
                alpha = number(measure.alpha["alpha"])
            writer.writerow(
                [
                    measure.name, group, cell["n"], number(cell["mean"]), number(cell["sd"]),
                    number(cell["ci_low"]), number(cell["ci_high"]), alpha, "",
                ]
            )  # fmt: skip
    writer.writerow([])
    writer.writerow(
        ["onderdeel", "vergelijking", "toets", "n_a", "n_b", "verschil", "t", "df", "p", "status"]
    )
    for measure in report.measures:
        tests = [(_("LT vs GI"), measure.org_type_test), (_("Trained vs not trained"),
                 measure.training_test)]  # fmt: skip
        if measure.change:
            tests.append((_("Follow-up vs baseline"), measure.change))
        for label, cell in tests:
            if cell["suppressed"]:
                writer.writerow([measure.name, label, "", "", "", "", "", "", "", "onderdrukt"])
                continue
            writer.writerow(
                [
                    measure.name, label, cell["test_name"], cell["n_a"], cell["n_b"],
                    number(cell["difference"]), number(cell["t"]), number(cell["df"], 1),
                    number(cell["p"], 3), "",
                ]
            )  # fmt: skip
    return response


def personal_link(request, measurement_round, token):
    """The absolute one-time address of a personal invitation (only its hash is stored)."""
    return request.build_absolute_uri(f"{measurement_round.respondent_url()}u/{token}/")


@login_required
@require_POST
def round_invitations(request, pk):
    measurement_round = round_for(request, pk, "learning.manage_round")
    form = RoundInvitationsForm(request.POST)
    if not form.is_valid():
        return round_report(request, pk, invitations_form=form)
    addresses = form.cleaned_data["emails"]
    # Addresses are only used to send: each task makes its own one-time token, so the queue
    # holds the address and the invitation table the token's hash, never both together.
    round_id = measurement_round.pk
    for address in addresses:
        enqueue = partial(send_round_invitation.enqueue, round_id, address, delivery=new_delivery())
        transaction.on_commit(enqueue)
    messages.success(request, _("%(count)d invitations sent.") % {"count": len(addresses)})
    return redirect(measurement_round)


@never_cache
@login_required
@require_POST
def round_links(request, pk):
    """Personal one-time links without e-mail: shown once, only their hashes are kept."""
    measurement_round = round_for(request, pk, "learning.manage_round")
    form = RoundLinksForm(request.POST)
    if not form.is_valid():
        return round_report(request, pk, links_form=form)
    tokens = create_invitations(measurement_round, form.cleaned_data["count"])
    links = [personal_link(request, measurement_round, token) for token in tokens]
    response = render(
        request, "learning/round_links.html", {"round": measurement_round, "links": links}
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def round_cap(request, pk):
    """Change how many sent answers the open link accepts."""
    measurement_round = round_for(request, pk, "learning.manage_round")
    form = RoundCapForm(request.POST, instance=measurement_round)
    if not form.is_valid():
        return round_report(request, pk, cap_form=form)
    form.save()
    messages.success(request, _("The expected number of respondents has been saved."))
    return redirect(measurement_round)
