"""manage.py seed_demo: fill (or refresh) the demo region and print its logins."""

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from demo.consultation_days import demo_held_consultation_day_seed
from demo.data import COORDINATOR, DEMO_PASSWORD, EDITOR, FOUNDERS, MENTORS
from demo.pages import DemoHomeMissing
from demo.services import DemoDataMissing, demo_seed
from demo.simulation import year_simulate, year_simulated
from demo.support_tracks import demo_support_experts_seed


class Command(BaseCommand):
    help = (
        "Create the demo region (idempotent): coordinator, editor, mentors, founders, pages, "
        "and once a simulated history so that reports show a believable year."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--history-days",
            type=int,
            default=365,
            help="days of simulated history made on the first run (0: none)",
        )

    def handle(self, *args, history_days: int, **options) -> None:
        try:
            counts = demo_seed()
        except (DemoDataMissing, DemoHomeMissing) as error:
            raise CommandError(str(error)) from error
        if history_days and not year_simulated():
            self.stdout.write(f"Simulating {history_days} days of history (once, ~2 min a year)…")
            figures = year_simulate(
                days=history_days,
                founders=round(300 * history_days / 365),
                mentors=max(4, round(60 * history_days / 365)),
            )
            if figures.violations:
                raise CommandError("\n".join(figures.violations))
            counts["simulated requests"] = figures.requests
        coordinator = User.objects.get(email=COORDINATOR.email)
        if history_days:
            demo_held_consultation_day_seed(coordinator=coordinator)
        # Last: their places would otherwise be missing from the history's matches and the day.
        demo_support_experts_seed(coordinator=coordinator)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo region ready: "
                + ", ".join(f"{count} {name}" for name, count in counts.items())
            )
        )
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}, or log in by code):")
        self.stdout.write(f"  coordinator  {COORDINATOR.email}   → http://localhost:8000/admin/")
        self.stdout.write(f"  editor       {EDITOR.email}")
        self.stdout.write(f"  mentor       {MENTORS[0].email}")
        self.stdout.write(f"  founder      {FOUNDERS[0].email}\n")
