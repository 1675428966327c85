"""Account URLs: allauth's, with sign-up made all-or-nothing."""

from django.db import transaction
from django.urls import include, path

from accounts.views import SignupView

urlpatterns = [
    # Spam-protected; a sign-up whose confirmation mail cannot be sent leaves nothing behind.
    path("signup/", transaction.atomic(SignupView.as_view()), name="account_signup"),
    # The account pages alone: allauth.urls would also mount allauth.usersessions' session list,
    # installed here only so that erasure and retention find a person's sessions.
    path("", include("allauth.account.urls")),
]
