"""Spam protection for Wagtail form builder pages (AbstractForm / AbstractEmailForm).

    class ContactPage(SpamProtectedFormPageMixin, AbstractEmailForm): ...

Spam gets the page's normal landing ("thank you") page, but no FormSubmission and no mail.
"""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from antispam.forms import SpamProtectedFormMixin


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
        if form.spam_check(request).is_spam:
            return self.render_landing_page(request, None, *args, **kwargs)
        if form.is_valid():
            submission = self.process_form_submission(form)
            form.spam_accept(request)
            return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)
