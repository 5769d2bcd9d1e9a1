from django.urls import path

from .views import account, comments, items, register

app_name = "feedback"

urlpatterns = [
    # Comments
    path("reacties/nieuw/", comments.create_comment, name="comment_create"),
    path("reacties/pagina/<int:page_id>/", comments.page_comments, name="page_comments"),
    path("reacties/<int:pk>/bewerken/", comments.edit_comment, name="comment_edit"),
    path("reacties/<int:pk>/verwijderen/", comments.delete_comment, name="comment_delete"),
    path("reacties/<int:pk>/melden/", comments.report_comment, name="comment_report"),
    path("reacties/<int:pk>/modereren/", comments.moderate_comment, name="comment_moderate"),
    # A reader's own side
    path("meldingen/", account.notifications, name="notifications"),
    path("meldingen/voorkeuren/", account.preferences, name="preferences"),
    path("volgen/", account.follows, name="follows"),
    path("volgen/<int:page_id>/", account.toggle_follow, name="toggle_follow"),
    path("wat-is-er-veranderd/", account.changes, name="changes"),
    # Public register
    path("feedbackregister/", register.register, name="register"),
    path("feedbackregister/<int:pk>/", register.register_detail, name="register_detail"),
    # Task team
    path("feedback/beheer/", items.dashboard, name="dashboard"),
    path("feedback/beheer/reacties/", items.comment_inbox, name="inbox"),
    path("feedback/beheer/items/nieuw/", items.create_item, name="item_create"),
    path("feedback/beheer/items/<int:pk>/", items.item_detail, name="item_detail"),
    path("feedback/beheer/items/<int:pk>/bewerken/", items.edit_item, name="item_edit"),
    path("feedback/beheer/export.csv", items.export_csv, name="export_csv"),
    path("feedback/beheer/rapportage/", items.period_report, name="report"),
]
