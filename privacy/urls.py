"""Privacy self-service URLs, mounted at /meine-daten/ inside i18n_patterns."""

from django.urls import path

from privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("herunterladen/", views.export, name="export"),
    path("einwilligung-widerrufen/", views.withdraw, name="withdraw"),
    path("konto-loeschen/", views.delete, name="delete"),
    path("geloescht/", views.deleted, name="deleted"),
]
