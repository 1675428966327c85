"""`manage.py match [--dry-run] [--format json]`: the global assignment from the command line."""

import json

from django.core.management.base import BaseCommand, CommandError

from founders.models import HelpRequest
from matching.models import MatchingRun
from matching.services import (
    Computation,
    MatchingRunBusy,
    matching_compute,
    matching_run_execute,
    matching_run_start,
)
from matching.wording import reasons_text
from mentors.models import Mentor


def _emails(model, ids: set[int], path: str) -> dict[int, str]:
    return dict(model.objects.filter(pk__in=ids).values_list("pk", path))


class Command(BaseCommand):
    help = "Assign all open requests to mentors (exact, capacity-respecting) and store proposals."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="compute, store nothing")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, dry_run: bool, format: str, **options) -> None:
        if dry_run:
            computation, run = matching_compute(), None
        else:
            try:
                run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)
            except MatchingRunBusy as error:
                raise CommandError(str(error.message)) from error
            run = matching_run_execute(run_id=run.pk)
            computation = None
        proposals = self._proposals(run, computation)
        summary = self._summary(run, computation)
        if format == "json":
            self.stdout.write(json.dumps({"run": summary, "proposals": proposals}, indent=2))
            return
        for key, value in summary.items():
            self.stdout.write(f"{key}: {value}")
        for item in proposals:
            self.stdout.write(
                f"{item['request']} → {item['mentor_email']} ({item['score']:.3f}): "
                + "; ".join(item["reasons"])
            )

    def _summary(self, run: MatchingRun | None, computation: Computation | None) -> dict:
        # A stored run and a dry-run computation name their figures alike.
        source = run or computation
        summary = {"id": run.pk if run else None, "dry_run": run is None}
        if run is not None:
            summary["status"] = run.status
        for key in ("requests", "mentors", "candidates", "served"):
            summary[key] = getattr(source, f"{key}_count")
        summary["total_score"] = round(source.total_score, 4)
        summary["objective"] = source.objective
        summary["engine_seconds"] = round(source.engine_seconds, 3)
        summary["database_seconds"] = round(source.database_seconds, 3)
        summary["parameters"] = source.parameters
        return summary

    def _proposals(self, run: MatchingRun | None, computation: Computation | None) -> list[dict]:
        if run is not None:
            rows = [
                (m.help_request_id, m.mentor_id, m.score, m.reasons)
                for m in run.proposals.order_by("help_request_id")
            ]
        else:
            rows = [
                (p.help_request_id, p.mentor_id, p.score, p.reasons) for p in computation.proposals
            ]
        founders = _emails(HelpRequest, {r[0] for r in rows}, "email")
        mentors = _emails(Mentor, {r[1] for r in rows}, "user__email")
        return [
            {
                "request": request_id,
                "founder_email": founders[request_id],
                "mentor": mentor_id,
                "mentor_email": mentors[mentor_id],
                "score": round(score, 4),
                "reasons": reasons_text(reasons),
            }
            for request_id, mentor_id, score, reasons in rows
        ]
