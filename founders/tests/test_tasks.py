"""Background tasks: ids only as arguments, the mail's language, the daily cleanup schedule."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from django_q.models import Schedule

from founders.models import HelpRequest
from founders.services import CLEANUP_SCHEDULE_NAME, cleanup_schedule_sync, help_request_submit
from founders.tasks import help_requests_delete_unconfirmed
from founders.tests.conftest import help_request_make
from outbox.models import Mail
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def test_the_send_task_gets_only_the_mail_id(places, django_capture_on_commit_callbacks):
    with (
        mock.patch("django_q.tasks.async_task") as async_task,
        django_capture_on_commit_callbacks(execute=True),
    ):
        help_request_submit(
            first_name="Anna", last_name="Hansen", email="anna@example.org",
            topics=Topic.objects.filter(slug="recht"), description="x" * 40, stage="idea",
            place=places["ratzeburg"], formats=["video"], languages=["de"],
        )  # fmt: skip
    queued = Mail.objects.get(to="anna@example.org")
    async_task.assert_called_once_with("outbox.tasks.mail_send", queued.pk)


def test_no_mail_before_commit(places, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        help_request_submit(
            first_name="Anna", last_name="Hansen", email="anna@example.org",
            topics=Topic.objects.filter(slug="recht"), description="x" * 40, stage="idea",
            place=places["ratzeburg"], formats=["video"], languages=["de"],
        )  # fmt: skip
    assert not mail.outbox and len(callbacks) == 1


def test_confirmation_mail_is_written_in_the_request_language(
    places, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        help_request_submit(
            first_name="Anna", last_name="Hansen", email="anna@example.org",
            topics=Topic.objects.filter(slug="recht"), description="x" * 40, stage="idea",
            place=places["ratzeburg"], formats=["video"], languages=["de"],
            contact_language="en",
        )  # fmt: skip
    assert "/en/hilfe-anfragen/bestaetigen/" in mail.outbox[0].body


def test_cleanup_task_deletes_stale_unconfirmed_requests(places):
    stale = help_request_make(place=places["ratzeburg"])
    HelpRequest.objects.filter(pk=stale.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert help_requests_delete_unconfirmed() == 1
    assert not HelpRequest.objects.exists()


def test_cleanup_is_scheduled_daily_once():
    # The post_migrate handler has run at test database creation; running it again adds nothing.
    assert Schedule.objects.filter(name=CLEANUP_SCHEDULE_NAME).exists()
    cleanup_schedule_sync()
    schedule = Schedule.objects.get(name=CLEANUP_SCHEDULE_NAME)
    assert schedule.func == "founders.tasks.help_requests_delete_unconfirmed"
    assert schedule.schedule_type == Schedule.DAILY
