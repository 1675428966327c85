"""Topics: the one taxonomy shared by guides, help requests, mentor expertise and matching."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class AdviceScope(models.TextChoices):
    # Legal advice is reserved by § 6 RDG and tax advice by §§ 2–4 StBerG to qualified people;
    # other mentors may give orientation only.
    ORIENTATION = "orientation", _("Orientierung")
    QUALIFIED = "qualified", _("Beratung durch Berufsträger:innen möglich")


class Topic(models.Model):
    slug = models.SlugField(_("Kürzel"), max_length=40, unique=True)
    name = models.CharField(_("Name"), max_length=80)
    name_en = models.CharField(_("Name (Englisch)"), max_length=80, blank=True)
    description = models.TextField(_("Worum es geht"), blank=True)
    advice_scope = models.CharField(
        _("Was Expert:innen anbieten dürfen"),
        max_length=12,
        choices=AdviceScope.choices,
        default=AdviceScope.ORIENTATION,
    )
    qualified_professions = models.CharField(
        _("Berufe für qualifizierte Beratung"),
        max_length=100,
        blank=True,
        help_text=_("Kürzel der Berufe, durch Komma getrennt, z. B. „lawyer“."),
    )
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name in the reader's language (German unless an English name is kept)."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    def may_advise(self, profession: str) -> bool:
        """Whether a mentor of this profession may give qualified advice (not only orientation)."""
        allowed = {p.strip() for p in self.qualified_professions.split(",") if p.strip()}
        return self.advice_scope == AdviceScope.QUALIFIED and profession in allowed
