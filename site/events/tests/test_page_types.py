"""Where event pages may live, what editors must fill in, and the editor's form."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from accounts.models import User
from events.models import EventIndexPage, EventPage
from events.tests.conftest import berlin
from pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_event_index_is_creatable_only_under_the_home_page(home):
    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventIndexPage.can_create_at(home)
    standard = home.add_child(instance=StandardPage(title="Über uns", slug="ueber-uns"))
    assert not EventIndexPage.can_create_at(standard)


def test_event_page_is_creatable_only_under_an_event_index(home, event_index):
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.can_create_at(event_index)
    assert not EventPage.can_create_at(home)
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_subpage_models() == []


def test_end_before_start_is_refused(make_event):
    with pytest.raises(ValidationError) as error:
        make_event(start=berlin(2026, 12, 4, 17), end=berlin(2026, 12, 4, 16))
    assert "end" in error.value.message_dict


def test_an_event_needs_a_place_or_to_be_online(make_event):
    with pytest.raises(ValidationError) as error:
        make_event(venue="", place=None)
    assert "venue" in error.value.message_dict
    online = make_event(venue="", street_address="", place=None, online=True)
    assert online.location == "Online"
    assert make_event(venue="", street_address="", place=None, format="online").is_online


def test_all_day_event_covers_whole_local_days(make_event):
    event = make_event(all_day=True, start=berlin(2026, 6, 13, 14), end=berlin(2026, 6, 14, 9))
    event.refresh_from_db()
    assert event.start == berlin(2026, 6, 13, 0, 0)
    assert event.end == berlin(2026, 6, 14, 23, 59, 59)


def test_location_reads_venue_street_and_place(make_event):
    event = make_event()
    assert event.location == "Alte Meierei, Domhof 1, 23909 Ratzeburg"
    assert make_event(online=True).location == "Alte Meierei, Domhof 1, 23909 Ratzeburg und online"


def test_editor_creates_an_event_typing_the_place_as_postcode(client, event_index, ratzeburg):
    admin = User.objects.create_superuser(email="admin@example.org", password="x-secret-1")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", event_index.pk))
    assert client.get(url).status_code == 200

    response = client.post(
        url,
        nested_form_data(
            {
                "title": "Sprechstunde Steuern",
                "slug": "sprechstunde-steuern",
                "intro": "Fragen zur Kleinunternehmerregelung?",
                "description": rich_text("<p>Kommen Sie vorbei.</p>"),
                "start": "2026-12-03 17:00",
                "end": "2026-12-03 19:30",
                "format": "office_hours",
                "venue": "Rathaus",
                "place": "23909",
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="sprechstunde-steuern", alias_of=None)  # not its alias
    assert event.place == ratzeburg
    assert event.start == berlin(2026, 12, 3, 17, 0)
    assert event.live
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()
    assert 'value="23909 Ratzeburg"' in edit


def test_editor_sees_an_unknown_postcode_explained(client, event_index, ratzeburg):
    admin = User.objects.create_superuser(email="admin@example.org", password="x-secret-1")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", event_index.pk))
    response = client.post(
        url,
        nested_form_data(
            {
                "title": "Sprechstunde",
                "slug": "sprechstunde",
                "description": rich_text(""),
                "start": "2026-12-03 17:00",
                "end": "2026-12-03 19:30",
                "format": "office_hours",
                "place": "99999",
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 200
    assert "Diese Postleitzahl kennen wir nicht" in str(response.context["form"].errors["place"])
    assert not EventPage.objects.filter(slug="sprechstunde").exists()
