"""The outbox's recurring work is registered once: the retry sweep every minute, the clean-up."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.models import Schedule

from outbox.models import Mail
from outbox.services import (
    CLEANUP_SCHEDULE_NAME,
    SEND_DUE_SCHEDULE_NAME,
    mails_delete_old,
    outbox_schedules_sync,
)

pytestmark = pytest.mark.django_db


def test_the_schedules_are_registered_once_and_corrected():
    Schedule.objects.filter(name=SEND_DUE_SCHEDULE_NAME).update(func="outbox.tasks.old_name")
    outbox_schedules_sync()
    outbox_schedules_sync()
    sweep = Schedule.objects.get(name=SEND_DUE_SCHEDULE_NAME)
    assert (sweep.func, sweep.schedule_type, sweep.minutes) == (
        "outbox.tasks.mails_send_due",
        Schedule.MINUTES,
        1,
    )
    assert Schedule.objects.get(name=CLEANUP_SCHEDULE_NAME).schedule_type == Schedule.DAILY


def test_old_mails_are_deleted_but_waiting_ones_kept(settings):
    settings.OUTBOX_KEEP_DAYS = 90
    common = {"template": "t", "language": "de", "subject": "S", "text": "T"}
    old_sent = Mail.objects.create(to="a@example.org", status=Mail.Status.SENT, **common)
    old_waiting = Mail.objects.create(to="b@example.org", status=Mail.Status.PENDING, **common)
    recent = Mail.objects.create(to="c@example.org", status=Mail.Status.SENT, **common)
    long_ago = timezone.now() - timedelta(days=91)
    Mail.objects.filter(pk__in=[old_sent.pk, old_waiting.pk]).update(created_at=long_ago)
    assert mails_delete_old() == 1
    assert set(Mail.objects.values_list("pk", flat=True)) == {old_waiting.pk, recent.pk}
