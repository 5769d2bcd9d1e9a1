from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from samenspel.permissions import can

from ..models import Lot, MeasurementRound, Session


def lot_for(request, pk, permission="learning.view_lot"):
    """The LOT if the user may see it (404 otherwise: its existence is private)."""
    lot = get_object_or_404(Lot.objects.select_related("municipality"), pk=pk)
    if not can(request.user, "learning.view_lot", lot):
        raise Http404
    if permission != "learning.view_lot" and not can(request.user, permission, lot):
        raise PermissionDenied
    return lot


def session_for(request, pk, permission="learning.view_lot"):
    session = get_object_or_404(Session.objects.select_related("lot__municipality"), pk=pk)
    lot_for(request, session.lot_id, permission)
    return session


def round_for(request, pk, permission="learning.view_round"):
    measurement_round = get_object_or_404(
        MeasurementRound.objects.select_related("lot", "municipality", "instrument", "baseline"),
        pk=pk,
    )
    if not can(request.user, "learning.view_round", measurement_round):
        raise Http404
    if permission != "learning.view_round" and not can(request.user, permission, measurement_round):
        raise PermissionDenied
    return measurement_round
