"""Matching pages for founders and mentors, under /vermittlung/ (German) and /en/vermittlung/."""

from django.urls import path

from matching import public_views

app_name = "matching"

urlpatterns = [
    path("", public_views.mine, name="mine"),
    path("angebote/<int:pk>/zusagen/", public_views.offer_accept, name="offer_accept"),
    path("angebote/<int:pk>/absagen/", public_views.offer_decline, name="offer_decline"),
    path("antwort/<str:token>/", public_views.offer_answer, name="answer"),
    path("<int:pk>/", public_views.match_update, name="update"),
    path("<int:pk>/beenden/", public_views.match_end, name="end"),
    path("rueckmeldung/<str:token>/", public_views.feedback, name="feedback"),
    path("laeuft-es/<str:token>/", public_views.checkin, name="checkin"),
]
