"""manage.py simulate_year: a year of the region, day by day, under time travel."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from demo.simulation import year_simulate

LABELS = {
    "requests": _("Anfragen"),
    "confirmed": _("bestätigt"),
    "served": _("vermittelt (vorgestellt)"),
    "median_days_to_introduction": _("Median Tage bis zur Vorstellung"),
    "offers": _("Angebote an Expert:innen"),
    "offers_expired": _("Angebote abgelaufen"),
    "mentors": _("Expert:innen"),
    "mentors_silent": _("Expert:innen, die zweimal nicht antworteten"),
    "withdrawn": _("zurückgezogen"),
    "feedback": _("Rückmeldungen"),
    "feedback_helpful": _("hilfreich (1–5, Mittel)"),
    "completed": _("abgeschlossen"),
    "checkins_answered": _("„Läuft es?“ beantwortet"),
    "checkins_stuck": _("… davon „es hakt“"),
    "rematched": _("stockend, neu vermittelt"),
}


class Command(BaseCommand):
    help = "Simulate a year of founders and mentors with the real services and schedules."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--founders", type=int, default=300)
        parser.add_argument("--mentors", type=int, default=60)
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, founders, mentors, days, seed, **options) -> None:
        def progress(done: int, total: int) -> None:
            if done % 30 == 0 or done == total:
                self.stderr.write(
                    gettext("  Tag %(done)d von %(total)d") % {"done": done, "total": total}
                )

        figures = year_simulate(
            founders=founders, mentors=mentors, days=days, seed=seed, progress=progress
        )
        for name, label in LABELS.items():
            self.stdout.write(f"{label!s:<45} {getattr(figures, name)}")
        broken = gettext("Verstöße gegen die Zusagen")
        self.stdout.write(f"{broken:<45} {len(figures.violations)}")
        for violation in figures.violations:
            self.stdout.write(f"  {violation}")
        if figures.violations:
            raise CommandError(f"{len(figures.violations)} violations")
