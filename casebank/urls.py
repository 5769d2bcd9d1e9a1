from django.urls import path

from .views import approval, cases, submit

app_name = "casebank"

urlpatterns = [
    path("casusbank/zoeken/", cases.search_view, name="search"),
    path("casusbank/casus/<slug:slug>/", cases.case_detail, name="case_detail"),
    path(
        "casusbank/casus/<slug:slug>/herkenbaar/",
        cases.toggle_recognition,
        name="toggle_recognition",
    ),
    path("casusbank/casus/<slug:slug>/reageren/", cases.add_reaction, name="add_reaction"),
    path("casusbank/reacties/<int:pk>/verbergen/", cases.hide_reaction, name="hide_reaction"),
    path("casusbank/delen/", submit.submit_start, name="submit_start"),
    path("casusbank/inzendingen/", submit.my_submissions, name="my_submissions"),
    path("casusbank/inzendingen/<int:pk>/namen/", submit.submit_start, name="submit_names"),
    path("casusbank/inzendingen/<int:pk>/verhaal/", submit.submit_story, name="submit_story"),
    path("casusbank/inzendingen/<int:pk>/kenmerken/", submit.submit_facts, name="submit_facts"),
    path("casusbank/inzendingen/<int:pk>/controleren/", submit.review_draft, name="review_draft"),
    path("casusbank/inzendingen/<int:pk>/namen-toevoegen/", submit.add_names, name="add_names"),
    path(
        "casusbank/inzendingen/<int:pk>/voortgang.json",
        submit.deidentify_status,
        name="deidentify_status",
    ),
    path(
        "casusbank/inzendingen/<int:pk>/opnieuw-anonimiseren/",
        submit.retry_deidentify,
        name="retry_deidentify",
    ),
    path("casusbank/beoordelen/", approval.approval_queue, name="approval_queue"),
    path("casusbank/beoordelen/<int:pk>/", approval.approval_detail, name="approval_detail"),
]
