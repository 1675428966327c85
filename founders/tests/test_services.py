"""Rules for help requests: submission, confirmation, editing, withdrawal and cleanup."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.models import User
from conftest import make_user
from founders.models import Founder, HelpRequest
from founders.services import (
    HelpRequestStateError,
    help_request_confirm,
    help_request_submit,
    help_request_update,
    help_request_withdraw,
    help_requests_delete_unconfirmed,
)
from founders.tests.conftest import help_request_make
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def test_submit_records_consent_version_and_flags_places_outside(places):
    help_request = help_request_submit(
        first_name="Jan",
        last_name="Kowalski",
        email="JAN@example.org",
        topics=Topic.objects.filter(slug="recht"),
        description="x" * 40,
        stage="idea",
        place=places["berlin"],
        formats=["phone"],
        languages=["pl"],
    )
    assert help_request.consent_version == FOUNDER_CONSENT.version
    assert help_request.email == "jan@example.org"
    assert help_request.outside_region
    assert help_request.status == HelpRequest.Status.UNCONFIRMED


def test_submit_without_topics_is_refused(places):
    with pytest.raises(ValidationError):
        help_request_submit(
            first_name="Jan", last_name="K", email="jan@example.org", topics=[],
            description="x" * 40, stage="idea", place=places["ratzeburg"],
            formats=["phone"], languages=["de"],
        )  # fmt: skip
    assert not HelpRequest.objects.exists()


def test_confirm_is_idempotent_and_links_an_existing_account(places):
    existing = make_user(email="anna@example.org")
    first = help_request_make(place=places["ratzeburg"])
    second = help_request_make(place=places["ratzeburg"])
    help_request_confirm(help_request=first)
    help_request_confirm(help_request=first)
    help_request_confirm(help_request=second)
    assert User.objects.count() == 1
    assert Founder.objects.get().user == existing
    assert set(HelpRequest.objects.values_list("status", flat=True)) == {"open"}
    assert existing.has_usable_password()  # an existing password stays


def test_only_open_requests_can_be_edited(places):
    founder = Founder.objects.create(user=make_user(email="anna@example.org"))
    help_request = help_request_make(
        place=places["ratzeburg"], founder=founder, status=HelpRequest.Status.MATCHED
    )
    with pytest.raises(HelpRequestStateError):
        help_request_update(
            help_request=help_request,
            topics=Topic.objects.filter(slug="recht"),
            place=places["ratzeburg"],
            description="y" * 50,
        )
    help_request.refresh_from_db()
    assert help_request.description.startswith("Ich möchte")


def test_closed_request_cannot_be_withdrawn(places):
    user = make_user(email="anna@example.org")
    help_request = help_request_make(
        place=places["ratzeburg"], founder=Founder.objects.create(user=user),
        status=HelpRequest.Status.CLOSED,
    )  # fmt: skip
    with pytest.raises(HelpRequestStateError):
        help_request_withdraw(help_request=help_request, by=user)


def test_unconfirmed_requests_older_than_seven_days_are_deleted(places):
    now = timezone.now()
    old = help_request_make(place=places["ratzeburg"])
    young = help_request_make(place=places["ratzeburg"])
    confirmed_old = help_request_make(place=places["ratzeburg"], status=HelpRequest.Status.OPEN)
    HelpRequest.objects.filter(pk__in=[old.pk, confirmed_old.pk]).update(
        created_at=now - timedelta(days=7, minutes=1)
    )
    HelpRequest.objects.filter(pk=young.pk).update(created_at=now - timedelta(days=6, hours=23))
    assert help_requests_delete_unconfirmed(now=now) == 1
    assert set(HelpRequest.objects.values_list("pk", flat=True)) == {young.pk, confirmed_old.pk}
