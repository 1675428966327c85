"""Forms for the privacy self-service: confirmations a person must give before an action."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ConsentWithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "Ja, ich widerrufe meine Einwilligung. Meine Anfragen und mein Profil werden "
            "nicht mehr vermittelt."
        ),
    )


class AccountDeleteForm(forms.Form):
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse zur Bestätigung"),
        help_text=_("Geben Sie die Adresse ein, mit der Sie sich anmelden."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email != self.user.email.lower():
            raise forms.ValidationError(
                _("Die Adresse stimmt nicht mit der Ihres Kontos überein."), code="mismatch"
            )
        return email
