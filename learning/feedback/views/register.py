"""The public feedback register: items, statuses and decisions in the task team's words only.

No author names, no organisation of a contributor, no comment text: the templates only ever
receive the item's title, summary, decision, reason, building blocks, release and dates.
"""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from samenspel.params import int_param

from ..choices import Status
from ..forms import building_block_choices
from ..models import FeedbackItem


def register(request):
    items = (
        FeedbackItem.objects.public()
        .prefetch_related("building_blocks")
        .order_by("-created_at", "-pk")
    )
    blocks = list(building_block_choices().filter(feedback_items__is_public=True).distinct())
    block = request.GET.get("bouwsteen", "")
    status = request.GET.get("status", "")
    block_id = int_param(request.GET, "bouwsteen")
    if block_id is not None:
        items = items.for_building_block(block_id)
    if status in Status.values:
        items = items.filter(status=status)
    page = Paginator(items, 25).get_page(request.GET.get("pagina"))
    return render(
        request,
        "feedback/register.html",
        {
            "page_obj": page,
            "items": page.object_list,
            "blocks": blocks,
            "statuses": Status.choices,
            "selected_block": block,
            "selected_status": status,
        },
    )


def register_detail(request, pk):
    item = get_object_or_404(
        FeedbackItem.objects.public().prefetch_related("building_blocks", "history"), pk=pk
    )
    return render(
        request,
        "feedback/register_detail.html",
        {"item": item, "history": [h for h in item.history.all() if h.from_status]},
    )
