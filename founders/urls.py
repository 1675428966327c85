"""Founder URLs, mounted at /hilfe-anfragen/ inside i18n_patterns."""

from django.urls import path

from founders import views

app_name = "founders"
urlpatterns = [
    path("", views.HelpRequestCreateView.as_view(), name="create"),
    path("gesendet/", views.HelpRequestSubmittedView.as_view(), name="submitted"),
    path("bestaetigen/<str:token>/", views.help_request_confirm_view, name="confirm"),
    path("weiter-suchen/<str:token>/", views.help_request_rematch, name="rematch"),
    path("meine-anfragen/", views.dashboard, name="dashboard"),
    path("meine-anfragen/<int:pk>/aendern/", views.help_request_edit, name="edit"),
    path(
        "meine-anfragen/<int:pk>/zurueckziehen/",
        views.help_request_withdraw_view,
        name="withdraw",
    ),
    path("leitfaeden/", views.guide_suggestions, name="guide_suggestions"),
    path("beantwortet/", views.answered_by_guide, name="answered"),
]
