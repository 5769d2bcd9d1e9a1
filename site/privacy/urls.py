from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("privacy/", views.privacy_statement, name="statement"),
    path(
        "privacy/verwerkingsregister.csv",
        views.processing_register_csv,
        name="processing_register_csv",
    ),
    path(
        "privacy/verwerkingsregister.md",
        views.processing_register_md,
        name="processing_register_md",
    ),
    path("mijn-gegevens/", views.my_data, name="my_data"),
    path("mijn-gegevens/download/", views.download, name="download"),
    path("mijn-gegevens/account-verwijderen/", views.delete_account, name="delete_account"),
]
