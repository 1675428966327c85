"""A founder's booking of one conversation at a Sprechtag, without an account: unconfirmed
(double opt-in) until the mailed link is used, then booked until the day or a cancellation; or,
when the day is full, a place on its waiting list (no slot) that moves up when one frees. What
may change and when is decided in consultations.bookings."""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from privacy.registry import Erasure, personal_data


def _booking_owner(user) -> models.Q:
    # Bookings need no account: they belong to whoever owns the address.
    return models.Q(email__iexact=user.email)


# The slot a booking takes: an unconfirmed booking holds it for a while, a booked one keeps it.
HOLDING = ("unconfirmed", "booked")
# How long an unconfirmed booking holds its slot: time to find the mail, not a day to block it.
HOLD = timedelta(hours=6)


@personal_data(
    owner=_booking_owner,
    fields={
        "first_name": Erasure.ANONYMISE,
        "last_name": Erasure.ANONYMISE,
        "email": Erasure.ANONYMISE,
        "phone": Erasure.BLANK,
        "question": Erasure.ANONYMISE,
        # Kept for reporting by venue and topic; not identifying once names are gone.
        "topic": Erasure.KEEP,
        "status": Erasure.KEEP,
        "consent_version": Erasure.KEEP,
        "consented_at": Erasure.KEEP,
        "created_at": Erasure.KEEP,
        "confirmed_at": Erasure.KEEP,
        "cancelled_at": Erasure.KEEP,
        # Counts the help requests begun after a conversation; the request erases itself.
        "follow_up_request": Erasure.KEEP,
    },
)
class ConsultationBooking(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("unbestätigt")
        BOOKED = "booked", _("gebucht")
        WAITING = "waiting", _("auf der Warteliste")
        ATTENDED = "attended", _("gekommen")
        NO_SHOW = "no_show", _("nicht gekommen")
        CANCELLED = "cancelled", _("abgesagt")
        EXPIRED = "expired", _("verfallen")

    day = models.ForeignKey(
        "consultations.ConsultationDay",
        verbose_name=_("Sprechtag"),
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    slot = models.ForeignKey(
        "consultations.ConsultationSlot",
        verbose_name=_("Gesprächstermin"),
        null=True,
        blank=True,  # none yet: on the waiting list
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    topic = models.ForeignKey(
        "vocabulary.Topic", verbose_name=_("Thema"), on_delete=models.PROTECT, related_name="+"
    )
    question = models.TextField(_("Ihre Frage in ein, zwei Sätzen"), max_length=600)
    first_name = models.CharField(_("Vorname"), max_length=80)
    last_name = models.CharField(_("Nachname"), max_length=80)
    email = models.EmailField(_("E-Mail-Adresse"))
    phone = models.CharField(_("Telefon (freiwillig)"), max_length=40, blank=True)
    language = models.CharField(_("Sprache"), max_length=8, default="de")
    consent_version = models.CharField(_("Einwilligung (Version)"), max_length=40)
    consented_at = models.DateTimeField(_("Einwilligung am"))
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED
    )
    created_at = models.DateTimeField(_("gebucht am"))
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    follow_up_request = models.ForeignKey(
        "founders.HelpRequest",
        verbose_name=_("Anfrage danach"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Anfrage, die die Gründer:in nach dem Gespräch gestellt hat."),
    )

    class Meta:
        verbose_name = _("Buchung")
        verbose_name_plural = _("Buchungen")
        ordering = ["slot__starts_at", "created_at"]
        constraints = [
            # The last free slot goes to one booking, whatever the race.
            models.UniqueConstraint(
                fields=["slot"],
                condition=models.Q(status__in=HOLDING),
                name="one_holding_booking_per_slot",
            )
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} – {self.slot}"
