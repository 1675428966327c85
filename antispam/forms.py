"""The form side of spam protection: three extra fields any public form gets from one mixin.

    class ContactForm(SpamProtectedFormMixin, forms.Form): ...

    form = ContactForm(request.POST, antispam_form_key="contact")
    if form.spam_check(request).is_spam:      # honeypot, too fast, forged, rate limited
        return thank_you()                    # looks normal; nothing is kept or sent
    if form.is_valid():                       # wrong sum or stale form: errors next to the field
        ...; form.spam_accept(request)        # counts towards the rate limit

`form.cleaned_data` never contains the extra fields, so they are neither stored nor mailed.
"""

from allauth.account.adapter import get_adapter
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from antispam.services import (
    Challenge,
    Verdict,
    challenge_expired,
    challenge_issue,
    challenge_read,
    challenge_solved,
    spam_verdict,
    submission_record,
)

HONEYPOT_FIELD = "homepage_url"
TOKEN_FIELD = "antispam_token"  # noqa: S105 (a field name, not a secret)
ANSWER_FIELD = "antispam_answer"
ANTISPAM_FIELDS = (HONEYPOT_FIELD, TOKEN_FIELD, ANSWER_FIELD)


def client_address(request: HttpRequest) -> str:
    """Where a request came from, by the same rule as allauth's login limits: REMOTE_ADDR, or
    behind TRUSTED_PROXY_COUNT reverse proxies the address they put into X-Forwarded-For."""
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:  # no address at all
        return ""


RATE_LIMITED_STATUS = 429


def rate_limited_explain(*, form, response) -> HttpResponse:
    """Too many submissions from one address (a person on a shared line, or a bot): the form
    comes back with what was typed and a plain explanation, answered 429 Too Many Requests."""
    form.add_error(
        None,
        _(
            "Von Ihrem Internetanschluss kamen gerade sehr viele Einsendungen. Bitte senden Sie "
            "das Formular in zehn Minuten noch einmal – Ihre Eingaben bleiben hier stehen."
        ),
    )
    answer = response(form)
    answer.status_code = RATE_LIMITED_STATUS
    return answer


class SpamProtectedFormMixin:
    """Adds a honeypot, a signed fill-time token and a sum to solve to a Django form."""

    antispam_form_key = ""

    def __init__(self, *args, antispam_form_key: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.antispam_form_key = (
            antispam_form_key or self.antispam_form_key or type(self).__name__.lower()
        )
        self.spam_verdict: Verdict | None = None
        self._token_sent = self._submitted(TOKEN_FIELD)
        self._question_replaced = False
        self.challenge = self._challenge()
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Bitte lassen Sie dieses Feld leer."),
            label_suffix="",
            required=False,
            widget=forms.TextInput(
                attrs={"tabindex": "-1", "autocomplete": "off", "class": "antispam-input"}
            ),
            template_name="antispam/honeypot_field.html",
        )
        self.fields[TOKEN_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput, initial=self.challenge.token
        )
        self.fields[ANSWER_FIELD] = forms.IntegerField(
            label=gettext("Bitte rechnen Sie: %(first)s + %(second)s =")
            % {"first": self.challenge.first, "second": self.challenge.second},
            label_suffix="",  # the question ends with "=", not "=:"
            # Checked in clean_antispam_answer, which explains a stale question as well.
            required=False,
            error_messages={"invalid": _("Bitte geben Sie das Ergebnis als Zahl ein, z. B. 7.")},
            widget=forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "off", "required": True}
            ),
        )

    def _submitted(self, name: str) -> str:
        return str(self.data.get(self.add_prefix(name), "")) if self.is_bound else ""

    def _challenge(self) -> Challenge:
        """The question asked: the one the sender saw (so input is kept), else a fresh one."""
        if self.is_bound:
            shown = challenge_read(token=self._token_sent, form_key=self.antispam_form_key)
            if shown is not None and not challenge_expired(challenge=shown):
                return shown
            # Unreadable or stale: ask a new question; the old answer belonged to the old one.
            fresh = challenge_issue(form_key=self.antispam_form_key)
            self.data = self.data.copy()
            self.data[self.add_prefix(TOKEN_FIELD)] = fresh.token
            self.data[self.add_prefix(ANSWER_FIELD)] = ""
            self._question_replaced = True
            return fresh
        return challenge_issue(form_key=self.antispam_form_key)

    def spam_check(self, request: HttpRequest) -> Verdict:
        """Judge what was sent; call before is_valid() so that bots never see an error."""
        self.spam_verdict = spam_verdict(
            honeypot=self._submitted(HONEYPOT_FIELD),
            token=self._token_sent,
            form_key=self.antispam_form_key,
            client_address=client_address(request),
        )
        return self.spam_verdict

    def spam_accept(self, request: HttpRequest) -> None:
        """Count an accepted submission towards the address's rate limit."""
        submission_record(form_key=self.antispam_form_key, client_address=client_address(request))

    def clean_antispam_answer(self) -> int | None:
        answer = self.cleaned_data.get(ANSWER_FIELD)
        if self._question_replaced:
            raise ValidationError(
                _("Die Rechenaufgabe ist abgelaufen. Bitte rechnen Sie die neue Aufgabe."),
                code="expired",
            )
        if answer is None:
            raise ValidationError(
                _("Bitte geben Sie das Ergebnis der Rechenaufgabe ein."), code="required"
            )
        if not challenge_solved(challenge=self.challenge, answer=answer):
            raise ValidationError(
                _("Das Ergebnis stimmt leider nicht. Bitte rechnen Sie noch einmal."),
                code="wrong",
            )
        return answer

    def clean(self):
        cleaned_data = super().clean()
        # Only what the sender wrote is kept and mailed, never the protection's own fields.
        for name in ANTISPAM_FIELDS:
            cleaned_data.pop(name, None)
        return cleaned_data
