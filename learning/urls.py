from django.urls import path

from .views import lots, public, rounds

app_name = "learning"

urlpatterns = [
    path("leren/lot/", lots.lot_list, name="lot_list"),
    path("leren/lot/nieuw/", lots.lot_create, name="lot_create"),
    path("leren/lot/<int:pk>/", lots.lot_detail, name="lot_detail"),
    path("leren/lot/<int:pk>/leden/", lots.add_member, name="lot_add_member"),
    path("leren/lot/<int:pk>/bijeenkomsten/nieuw/", lots.session_create, name="session_create"),
    path("leren/bijeenkomst/<int:pk>/", lots.session_detail, name="session_detail"),
    path("leren/bijeenkomst/<int:pk>/bewerken/", lots.session_edit, name="session_edit"),
    path("leren/bijeenkomst/<int:pk>/verwijderen/", lots.session_delete, name="session_delete"),
    path("leren/bijeenkomst/<int:pk>/agenda/", lots.add_agenda_item, name="session_agenda"),
    path("leren/agendapunt/<int:pk>/bewerken/", lots.agenda_item_edit, name="agenda_item_edit"),
    path(
        "leren/agendapunt/<int:pk>/verwijderen/",
        lots.agenda_item_delete,
        name="agenda_item_delete",
    ),
    path("leren/agendapunt/<int:pk>/verplaatsen/", lots.agenda_item_move, name="agenda_item_move"),
    path("leren/bijeenkomst/<int:pk>/uitnodigen/", lots.invite, name="session_invite"),
    path("leren/bijeenkomst/<int:pk>/agenda.ics", lots.session_ics, name="session_ics"),
    path("leren/bijeenkomst/<int:pk>/aanwezigheid/", lots.attendance, name="session_attendance"),
    path("leren/bijeenkomst/<int:pk>/notities/", lots.notes, name="session_notes"),
    path("leren/bijeenkomst/<int:pk>/uitkomsten/", lots.add_outcome, name="session_outcome"),
    path("leren/bijeenkomst/<int:pk>/acties/", lots.add_action, name="session_action"),
    path("leren/bijeenkomst/<int:pk>/uitvoeren/", lots.run, name="session_run"),
    path("leren/uitkomst/<int:pk>/feedback/", lots.outcome_feedback, name="outcome_feedback"),
    path("leren/actie/<int:pk>/sluiten/", lots.close_action, name="action_close"),
    path("leren/metingen/nieuw/", rounds.round_create, name="round_create"),
    path("leren/meting/<int:pk>/", rounds.round_report, name="round_report"),
    path("leren/meting/<int:pk>/afdrukken/", rounds.round_print, name="round_print"),
    path("leren/meting/<int:pk>/export.csv", rounds.round_csv, name="round_csv"),
    path(
        "leren/meting/<int:pk>/uitnodigingen/", rounds.round_invitations, name="round_invitations"
    ),
    path("leren/meting/<int:pk>/persoonlijke-links/", rounds.round_links, name="round_links"),
    path("leren/meting/<int:pk>/verwacht-aantal/", rounds.round_cap, name="round_cap"),
    path("leren/gast/<str:token>/", public.guest, name="guest"),
    path("leren/gast/<str:token>/<int:session_pk>.ics", public.guest_ics, name="guest_ics"),
    path("vragenlijst/<str:token>/", public.respond, name="respond"),
    path(
        "vragenlijst/<str:token>/u/<str:invitation_token>/", public.respond, name="respond_invited"
    ),  # fmt: skip
]
