"""The shared shape of the import commands: read a file, show progress, print a summary or
every bad row (exit code 1)."""

from collections.abc import Callable
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from imports.services import ImportRejected, ImportResult


class ImportCommand(BaseCommand):
    # The service that imports this command's kind of list (mentors_import, help_requests_import).
    importer: Callable[..., ImportResult]

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (UTF-8, comma or semicolon) or .xlsx")

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Datei nicht gefunden: %s") % file)
        try:
            result = type(self).importer(
                file_bytes=path.read_bytes(), filename=path.name, progress=self._progress
            )
        except ImportRejected as rejected:
            for error in rejected.errors:
                self.stderr.write(str(error))
            count = len(rejected.errors)
            raise CommandError(
                ngettext(
                    "Nichts importiert: %d fehlerhafte Zeile.",
                    "Nichts importiert: %d fehlerhafte Zeilen.",
                    count,
                )
                % count
            ) from None
        summary = _("Fertig: %(created)d neu, %(updated)d aktualisiert") % {
            "created": result.created,
            "updated": result.updated,
        }
        if result.skipped:
            summary += _(", %d unverändert (schon vermittelt)") % result.skipped
        self.stdout.write(self.style.SUCCESS(summary + "."))

    def _progress(self, done: int, total: int) -> None:
        self.stdout.write(_("%(done)d von %(total)d Zeilen") % {"done": done, "total": total})
