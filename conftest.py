"""Fixtures every test may use: users in each role, a human filling spam-protected forms."""

import os
import re

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_assign_role
from founders.models import Founder, HelpRequest
from mentors.models import Mentor
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Land, Place, Topic

PASSWORD = "Kornfeld-am-Elbdeich-7"  # noqa: S105 (a test password)


def make_user(*, email: str, role: Role | None = None, verified: bool = True) -> User:
    user = User.objects.create_user(email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    if role is not None:
        user_assign_role(user=user, role=role)
    return user


def pytest_collection_modifyitems(items):
    """Every transactional test restores the database the migrations left (topics, pages, the
    service region …) and its flush leaves post_migrate alone. Mixing both kinds breaks:
    a plain flush re-creates the role groups, which the next restore then inserts twice."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if (
            marker
            and marker.kwargs.get("transaction")
            and not marker.kwargs.get("serialized_rollback")
        ):
            serialized = pytest.mark.django_db(**marker.kwargs, serialized_rollback=True)
            item.add_marker(serialized, append=False)


def missing_tool(message: str) -> None:
    """A test that needs a tool the machine lacks: skipped locally, a failure under CI."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def antispam_answers(html: str) -> dict[str, str]:
    """What a person fills into a spam-protected form: the sum solved, the honeypot empty."""
    first, second = map(int, re.search(r"Bitte rechnen Sie: (\d+) \+ (\d+) =", html).groups())
    token = re.search(r'name="antispam_token" value="([^"]+)"', html)[1]
    return {"homepage_url": "", "antispam_token": token, "antispam_answer": str(first + second)}


@pytest.fixture
def human(settings):
    """A visitor who takes their time: the minimum fill time does not apply to the test."""
    settings.ANTISPAM_MIN_SECONDS = 0


@pytest.fixture(autouse=True)
def _german_first():
    # A request under /en/ leaves English active in the thread; every test starts in German.
    from django.utils import translation

    translation.activate("de")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    # Cached pages and rate-limit counters must not leak from one test into another.
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def founder_user(db) -> User:
    return make_user(email="gruenderin@example.org", role=Role.FOUNDER)


@pytest.fixture
def coordinator_user(db) -> User:
    return make_user(email="koordination@example.org", role=Role.COORDINATOR)


@pytest.fixture
def editor_user(db) -> User:
    return make_user(email="redaktion@example.org", role=Role.EDITOR)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.db import connections

    # serialized_rollback restores what migrations wrote from the connection object that made
    # the test database. Under Playwright's sync API the tests run where Django hands out a new
    # connection object without that copy, and the restore silently did nothing
    # (pytest-django #1117): kept on the backend's class, every connection object has it.
    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents is not None:
            type(connections[alias])._test_serialized_contents = contents
    yield
    # Threads of the live server may leave an idle connection behind; PostgreSQL refuses to drop
    # a database that still has one, so end them before pytest-django drops the test database.
    from django.db import connection

    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        connection.close()


@pytest.fixture
def ratzeburg(db):
    """The district seat of Herzogtum Lauenburg, as the gazetteer has it."""

    return Place.objects.create(
        postcode="23909",
        locality="Ratzeburg",
        land=Land.SH,
        latitude=53.6997,
        longitude=10.7726,
        population=14_000,
    )


@pytest.fixture
def places(ratzeburg) -> dict:
    """Ratzeburg inside the service region, Berlin outside it."""
    from vocabulary.models import ServiceArea

    berlin = Place.objects.create(
        postcode="10115",
        locality="Berlin",
        land=Land.BE,
        latitude=52.53,
        longitude=13.38,
        population=3_600_000,
    )
    ServiceArea.objects.create(name="Herzogtum Lauenburg", postcodes="23909")
    return {"ratzeburg": ratzeburg, "berlin": berlin}


def _commit_hooks_run(**kwargs) -> None:
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        # Hooks may queue more hooks (a task run in sync mode that writes a mail): until none.
        while connection.in_atomic_block and connection.run_on_commit:
            pending = list(connection.run_on_commit)
            connection.run_on_commit.clear()
            for _savepoints, hook, _robust in pending:
                hook()


@pytest.fixture(autouse=True)
def _commit_hooks_run_when_a_request_ends():
    """In production a request's writes have committed when its response goes out, and what
    waits for the commit (mail, tasks, cache versions) runs then; a test's own wrapping
    transaction never commits, so the hooks a test-client request leaves behind run when it
    ends instead — and those the test's own set-up left run before the next request starts,
    as that set-up would have committed before anyone asked for a page."""
    from django.core.signals import request_finished, request_started

    request_started.connect(_commit_hooks_run, dispatch_uid="tests.commit_hooks_before")
    request_finished.connect(_commit_hooks_run, dispatch_uid="tests.commit_hooks")
    yield
    request_started.disconnect(dispatch_uid="tests.commit_hooks_before")
    request_finished.disconnect(dispatch_uid="tests.commit_hooks")


# --- requests, mentors and places a few km apart, for matching and Sprechtage ----------------


@pytest.fixture
def moelln(db):
    # About 10 km south-west of Ratzeburg.
    return Place.objects.create(
        postcode="23879", locality="Mölln", land=Land.SH, latitude=53.6267, longitude=10.6856
    )


@pytest.fixture
def make_expert(db, ratzeburg):
    count = iter(range(1, 10_000))

    def make(
        *,
        topics: tuple[str, ...] = ("steuern",),
        status: str = Mentor.Status.ACTIVE,
        place: Place | None = None,
        capacity: int = 2,
        radius: int = 30,
        remote: bool = False,
        languages: tuple[str, ...] = ("de",),
        bio: str = "Steuerberaterin in Ratzeburg, Umsatzsteuer und Buchhaltung für Gründungen.",
        user: User | None = None,
        **fields,
    ) -> Mentor:
        user = user or User.objects.create_user(email=f"expertin{next(count)}@example.org")
        mentor = Mentor.objects.create(
            user=user,
            profession=Mentor.Profession.TAX_ADVISER,
            bio=bio,
            place=place or ratzeburg,
            status=status,
            capacity=capacity,
            travel_radius_km=radius,
            remote=remote,
            languages=list(languages),
            **fields,
        )
        mentor.topics.set(Topic.objects.filter(slug__in=topics))
        return mentor

    return make


@pytest.fixture
def make_request(db, ratzeburg):
    count = iter(range(1, 10_000))

    def make(
        *,
        topics: tuple[str, ...] = ("steuern",),
        status: str = HelpRequest.Status.OPEN,
        place: Place | None = None,
        formats: tuple[str, ...] = ("in_person",),
        languages: tuple[str, ...] = ("de",),
        description: str = "Ich eröffne einen Hofladen und brauche Hilfe mit der Umsatzsteuer.",
        email: str | None = None,
    ) -> HelpRequest:
        n = next(count)
        email = email or f"gruender{n}@example.org"
        user, _created = User.objects.get_or_create(email=email)
        founder, _created = Founder.objects.get_or_create(user=user)
        help_request = HelpRequest.objects.create(
            founder=founder if status != HelpRequest.Status.UNCONFIRMED else None,
            first_name="Jan",
            last_name=f"Gründer{n}",
            email=email,
            description=description,
            stage="idea",
            place=place or ratzeburg,
            formats=list(formats),
            languages=list(languages),
            consent_version=FOUNDER_CONSENT.version,
            consented_at=timezone.now(),
            confirmed_at=timezone.now() if status != HelpRequest.Status.UNCONFIRMED else None,
            status=status,
        )
        help_request.topics.set(Topic.objects.filter(slug__in=topics))
        return help_request

    return make
