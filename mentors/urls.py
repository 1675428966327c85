"""Mentor URLs, included under /expertin-werden/ (German) and /en/expertin-werden/."""

from django.urls import path

from mentors import views

app_name = "mentors"

urlpatterns = [
    path("", views.MentorRegisterView.as_view(), name="register"),
    path("danke/", views.MentorRegisteredView.as_view(), name="registered"),
    path("profil/", views.dashboard, name="dashboard"),
    path("profil/kapazitaet/", views.capacity_set, name="capacity"),
    path("profil/pause/", views.pause_set, name="pause"),
    path("profil/bearbeiten/", views.profile_edit, name="profile_edit"),
    path("wieder-da/<str:token>/", views.back, name="back"),
]
