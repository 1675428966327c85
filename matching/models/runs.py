"""One global assignment run: what it was asked, how far it got, what it found."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MatchingRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("wartet")
        RUNNING = "running", _("läuft")
        FINISHED = "finished", _("fertig")
        FAILED = "failed", _("fehlgeschlagen")

    class Trigger(models.TextChoices):
        SCHEDULE = "schedule", _("nächtlich")
        COORDINATOR = "coordinator", _("Koordination")
        COMMAND = "command", _("Befehl")

    class Stage(models.TextChoices):
        WAITING = "waiting", _("wartet auf den Hintergrunddienst")
        LOADING = "loading", _("lädt Anfragen und Expert:innen")
        CANDIDATES = "candidates", _("sucht passende Paare")
        SCORING = "scoring", _("bewertet Paare")
        ASSIGNING = "assigning", _("verteilt auf freie Plätze")
        STORING = "storing", _("speichert Vorschläge")
        DONE = "done", _("fertig")

    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    trigger = models.CharField(_("Anlass"), max_length=12, choices=Trigger.choices)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestartet von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Held ("global") while queued or running: the database admits one such run at a time.
    slot = models.CharField(max_length=8, null=True, blank=True, unique=True, editable=False)
    stage = models.CharField(
        _("Schritt"), max_length=12, choices=Stage.choices, default=Stage.WAITING
    )
    # Split into one part per service area, each worked out by whichever worker is free.
    split = models.BooleanField(_("nach Dienstgebieten geteilt"), default=False)
    progress = models.PositiveSmallIntegerField(_("Fortschritt (%)"), default=0)
    # Times a worker began carrying it out: more than one means a worker died on it before.
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0, editable=False)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    started_at = models.DateTimeField(_("begonnen am"), null=True, blank=True)
    finished_at = models.DateTimeField(_("beendet am"), null=True, blank=True)
    parameters = models.JSONField(_("Parameter"), default=dict, blank=True)
    requests_count = models.PositiveIntegerField(_("offene Anfragen"), default=0)
    mentors_count = models.PositiveIntegerField(_("verfügbare Expert:innen"), default=0)
    candidates_count = models.PositiveIntegerField(_("mögliche Paare"), default=0)
    served_count = models.PositiveIntegerField(_("vermittelte Anfragen"), default=0)
    total_score = models.FloatField(_("Summe der Punktzahlen"), default=0)
    objective = models.BigIntegerField(_("Zielwert"), default=0)
    engine_seconds = models.FloatField(_("Rechenzeit (s)"), default=0)
    database_seconds = models.FloatField(_("Datenbankzeit (s)"), default=0)
    error = models.TextField(_("Fehler"), blank=True)

    class Meta:
        verbose_name = _("Vermittlungslauf")
        verbose_name_plural = _("Vermittlungsläufe")
        ordering = ["-created_at"]
        permissions = [("run_matching", _("Kann Vermittlungsläufe starten"))]

    def __str__(self) -> str:
        return f"{_('Lauf')} {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
