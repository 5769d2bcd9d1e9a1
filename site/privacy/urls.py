from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("mijn-gegevens/", views.my_data, name="my_data"),
    path("mijn-gegevens/download/", views.download, name="download"),
    path("mijn-gegevens/account-verwijderen/", views.delete_account, name="delete_account"),
]
