"""The decision aid "Wanneer product 2a?": plain GET forms, question by question.

The visitor's answers so far travel in the query string (``pad``: node ids, comma separated), so
the aid works without JavaScript or sessions and every step has its own shareable address.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from ..forms import DecisionStepForm


def decision_tree(index_page):
    """{node_id: node} from the page's decision-aid StreamField, and the start node id."""
    nodes, start = {}, None
    for block in index_page.decision_aid:
        value = dict(block.value)
        value["kind"] = block.block_type
        if block.block_type == "question":
            value["answers"] = [dict(answer) for answer in block.value["answers"]]
            start = start or value["node_id"]
        nodes[value["node_id"]] = value
    return nodes, start


def walk(nodes, start, path_ids):
    """The valid prefix of ``path_ids`` starting at ``start`` (a path is a chain of answers)."""
    path = [start]
    for node_id in path_ids[1:]:
        current = nodes.get(path[-1])
        if not current or current["kind"] != "question":
            break
        if node_id not in {answer["next"] for answer in current["answers"]} or node_id not in nodes:
            break
        path.append(node_id)
    return path


def decision_aid(request, index_page):
    nodes, start = decision_tree(index_page)
    if not start:
        return TemplateResponse(
            request, "toolkit/decision_aid.html", {"page": index_page, "node": None}
        )
    path_ids = [item for item in request.GET.get("pad", "").split(",") if item] or [start]
    path = walk(nodes, start, path_ids)
    node = nodes[path[-1]]
    form = None
    if node["kind"] == "question":
        # ``vraag`` comes with every submit of the form (a radio button left empty sends
        # nothing, so without it an empty submit would silently show the question again); a
        # shared address with only ``pad`` shows the question without an error.
        if "answer" in request.GET or "vraag" in request.GET:
            form = DecisionStepForm(node, request.GET)
            if form.is_valid():
                path.append(form.cleaned_data["answer"])
                return redirect(f"{request.path}?{urlencode({'pad': ','.join(path)})}")
        else:
            form = DecisionStepForm(node)
    answered = [
        (nodes[node_id], next(a["label"] for a in nodes[node_id]["answers"] if a["next"] == nxt))
        for node_id, nxt in zip(path, path[1:], strict=False)
    ]
    products = {child.code: child for child in index_page.get_children().live().specific()}
    return TemplateResponse(
        request,
        "toolkit/decision_aid.html",
        {
            "page": index_page,
            "node": node,
            "form": form,
            "path": ",".join(path),
            "answered": answered,
            "advised_product": products.get(node.get("product")) if node else None,
        },
    )
