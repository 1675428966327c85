"""One service area's share of a global run split by area (MatchingRun.split)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from matching.models.runs import MatchingRun

OUTSIDE_AREAS = _("außerhalb der Dienstgebiete")


class MatchingRunPart(models.Model):
    """The requests of one service area (or of none: `area` empty), whose candidate pairs one
    worker works out; the worker that finishes the last part assigns them all at once."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("wartet")
        RUNNING = "running", _("läuft")
        FINISHED = "finished", _("fertig")
        FAILED = "failed", _("fehlgeschlagen")

    run = models.ForeignKey(
        MatchingRun, verbose_name=_("Lauf"), on_delete=models.CASCADE, related_name="parts"
    )
    area = models.ForeignKey(
        "vocabulary.ServiceArea",
        verbose_name=_("Dienstgebiet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    # The requests are fixed when the run is split: every part and the assignment see one set.
    request_ids = models.JSONField(_("Anfragen"), default=list, editable=False)
    pairs = models.BinaryField(_("mögliche Paare"), null=True, editable=False)
    pairs_count = models.PositiveIntegerField(_("mögliche Paare"), default=0)
    worker = models.CharField(_("Hintergrunddienst"), max_length=100, blank=True)
    started_at = models.DateTimeField(_("begonnen am"), null=True, blank=True)
    finished_at = models.DateTimeField(_("beendet am"), null=True, blank=True)
    seconds = models.FloatField(_("Rechenzeit (s)"), default=0)

    class Meta:
        verbose_name = _("Teil eines Vermittlungslaufs")
        verbose_name_plural = _("Teile von Vermittlungsläufen")
        ordering = ["run", "pk"]

    def __str__(self) -> str:
        return f"{self.run} · {self.area or OUTSIDE_AREAS}"
