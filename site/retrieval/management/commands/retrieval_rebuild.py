"""Index every page again (pages are indexed as they are saved; this is for bulk changes)."""

from django.core.management.base import BaseCommand

from retrieval.services import index_rebuild


class Command(BaseCommand):
    help = "Index every page again for the site search and the guide suggestions."

    def handle(self, *args, **options) -> None:
        count = index_rebuild()
        self.stdout.write(f"{count} pages indexed")
