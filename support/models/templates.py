"""The editors' templates of a Gründungsfahrplan: one per usual path (Gewerbe, freier Beruf,
Nebenerwerb, Übernahme), each an ordered list of steps. A Begleitung copies its template's steps,
so a later edit changes only the plans made after it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from support.models.offices import OfficeKind


class StepFields(models.Model):
    """What a step says, in a template and in a founder's plan copied from it."""

    topic = models.ForeignKey(
        "vocabulary.Topic",
        verbose_name=_("Thema der Expert:in, die helfen kann"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    guide = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Ratgeber dazu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_days_after_start = models.PositiveSmallIntegerField(
        _("Frist (Tage nach dem Start)"),
        null=True,
        blank=True,
        help_text=_("Nur wo das Gesetz eine Frist setzt, z. B. 30 für den Fragebogen (§ 138 AO)."),
    )
    before_start = models.BooleanField(_("vor dem Start zu erledigen"), default=False)

    class Meta:
        abstract = True


class RoadmapTemplate(ClusterableModel):
    key = models.SlugField(_("Kürzel"), max_length=40, unique=True)
    name = models.CharField(_("Name"), max_length=80)
    description = models.TextField(_("Für wen"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        InlinePanel("steps", label=_("Schritte")),
    ]

    class Meta:
        verbose_name = _("Vorlage für einen Gründungsfahrplan")
        verbose_name_plural = _("Vorlagen für Gründungsfahrpläne")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MilestoneTemplate(StepFields, Orderable):
    template = ParentalKey(RoadmapTemplate, on_delete=models.CASCADE, related_name="steps")
    key = models.SlugField(_("Kürzel"), max_length=60)
    title = models.CharField(_("Schritt"), max_length=120)
    description = models.TextField(_("Was zu tun ist"))
    office_kind = models.CharField(
        _("zuständige Stelle"), max_length=30, choices=OfficeKind.choices, blank=True
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldPanel("office_kind"),
        FieldPanel("topic"),
        FieldPanel("guide"),
        FieldPanel("due_days_after_start"),
        FieldPanel("before_start"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Schritt der Vorlage")
        verbose_name_plural = _("Schritte der Vorlage")
        constraints = [
            models.UniqueConstraint(fields=["template", "key"], name="one_step_key_per_template")
        ]

    def __str__(self) -> str:
        return self.title
