"""Spam protection for Wagtail form builder pages (AbstractForm / AbstractEmailForm).

    class ContactPage(SpamProtectedFormPageMixin, AbstractEmailForm): ...

Spam gets the page's normal landing ("thank you") page, but no FormSubmission and no mail;
too many submissions from one address get the form back, answered 429.
"""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from antispam.forms import SpamProtectedFormMixin, rate_limited_explain
from antispam.services import Verdict


class SpamProtectedFormPageMixin:
    """Put before AbstractForm/AbstractEmailForm in the bases of a form page."""

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (SpamProtectedFormMixin, form_class), {})

    def get_form_parameters(self) -> dict:
        # Each form page has its own rate limit and its own tokens.
        return {**super().get_form_parameters(), "antispam_form_key": f"page-{self.pk}"}

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        verdict = form.spam_check(request)
        if verdict is Verdict.RATE_LIMITED:
            return rate_limited_explain(form=form, response=lambda f: self._form_page(request, f))
        if verdict.is_spam:
            return self.render_landing_page(request, None, *args, **kwargs)
        if form.is_valid():
            submission = self.process_form_submission(form)
            form.spam_accept(request)
            return self.render_landing_page(request, submission, *args, **kwargs)
        return self._form_page(request, form)

    def _form_page(self, request: HttpRequest, form) -> HttpResponse:
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)
