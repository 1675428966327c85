"""The audit trail of the match lifecycle: every change of state, by whom, when, and why."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from common.models import StatusChange
from matching.models.matches import Match
from privacy.registry import Erasure, personal_data
from vocabulary.choices import EndReason


# The note may quote a person (a decline reason in their words); the actor is kept as a link
# only while the account exists.
@personal_data(
    owner="by",
    fields={"note": Erasure.BLANK, "by": Erasure.KEEP, "reason": Erasure.KEEP},
)
class MatchTransition(StatusChange):
    match = models.ForeignKey(
        Match, verbose_name=_("Vermittlung"), on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(_("von"), max_length=10, choices=Match.Status.choices)
    to_status = models.CharField(_("nach"), max_length=10, choices=Match.Status.choices)
    note = models.TextField(_("Notiz"), blank=True)
    # Why a match was cancelled (who changed their mind); empty for every other step.
    reason = models.CharField(_("Grund"), max_length=20, choices=EndReason.choices, blank=True)

    class Meta(StatusChange.Meta):
        verbose_name = _("Statuswechsel")
        verbose_name_plural = _("Statuswechsel")

    def __str__(self) -> str:
        return f"{self.match_id}: {super().__str__()}"
