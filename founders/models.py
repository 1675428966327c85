"""What a founder is (an account and a home place), their help requests, and the anonymous
count of questions a guide answered."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.models import StatusChange
from privacy.registry import Erasure, personal_data
from vocabulary.choices import EndReason, Language, MeetingFormat, Stage


@personal_data(
    owner="user",
    fields={
        "place": Erasure.NULL,
        "created_at": Erasure.KEEP,
        "consent_withdrawn_at": Erasure.KEEP,
    },
)
class Founder(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        on_delete=models.CASCADE,
        related_name="founder",
    )
    place = models.ForeignKey(
        "vocabulary.Place",
        verbose_name=_("Ort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    # Set when the founder withdraws her consent; a newly confirmed request gives it anew.
    consent_withdrawn_at = models.DateTimeField(
        _("Einwilligung widerrufen am"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("Gründer:in")
        verbose_name_plural = _("Gründer:innen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return str(self.user)


def _default_languages() -> list[str]:
    return [Language.DE.value]


def _help_request_owner(user) -> models.Q:
    # Unconfirmed requests have no founder yet; they belong to whoever owns the address.
    return models.Q(founder__user=user) | models.Q(email__iexact=user.email)


@personal_data(
    owner=_help_request_owner,
    fields={
        "first_name": Erasure.ANONYMISE,
        "last_name": Erasure.ANONYMISE,
        "email": Erasure.ANONYMISE,
        "description": Erasure.ANONYMISE,
        "sector": Erasure.BLANK,
        "available_from": Erasure.NULL,
        # Kept for reporting by topic, stage and district; not identifying once names are gone.
        "place": Erasure.KEEP,
        "stage": Erasure.KEEP,
        "formats": Erasure.KEEP,
        "languages": Erasure.KEEP,
        "contact_language": Erasure.KEEP,
        "consent_version": Erasure.KEEP,
        "consented_at": Erasure.KEEP,
        "status": Erasure.KEEP,
        "created_at": Erasure.KEEP,
        "confirmed_at": Erasure.KEEP,
        "withdrawn_at": Erasure.KEEP,
    },
)
class HelpRequest(models.Model):
    """One founder's request for help; unconfirmed (double opt-in) until the mailed link is used."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("unbestätigt")
        OPEN = "open", _("offen")
        MATCHED = "matched", _("vermittelt")
        WITHDRAWN = "withdrawn", _("zurückgezogen")
        CLOSED = "closed", _("abgeschlossen")

    founder = models.ForeignKey(
        Founder,
        verbose_name=_("Gründer:in"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="help_requests",
    )
    # Personal data (export and erasure: the privacy step of issue 4 registers these fields).
    first_name = models.CharField(_("Vorname"), max_length=80)
    last_name = models.CharField(_("Nachname"), max_length=80)
    email = models.EmailField(_("E-Mail-Adresse"))
    topics = models.ManyToManyField(
        "vocabulary.Topic", verbose_name=_("Themen"), related_name="help_requests"
    )
    description = models.TextField(_("Worum geht es?"))
    stage = models.CharField(_("Gründungsphase"), max_length=12, choices=Stage.choices)
    sector = models.CharField(_("Branche"), max_length=120, blank=True)
    place = models.ForeignKey(
        "vocabulary.Place", verbose_name=_("Ort"), on_delete=models.PROTECT, related_name="+"
    )
    outside_region = models.BooleanField(
        _("außerhalb der Region"),
        default=False,
        help_text=_("Der Ort liegt nicht im Einzugsgebiet; die Anfrage wird trotzdem geprüft."),
    )
    formats = models.JSONField(_("Gesprächsformen"), default=list)
    languages = models.JSONField(_("Sprachen"), default=_default_languages)
    available_from = models.DateField(_("ab wann"), null=True, blank=True)
    # The site language at submission: mails about this request are written in it.
    contact_language = models.CharField(
        _("Sprache für E-Mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    consent_version = models.CharField(_("Fassung der Einwilligung"), max_length=40)
    consented_at = models.DateTimeField(_("eingewilligt am"))
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED
    )
    created_at = models.DateTimeField(_("eingegangen am"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("zurückgezogen am"), null=True, blank=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Anfrage")
        verbose_name_plural = _("Anfragen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status"], name="help_request_status_idx")]

    def __str__(self) -> str:
        return f"{_('Anfrage')} {self.pk}"

    @property
    def is_editable(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def is_withdrawable(self) -> bool:
        return self.status in (self.Status.UNCONFIRMED, self.Status.OPEN, self.Status.MATCHED)

    @property
    def founder_consents(self) -> bool:
        """The founder still wants help: her account is active and her consent stands."""
        if self.founder_id is None:
            return True  # unconfirmed: the consent given with the form stands
        founder = self.founder
        return founder.consent_withdrawn_at is None and founder.user.is_active

    def format_labels(self) -> list[str]:
        labels = dict(MeetingFormat.choices)
        return [str(labels.get(key, key)) for key in self.formats]

    def language_labels(self) -> list[str]:
        labels = dict(Language.choices)
        return [str(labels.get(key, key)) for key in self.languages]


# The actor is kept as a link only while the account exists; nothing else here is personal.
@personal_data(owner="by", fields={"by": Erasure.KEEP, "reason": Erasure.KEEP})
class HelpRequestStatusChange(StatusChange):
    help_request = models.ForeignKey(
        HelpRequest,
        verbose_name=_("Anfrage"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(_("von"), max_length=20, choices=HelpRequest.Status.choices)
    to_status = models.CharField(_("nach"), max_length=20, choices=HelpRequest.Status.choices)
    reason = models.CharField(_("Grund"), max_length=20, choices=EndReason.choices, blank=True)

    class Meta(StatusChange.Meta):
        verbose_name = _("Statuswechsel einer Anfrage")
        verbose_name_plural = _("Statuswechsel der Anfragen")


class AnsweredByGuide(models.Model):
    """An anonymous count: a guide answered someone's question before they sent a request."""

    # A page link, not a GuidePage link: founders must not depend on the site's page apps.
    guide = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Leitfaden"), on_delete=models.CASCADE, related_name="+"
    )
    topic = models.ForeignKey(
        "vocabulary.Topic",
        verbose_name=_("Thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date = models.DateField(_("Datum"), db_index=True)

    class Meta:
        verbose_name = _("Durch Leitfaden beantwortet")
        verbose_name_plural = _("Durch Leitfaden beantwortet")

    def __str__(self) -> str:
        return f"{self.date}: {self.guide_id}"
