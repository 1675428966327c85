"""The admin import forms: which list and the file; then which column holds what."""

from django import forms
from django.utils.translation import gettext_lazy as _

from imports.headers import fields_of

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


class ColumnMappingForm(forms.Form):
    """One choice per column of the file: which field it holds, or none."""

    def __init__(self, *args, kind: str, header: list[str], examples: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.kind, self.header = kind, header
        choices = [("", _("— nicht importieren —"))] + [
            (field.name, f"{field.label} *" if field.required else str(field.label))
            for field in fields_of(kind)
        ]
        for index, cell in enumerate(header):
            example = examples[index] if index < len(examples) else ""
            self.fields[f"column_{index}"] = forms.ChoiceField(
                label=cell or _("(Spalte ohne Namen)"),
                choices=choices,
                required=False,
                help_text=_("z. B. „%s“") % example[:60] if example else "",
            )

    def mapping(self) -> list[str]:
        return [self.cleaned_data.get(f"column_{i}", "") for i in range(len(self.header))]

    def clean(self):
        cleaned = super().clean()
        mapping = self.mapping()
        labels = {field.name: field.label for field in fields_of(self.kind)}
        for index, name in enumerate(mapping):
            if name and mapping.count(name) > 1:
                self.add_error(
                    f"column_{index}",
                    _("„%s“ ist mehreren Spalten zugeordnet; bitte nur einer.") % labels[name],
                )
        missing = [
            str(field.label)
            for field in fields_of(self.kind)
            if field.required and field.name not in mapping
        ]
        if missing:
            raise forms.ValidationError(
                _("Bitte ordnen Sie eine Spalte zu für: %s.") % ", ".join(missing)
            )
        return cleaned
