"""Account forms: allauth's sign-up with the site's spam protection."""

from allauth.account.forms import SignupForm as AllauthSignupForm

from antispam.forms import SpamProtectedFormMixin


class SignupForm(SpamProtectedFormMixin, AllauthSignupForm):
    antispam_form_key = "signup"
