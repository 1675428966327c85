"""Every value a coordinator reads in the Wagtail admin is worded for people: the test walks
every list and inspect view of the service's registered models (found in Wagtail's registry,
so a new viewset is walked without being named here) and reads the table cells and the
inspect view's values, not the page around them (Wagtail's own chrome is not ours to word)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet

from conftest import make_user
from matching.models import Match, MatchingRun
from tests.browser.demo import demo_region_seed
from tests.security.conftest import world  # noqa: F401 (fixture)
from tests.test_import_graph import packages

# Program values that slipped through: Python's constants, or a list or dict as Python prints it.
RAW = re.compile(r"\b(True|False|None)\b|\[\s*['\"\]]|\{\s*['\"}]")
INSPECTED_PER_MODEL = 25


def service_viewsets() -> list[ModelViewSet]:
    """The registered viewsets whose model belongs to one of the service's own packages."""
    reverse("wagtailadmin_home")  # the registry is filled when the admin's URLs load
    ours = set(packages())
    found = {}
    for viewset in viewsets.viewsets:
        if not isinstance(viewset, ModelViewSet) or viewset.model is None:
            continue
        package = apps.get_app_config(viewset.model._meta.app_label).name.split(".")[0]
        if package in ours:
            found[viewset.url_namespace] = viewset
    return list(found.values())


def cell_texts(html: str) -> list[str]:
    """The text of each cell of the listing table, without the row's buttons."""
    soup = BeautifulSoup(html, "html.parser")
    for chrome in soup.select("table.listing td ul.actions, table.listing td .w-dropdown"):
        chrome.decompose()
    return [" ".join(td.get_text(" ").split()) for td in soup.select("table.listing tbody td")]


def inspected_values(html: str) -> list[tuple[str, str]]:
    """(label, value) of each field the inspect view shows."""
    soup = BeautifulSoup(html, "html.parser")
    main = soup.select_one("main") or soup
    return [
        (" ".join(dt.get_text(" ").split()), " ".join(dd.get_text(" ").split()))
        for dl in main.select("dl")
        for dt, dd in zip(dl.select("dt"), dl.select("dd"), strict=False)
    ]


@pytest.fixture
def admin_data(world):  # noqa: F811 (the fixture imported above)
    """The demo region, the security tests' world, and the values a raw admin shows worst:
    lists of choices, empty dates, booleans, engine parameters and reasons."""
    demo_region_seed()
    request = world["request"]
    request.formats, request.languages, request.outside_region = (
        ["in_person", "video"],
        ["de"],
        True,
    )
    request.save(update_fields=["formats", "languages", "outside_region"])
    world["run"].parameters = {"weights": {"topic": 0.5, "distance": 0.3}, "remote": True}
    world["run"].finished_at = timezone.now()
    world["run"].save(update_fields=["parameters", "finished_at"])
    proposal = world["proposal"]
    proposal.parts, proposal.reasons = {"topic": 1.0, "distance": 0.4}, None
    proposal.save(update_fields=["parts", "reasons"])
    MatchingRun.objects.create(trigger=MatchingRun.Trigger.SCHEDULE)
    assert Match.objects.exists()
    return world


@pytest.fixture
def superuser(db):
    user = make_user(email="leitung@example.org")
    user.is_superuser = user.is_staff = True
    user.save(update_fields=["is_superuser", "is_staff"])
    return user


def walk(client) -> tuple[list[str], int]:
    """Every raw value found, as "where: what", and how many values were read."""
    found, read = [], 0
    for viewset in service_viewsets():
        listing = client.get(viewset.menu_url)
        assert listing.status_code == 200, viewset.menu_url
        cells = cell_texts(listing.content.decode())
        read += len(cells)
        found += [f"{viewset.menu_url}: {cell}" for cell in cells if RAW.search(cell)]
        if not getattr(viewset, "inspect_view_enabled", False):
            continue
        for pk in viewset.model._default_manager.values_list("pk", flat=True)[:INSPECTED_PER_MODEL]:
            url = reverse(viewset.get_url_name("inspect"), args=[pk])
            page = client.get(url)
            assert page.status_code == 200, url
            values = inspected_values(page.content.decode())
            assert values, f"{url} shows no fields"
            read += len(values)
            found += [f"{url}: {label}: {value}" for label, value in values if RAW.search(value)]
    return found, read


@pytest.mark.django_db
def test_every_admin_list_and_inspect_view_shows_values_worded_for_people(
    client, admin_data, superuser
):
    client.force_login(superuser)
    found, read = walk(client)
    assert read > 200, "the walk read too little to prove anything"
    assert found == [], "raw program values in the admin:\n" + "\n".join(sorted(set(found)))


def test_the_walk_finds_every_service_viewset():
    namespaces = {viewset.url_namespace for viewset in service_viewsets()}
    assert {"help_request_admin", "mentor_admin", "match_admin", "mail_admin"} <= namespaces


@pytest.mark.parametrize(
    ("value", "raw"),
    [
        ("False", True),
        ("None", True),
        ("['in_person', 'video']", True),
        ("{'topic': 0.5}", True),
        ("[]", True),
        ("nein", False),
        ("vor Ort, Video", False),
        ("Nonnenhof", False),
    ],
)
def test_raw_values_are_recognised(value, raw):
    assert bool(RAW.search(value)) is raw
