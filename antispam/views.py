"""Spam protection for class-based form views: spam looks accepted but never reaches form_valid;
too many submissions from one address are answered 429 with the form and what was typed."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from antispam.forms import rate_limited_explain
from antispam.services import Verdict


class SpamProtectedFormViewMixin:
    """For a FormView (or CreateView) whose form uses SpamProtectedFormMixin.

    Spam is answered like success (a redirect to the success URL) without calling form_valid,
    so nothing is stored or sent. An accepted submission counts towards the rate limit.
    """

    antispam_form_key = ""

    def get_form_kwargs(self) -> dict:
        kwargs = super().get_form_kwargs()
        kwargs["antispam_form_key"] = self.antispam_form_key or type(self).__name__.lower()
        return kwargs

    def spam_response(self, form) -> HttpResponse:
        return HttpResponseRedirect(self.get_success_url())

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = self.get_form()
        verdict = form.spam_check(request)
        if verdict is Verdict.RATE_LIMITED:
            return rate_limited_explain(form=form, response=self.form_invalid)
        if verdict.is_spam:
            return self.spam_response(form)
        if not form.is_valid():
            return self.form_invalid(form)
        response = self.form_valid(form)
        form.spam_accept(request)
        return response
