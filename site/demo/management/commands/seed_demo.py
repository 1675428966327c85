"""manage.py seed_demo: fill (or refresh) the demo region and print its logins."""

from django.core.management.base import BaseCommand, CommandError

from demo.data import COORDINATOR, DEMO_PASSWORD, EDITOR, FOUNDERS, MENTORS
from demo.pages import DemoHomeMissing
from demo.services import DemoDataMissing, demo_seed


class Command(BaseCommand):
    help = "Create the demo region (idempotent): coordinator, editor, mentors, founders, pages."

    def handle(self, *args, **options) -> None:
        try:
            counts = demo_seed()
        except (DemoDataMissing, DemoHomeMissing) as error:
            raise CommandError(str(error)) from error
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
