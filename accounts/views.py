"""Account views: sign-up that answers spam like success, without creating anything."""

from allauth.account.views import SignupView as AllauthSignupView
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse

from antispam.views import SpamProtectedFormViewMixin


class SignupView(SpamProtectedFormViewMixin, AllauthSignupView):
    antispam_form_key = "signup"

    def spam_response(self, form) -> HttpResponse:
        # The page a real sign-up reaches: a bot learns nothing, and no account or mail exists.
        return HttpResponseRedirect(reverse("account_email_verification_sent"))
