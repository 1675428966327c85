"""Account URLs: allauth's, with sign-up made all-or-nothing."""

from allauth.account.views import SignupView
from django.db import transaction
from django.urls import include, path

urlpatterns = [
    # A sign-up whose confirmation mail cannot be sent leaves no half-made account behind.
    path("signup/", transaction.atomic(SignupView.as_view()), name="account_signup"),
    path("", include("allauth.urls")),
]
