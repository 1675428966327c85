"""A mail waiting, sent or failed, and the addresses mail is no longer sent to."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from privacy.registry import Erasure, personal_data


def _addressed_to(user) -> Q:
    # Mail to the person, and mail to others that names her address (an introduction tells
    # the mentor how to reach the founder): an erased person leaves no copy in either.
    return Q(to__iexact=user.email) | Q(text__icontains=user.email)


@personal_data(
    owner=_addressed_to,
    delete_rows=True,
    fields={
        "to": Erasure.ANONYMISE,
        "subject": Erasure.ANONYMISE,
        "text": Erasure.BLANK,
        "html": Erasure.BLANK,
        "attachments": Erasure.BLANK,
    },
)
class Mail(models.Model):
    """One mail to one recipient, rendered in their language when the cause was saved."""

    class Status(models.TextChoices):
        PENDING = "pending", _("wartet")
        SENDING = "sending", _("wird gesendet")
        SENT = "sent", _("gesendet")
        FAILED = "failed", _("fehlgeschlagen")
        SKIPPED = "skipped", _("nicht gesendet (Adresse gesperrt)")

    class Tracking(models.TextChoices):
        NONE = "", _("keine Rückmeldung")
        DELIVERED = "delivered", _("zugestellt")
        BOUNCED = "bounced", _("unzustellbar")
        COMPLAINED = "complained", _("als Spam gemeldet")
        REJECTED = "rejected", _("abgelehnt")

    template = models.CharField(_("Vorlage"), max_length=100)
    to = models.EmailField(_("an"))
    language = models.CharField(_("Sprache"), max_length=8)
    subject = models.CharField(_("Betreff"), max_length=255)
    text = models.TextField(_("Text"))
    html = models.TextField(_("HTML"), blank=True)
    # [{"filename": ..., "content": ..., "mimetype": ...}], text content only (e.g. a .ics).
    attachments = models.JSONField(_("Anhänge"), default=list, blank=True)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0)
    next_attempt_at = models.DateTimeField(_("nächster Versuch"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("Versand begonnen"), null=True, blank=True)
    # The kind of error only (never the provider's message, which may quote the address).
    last_error = models.CharField(_("letzter Fehler"), max_length=200, blank=True)
    esp_message_id = models.CharField(
        _("Kennung beim Versanddienst"), max_length=255, blank=True, db_index=True
    )
    tracking = models.CharField(
        _("Zustellung"), max_length=12, choices=Tracking.choices, default="", blank=True
    )
    tracked_at = models.DateTimeField(_("Rückmeldung am"), null=True, blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    sent_at = models.DateTimeField(_("gesendet am"), null=True, blank=True)

    class Meta:
        verbose_name = _("E-Mail")
        verbose_name_plural = _("E-Mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="mail_due_idx")]
        permissions = [("resend_mail", _("Kann fehlgeschlagene E-Mails erneut senden"))]

    def __str__(self) -> str:
        return f"{self.template} #{self.pk}"


def _suppressed_owner(user) -> Q:
    return Q(email__iexact=user.email)


@personal_data(owner=_suppressed_owner, delete_rows=True, fields={"email": Erasure.ANONYMISE})
class SuppressedAddress(models.Model):
    """An address that bounced or complained: no mail is sent to it until a coordinator lifts it."""

    class Reason(models.TextChoices):
        BOUNCED = "bounced", _("unzustellbar")
        COMPLAINED = "complained", _("als Spam gemeldet")
        REFUSED = "refused", _("vom Versanddienst abgelehnt")

    email = models.EmailField(_("E-Mail-Adresse"), unique=True)
    reason = models.CharField(_("Grund"), max_length=12, choices=Reason.choices)
    created_at = models.DateTimeField(_("gesperrt seit"), auto_now_add=True)

    class Meta:
        verbose_name = _("Gesperrte Adresse")
        verbose_name_plural = _("Gesperrte Adressen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email
