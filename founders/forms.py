"""Forms for help requests: the public request form and the founder's edit form. Thin."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from antispam.forms import SpamProtectedFormMixin
from vocabulary.choices import Language, MeetingFormat, Stage
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.forms import PlaceField
from vocabulary.models import Topic

DESCRIPTION_MIN_LENGTH = 40
PRIVACY_URL = "/datenschutz/"


class HelpRequestEditForm(forms.Form):
    """What a founder describes; also what they may change while the request is open."""

    topics = forms.ModelMultipleChoiceField(
        label=_("Themen"),
        queryset=Topic.objects.all(),
        to_field_name="slug",  # ?thema=recht and the guide suggestions speak slugs
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Wählen Sie alle Themen, zu denen Sie Fragen haben."),
        error_messages={"required": _("Bitte wählen Sie mindestens ein Thema.")},
    )
    description = forms.CharField(
        label=_("Worum geht es?"),
        min_length=DESCRIPTION_MIN_LENGTH,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_(
            "Beschreiben Sie in ein paar Sätzen Ihr Vorhaben und Ihre Frage. Was haben Sie schon "
            "geklärt? Wobei kommen Sie nicht weiter? Mindestens 40 Zeichen."
        ),
        error_messages={
            "required": _("Bitte beschreiben Sie kurz, worum es geht."),
            "min_length": _(
                "Bitte schreiben Sie etwas mehr, mindestens %(limit_value)d Zeichen "
                "(bisher %(show_value)d)."
            ),
        },
    )
    stage = forms.ChoiceField(
        label=_("Wo stehen Sie?"),
        choices=Stage.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie, wo Sie mit Ihrer Gründung stehen.")},
    )
    sector = forms.CharField(
        label=_("Branche (freiwillig)"),
        required=False,
        max_length=120,
        help_text=_("Zum Beispiel: Hofladen, Handwerk, IT-Dienstleistung."),
    )
    place = PlaceField(
        label=_("Postleitzahl oder Ort"),
        help_text=_("Damit wir Expert:innen in Ihrer Nähe finden, zum Beispiel „23909 Ratzeburg“."),
    )
    formats = forms.MultipleChoiceField(
        label=_("Wie möchten Sie sich treffen?"),
        choices=MeetingFormat.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens eine Gesprächsform.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("In welchen Sprachen können Sie sprechen?"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[Language.DE.value],
        error_messages={"required": _("Bitte wählen Sie mindestens eine Sprache.")},
    )
    available_from = forms.DateField(
        label=_("Ab wann haben Sie Zeit? (freiwillig)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Bitte geben Sie ein Datum ein, z. B. 2027-03-01.")},
    )
    first_name = forms.CharField(label=_("Vorname"), max_length=80)
    last_name = forms.CharField(label=_("Nachname"), max_length=80)

    field_order = [
        "topics",
        "description",
        "stage",
        "sector",
        "place",
        "formats",
        "languages",
        "available_from",
        "first_name",
        "last_name",
    ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["topics"].label_from_instance = lambda topic: topic.display_name


class HelpRequestForm(SpamProtectedFormMixin, HelpRequestEditForm):
    """The public "Hilfe anfragen" form: no account needed, the email is confirmed by link."""

    antispam_form_key = "help_request"

    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        help_text=_("Wir schicken Ihnen einen Link, mit dem Sie Ihre Anfrage bestätigen."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        error_messages={
            "required": _("Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten dürfen.")
        },
    )

    # Where the request was begun from, as that service signed it (a Sprechtag's follow-up
    # link); founders passes it on and never reads it.
    referral = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)

    field_order = [*HelpRequestEditForm.field_order, "email", "consent"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Built per request, so the label is in the visitor's language.
        self.fields["consent"].label = format_html(
            '{} <a href="{}">{}</a>',
            FOUNDER_CONSENT.text,
            PRIVACY_URL,
            _("Zu den Datenschutzhinweisen"),
        )
