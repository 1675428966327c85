from django.urls import path

from consultations import booking_views, feedback_views, views

app_name = "consultations"
urlpatterns = [
    path("innovationsorte/", views.innovation_spaces, name="innovation_spaces"),
    path("sprechtage/einladung/<str:token>/", views.invitation_answer, name="answer"),
    path("sprechtage/ablauf/<str:token>/", views.schedule, name="schedule"),
    path("sprechtage/<int:pk>/", booking_views.day_page, name="day"),
    path(
        "sprechtage/<int:pk>/angefragt/",
        booking_views.booking_submitted,
        name="booking_submitted",
    ),
    path(
        "sprechtage/rueckmeldung/<str:token>/",
        feedback_views.founder_feedback,
        name="feedback",
    ),
    path(
        "sprechtage/rueckmeldung-expertin/<str:token>/",
        feedback_views.expert_feedback,
        name="expert_feedback",
    ),
    path(
        "sprechtage/buchung/bestaetigen/<str:token>/",
        booking_views.booking_confirm,
        name="booking_confirm",
    ),
    path(
        "sprechtage/buchung/absagen/<str:token>/",
        booking_views.booking_cancel,
        name="booking_cancel",
    ),
]
