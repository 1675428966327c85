"""manage.py load_places: fill the gazetteer from bundled data, then seed the service areas."""

from django.core.management.base import BaseCommand, CommandError

from vocabulary.services import places_load, service_areas_seed


class Command(BaseCommand):
    help = (
        "Load every German postcode with its localities and a coordinate from the installed "
        "data packages (offline, idempotent), then create missing service areas."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--overwrite-service-areas",
            action="store_true",
            help="Reset the seeded service areas to the list in vocabulary/data/service_region.py "
            "(otherwise areas that exist are left as coordinators edited them).",
        )

    def handle(self, *args, overwrite_service_areas: bool, **options) -> None:
        result = places_load(progress=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"Places: {result.total} in total, {result.exact} with their own coordinate, "
                f"{result.approximate} approximate "
                f"({result.created} created, {result.updated} updated, {result.unchanged} "
                f"unchanged, {result.deleted} deleted, {result.kept} kept in use) "
                f"in {result.seconds:.1f} s."
            )
        )
        try:
            written = service_areas_seed(overwrite=overwrite_service_areas)
        except ValueError as error:
            raise CommandError(str(error)) from error
        for name, was_written in written.items():
            state = "written" if was_written else "kept as it is"
            self.stdout.write(f"Service area {name}: {state}.")
