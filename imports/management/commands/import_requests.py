"""manage.py import_requests FILE — import help requests (confirmed), all or nothing."""

from imports.management.base import ImportCommand
from imports.services import help_requests_import


class Command(ImportCommand):
    help = "Anfragen aus einer CSV- oder .xlsx-Datei importieren (alles oder nichts)."

    importer = staticmethod(help_requests_import)
