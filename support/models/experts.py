"""The experts of a Begleitung and what they note after each meeting. An expert joins for the
steps a coordinator asked her about (one place of hers however many steps), through an offer
she accepts or declines; she may leave or hand over to a colleague. What may change and when
is decided in support.experts and support.sessions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from privacy.registry import Erasure, personal_data


def _member_owner(user) -> models.Q:
    return models.Q(track__founder__user=user) | models.Q(mentor__user=user)


@personal_data(
    owner=_member_owner,
    fields={
        # May say what the colleague learnt about the founder.
        "handover_note": Erasure.ANONYMISE,
        # The engine's reasons may quote her idea ("gemeinsame Begriffe: …").
        "reasons": Erasure.NULL,
        "status": Erasure.KEEP,
        "created_at": Erasure.KEEP,
        "answered_at": Erasure.KEEP,
        "ended_at": Erasure.KEEP,
    },
)
class TrackExpert(models.Model):
    class Status(models.TextChoices):
        OFFERED = "offered", _("angefragt")
        ACCEPTED = "accepted", _("dabei")
        DECLINED = "declined", _("abgelehnt")
        EXPIRED = "expired", _("abgelaufen")
        LEFT = "left", _("ausgestiegen")
        HANDED_OVER = "handed_over", _("übergeben")
        ENDED = "ended", _("beendet")

    track = models.ForeignKey(
        "support.SupportTrack",
        verbose_name=_("Begleitung"),
        on_delete=models.CASCADE,
        related_name="experts",
    )
    mentor = models.ForeignKey(
        "mentors.Mentor",
        verbose_name=_("Expert:in"),
        on_delete=models.CASCADE,
        related_name="track_roles",
    )
    status = models.CharField(
        _("Stand"), max_length=12, choices=Status.choices, default=Status.OFFERED
    )
    score = models.FloatField(_("Punktzahl"), null=True, blank=True)
    reasons = models.JSONField(_("Gründe"), null=True, blank=True)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("angefragt von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handed_over_from = models.ForeignKey(
        "self",
        verbose_name=_("übernommen von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handover_note = models.TextField(_("Notiz zur Übergabe"), max_length=1500, blank=True)
    created_at = models.DateTimeField(_("angefragt am"), auto_now_add=True)
    answered_at = models.DateTimeField(_("geantwortet am"), null=True, blank=True)
    ended_at = models.DateTimeField(_("beendet am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Expert:in der Begleitung")
        verbose_name_plural = _("Expert:innen der Begleitung")
        ordering = ["track", "created_at", "pk"]
        constraints = [
            # Capacity is counted per Begleitung: one live role, however many steps.
            models.UniqueConstraint(
                fields=["track", "mentor"],
                condition=models.Q(status__in=("offered", "accepted")),
                name="one_live_role_per_track_and_expert",
            )
        ]

    def __str__(self) -> str:
        return f"{self.mentor} – {self.track_id}"


# Roles that hold one of the expert's places (an unanswered offer is promised to the founder).
LIVE_ROLE = (TrackExpert.Status.OFFERED, TrackExpert.Status.ACCEPTED)


def _session_owner(user) -> models.Q:
    # The notes are about the founder and her founding, whoever wrote them: hers to take away
    # and to have erased, not an expert's (who reads those of her own meetings while she is in).
    return models.Q(track__founder__user=user)


@personal_data(
    owner=_session_owner,
    fields={
        "discussed": Erasure.ANONYMISE,
        "next_steps": Erasure.ANONYMISE,
        # Counted for the funders (sessions and hours by district and topic); never the notes.
        "held_on": Erasure.KEEP,
        "minutes": Erasure.KEEP,
        "created_at": Erasure.KEEP,
    },
)
class SupportSession(models.Model):
    """One meeting of the founder with an expert of her Begleitung (or her coordinator)."""

    track = models.ForeignKey(
        "support.SupportTrack",
        verbose_name=_("Begleitung"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    expert = models.ForeignKey(
        TrackExpert,
        verbose_name=_("mit der Expert:in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    topic = models.ForeignKey(
        "vocabulary.Topic",
        verbose_name=_("Thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("notiert von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    held_on = models.DateField(_("Tag des Treffens"))
    minutes = models.PositiveSmallIntegerField(_("Dauer in Minuten"))
    discussed = models.TextField(_("Was besprochen wurde"), max_length=2000)
    next_steps = models.TextField(_("Wie es weitergeht"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("notiert am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Treffen")
        verbose_name_plural = _("Treffen")
        ordering = ["-held_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minutes__gte=5, minutes__lte=600), name="session_minutes_5_600"
            )
        ]

    def __str__(self) -> str:
        return f"{_('Treffen')} {self.held_on}"
