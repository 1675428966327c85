"""A small public form for the tests: a callback request that mails the team."""

from django import forms
from django.core.mail import send_mail
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.urls import path
from django.views.generic import FormView

from antispam.forms import SpamProtectedFormMixin
from antispam.views import SpamProtectedFormViewMixin


class CallbackForm(SpamProtectedFormMixin, forms.Form):
    name = forms.CharField(label="Name")
    phone = forms.CharField(label="Telefon")


PAGE = Template('<form method="post">{% csrf_token %}{{ form }}<button>Senden</button></form>')


class CallbackView(SpamProtectedFormViewMixin, FormView):
    form_class = CallbackForm
    success_url = "/danke/"
    antispam_form_key = "callback"

    def form_valid(self, form):
        send_mail("Rückruf", repr(form.cleaned_data), None, ["team@example.org"])
        return super().form_valid(form)

    def render_to_response(self, context, **response_kwargs):
        return HttpResponse(PAGE.render(RequestContext(self.request, context)))


urlpatterns = [
    path("rueckruf/", CallbackView.as_view()),
    path("danke/", lambda request: HttpResponse("Danke")),
]
