"""manage.py import_mentors FILE — import a mentor list (verified and active), all or nothing."""

from imports.management.base import ImportCommand
from imports.services import mentors_import


class Command(ImportCommand):
    help = "Expert:innen aus einer CSV- oder .xlsx-Datei importieren (alles oder nichts)."

    importer = staticmethod(mentors_import)
