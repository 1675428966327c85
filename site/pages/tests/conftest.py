"""The page tree and helpers the page tests stand on; every test starts with an empty cache."""

import re
from collections.abc import Callable

import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.models import Site

from pages.models import ContactPage, FormField, HomePage, StandardPage


@pytest.fixture(autouse=True)
def site_urls(settings):
    """Use the site's URLs if they include pages.urls, else a copy that does."""
    try:
        reverse("site_search")
    except NoReverseMatch:
        settings.ROOT_URLCONF = "pages.tests.urls"


@pytest.fixture
def home(db) -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def standard_page(home) -> StandardPage:
    return home.add_child(
        instance=StandardPage(
            title="Über Landvorteil",
            slug="ueber-landvorteil",
            intro="Ein Innovationsbündnis für den ländlichen Raum.",
            body="<p>Drei Handlungsfelder.</p>",
        )
    )


@pytest.fixture
def contact_page(home) -> ContactPage:
    page = home.add_child(
        instance=ContactPage(
            title="Kontakt",
            slug="kontakt",
            intro="Schreiben Sie uns.",
            thank_you_text="<p>Danke! Wir antworten innerhalb von zwei Werktagen.</p>",
            to_address="team@example.org",
            from_address="mentoring@example.org",
            subject="Neue Nachricht über das Kontaktformular",
        )
    )
    FormField.objects.create(page=page, label="Ihr Name", field_type="singleline", sort_order=0)
    FormField.objects.create(page=page, label="E-Mail", field_type="email", sort_order=1)
    FormField.objects.create(page=page, label="Nachricht", field_type="multiline", sort_order=2)
    return page


QUESTION = re.compile(r"Bitte rechnen Sie: (\d+) \+ (\d+) =")
TOKEN = re.compile(r'name="antispam_token" value="([^"]+)"')


def form_shown(html: str) -> dict[str, str]:
    """What a person reads off the form: the token it carries and the right answer."""
    first, second = (int(n) for n in QUESTION.search(html).groups())
    return {"antispam_token": TOKEN.search(html).group(1), "antispam_answer": str(first + second)}


MESSAGE = {"ihr_name": "Anna Beispiel", "e_mail": "anna@example.org", "nachricht": "Hallo!"}


@pytest.fixture
def contact_form(client, contact_page) -> Callable[..., dict[str, str]]:
    """A filled contact form as a person sends it, after loading the page."""

    def fill(**changes: str) -> dict[str, str]:
        html = client.get(contact_page.url).content.decode()
        return {**MESSAGE, **form_shown(html), **changes}

    return fill
