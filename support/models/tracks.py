"""A Begleitung: one founder's close support, led by a coordinator, agreed by the founder by a
signed link, and its Gründungsfahrplan: the steps copied from a template, each routed to the
office of her Land, ticked off as they are done. What may change and when is decided in
support.services."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from privacy.registry import Erasure, personal_data
from support.models.templates import StepFields
from vocabulary.choices import Stage
from vocabulary.models import Land


def _track_owner(user) -> models.Q:
    return models.Q(founder__user=user)


@personal_data(
    owner=_track_owner,
    fields={
        "idea": Erasure.ANONYMISE,
        # Kept for reporting (stage, path, Land, outcome, dates); not identifying on their own.
        "stage": Erasure.KEEP,
        "land": Erasure.KEEP,
        "status": Erasure.KEEP,
        "outcome": Erasure.KEEP,
        "started_on": Erasure.KEEP,
        "founded_on": Erasure.KEEP,
        "consent_version": Erasure.KEEP,
        "consented_at": Erasure.KEEP,
        "created_at": Erasure.KEEP,
        "ended_at": Erasure.KEEP,
    },
)
class SupportTrack(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("wartet auf Zustimmung")
        ACTIVE = "active", _("läuft")
        LEFT = "left", _("von der Gründer:in beendet")
        ENDED = "ended", _("abgeschlossen")

    class Outcome(models.TextChoices):
        FOUNDED = "founded", _("gegründet")
        NOT_FOUNDED = "not_founded", _("nicht gegründet")
        PAUSED = "paused", _("pausiert")

    founder = models.ForeignKey(
        "founders.Founder",
        verbose_name=_("Gründer:in"),
        on_delete=models.CASCADE,
        related_name="support_tracks",
    )
    help_request = models.ForeignKey(
        "founders.HelpRequest",
        verbose_name=_("aus der Anfrage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("federführende Koordinator:in"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    idea = models.TextField(
        _("Die Idee in Kürze"),
        max_length=1500,
        help_text=_("Was gegründet werden soll, für wen, und was schon steht."),
    )
    stage = models.CharField(_("Stand der Gründung"), max_length=20, choices=Stage.choices)
    path = models.ForeignKey(
        "support.RoadmapTemplate",
        verbose_name=_("Weg der Gründung"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    land = models.CharField(_("Bundesland"), max_length=2, choices=Land.choices)
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.PROPOSED
    )
    outcome = models.CharField(_("Ergebnis"), max_length=20, choices=Outcome.choices, blank=True)
    started_on = models.DateField(
        _("Start des Geschäfts"),
        null=True,
        blank=True,
        help_text=_("Ab diesem Tag laufen die gesetzlichen Fristen."),
    )
    founded_on = models.DateField(_("gegründet am"), null=True, blank=True)
    consent_version = models.CharField(_("Einwilligung (Version)"), max_length=40, blank=True)
    consented_at = models.DateTimeField(_("zugestimmt am"), null=True, blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    ended_at = models.DateTimeField(_("beendet am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Begleitung")
        verbose_name_plural = _("Begleitungen")
        ordering = ["-created_at"]
        constraints = [
            # One close support at a time for a founder: a second would split her plan.
            models.UniqueConstraint(
                fields=["founder"],
                condition=models.Q(status__in=("proposed", "active")),
                name="one_live_track_per_founder",
            )
        ]

    def __str__(self) -> str:
        return f"{self.founder} – {self.path}"


def _milestone_owner(user) -> models.Q:
    return models.Q(track__founder__user=user)


@personal_data(
    owner=_milestone_owner,
    fields={
        # Her own steps may say more about her than the template's.
        "title": Erasure.ANONYMISE,
        # Which step of the template it was: where founders stall, for reporting.
        "key": Erasure.KEEP,
        "description": Erasure.ANONYMISE,
        "due_on": Erasure.KEEP,
        "done_at": Erasure.KEEP,
    },
)
class Milestone(StepFields):
    """One step of a founder's plan: copied from the template (routed to her Land's office) or
    added by her or her coordinator."""

    track = models.ForeignKey(
        SupportTrack,
        verbose_name=_("Begleitung"),
        on_delete=models.CASCADE,
        related_name="milestones",
    )
    key = models.SlugField(_("Kürzel"), max_length=60, blank=True)  # "": added by hand
    title = models.CharField(_("Schritt"), max_length=120)
    description = models.TextField(_("Was zu tun ist"), blank=True)
    office = models.ForeignKey(
        "support.Office",
        verbose_name=_("zuständige Stelle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_on = models.DateField(_("fällig am"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    done_at = models.DateTimeField(_("erledigt am"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("erledigt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)
    expert = models.ForeignKey(
        "support.TrackExpert",
        verbose_name=_("Expert:in für diesen Schritt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="milestones",
    )

    class Meta:
        verbose_name = _("Schritt")
        verbose_name_plural = _("Schritte")
        ordering = ["track", "order", "pk"]

    def __str__(self) -> str:
        return self.title

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_at is None and self.due_on is not None and self.due_on < today
