"""The admin upload form: which list, and the file."""

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class ImportUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Art der Liste"),
        choices=[("mentors", _("Expert:innen")), ("requests", _("Anfragen"))],
    )
    file = forms.FileField(
        label=_("Datei"),
        help_text=_("CSV (UTF-8, Komma oder Semikolon, wie Excel speichert) oder .xlsx"),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".txt", ".xlsx")):
            raise forms.ValidationError(_("Bitte eine .csv- oder .xlsx-Datei hochladen."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Die Datei ist größer als 10 MB."))
        return upload
