"""manage.py create_coordinator: a coordinator account for the Wagtail admin."""

import getpass

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from accounts.services import coordinator_create


class Command(BaseCommand):
    help = "Create (or promote) a coordinator who may open the Wagtail admin."

    def add_arguments(self, parser) -> None:
        parser.add_argument("email")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument(
            "--password",
            help="Set this password. Without it you are asked; leave the answer empty to "
            "log in by emailed code only.",
        )
        parser.add_argument("--no-input", action="store_true", help="Never ask for a password.")

    def handle(self, *args, email: str, first_name: str, last_name: str, **options) -> None:
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an email address: {email}") from error
        password = options["password"]
        if password is None and not options["no_input"]:
            password = getpass.getpass("Password (empty: login by emailed code only): ") or None
        user = coordinator_create(
            email=email, password=password, first_name=first_name, last_name=last_name
        )
        self.stdout.write(self.style.SUCCESS(f"Coordinator ready: {user.email}"))
