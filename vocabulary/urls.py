"""Vocabulary URLs, mounted at /orte/: the place suggestions."""

from django.urls import path

from vocabulary import views

app_name = "vocabulary"
urlpatterns = [
    path("suche/", views.place_search, name="place_search"),
]
