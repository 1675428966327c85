"""The daily review reminder: mails editors the overdue guides, and nothing when none are."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.roles import Role
from conftest import make_user
from guides.tasks import guides_review_overdue_notify
from guides.tests.factories import guide_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def today():
    return timezone.localdate()


def test_nothing_is_sent_when_no_review_is_overdue(guide_index, editor_user, today):
    guide_make(guide_index, title="Aktuell", review_due=today + timedelta(days=30))
    guide_make(guide_index, title="Heute fällig", review_due=today)
    assert guides_review_overdue_notify() == 0
    assert mail.outbox == []


def test_editors_get_exactly_the_overdue_guides(
    guide_index,
    editor_user,
    coordinator_user,
    founder_user,
    today,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.WAGTAILADMIN_BASE_URL = "https://mentoring.example.org"
    make_user(email="lektorat@example.org", role=Role.EDITOR)
    retired = make_user(email="ehemalig@example.org", role=Role.EDITOR)
    retired.is_active = False
    retired.save()
    long_overdue = guide_make(
        guide_index, title="Rechtsform wählen", review_due=today - timedelta(days=40)
    )
    guide_make(guide_index, title="Steuern & Buchhaltung", review_due=today - timedelta(days=1))
    guide_make(guide_index, title="Marke und Design", review_due=today + timedelta(days=1))
    guide_make(guide_index, title="Entwurf", review_due=today - timedelta(days=5), live=False)

    with django_capture_on_commit_callbacks(execute=True):
        assert guides_review_overdue_notify() == 2

    assert sorted(message.to[0] for message in mail.outbox) == [
        "lektorat@example.org",
        "redaktion@example.org",
    ]
    message = mail.outbox[0]
    assert message.subject == "[Landvorteil] 2 Leitfäden warten auf die fachliche Prüfung"
    listed = [line[2:] for line in message.body.splitlines() if line.startswith("- ")]
    assert listed == ["Rechtsform wählen", "Steuern & Buchhaltung"]  # plain text, unescaped
    assert f"https://mentoring.example.org/admin/pages/{long_overdue.pk}/edit/" in message.body
    due = long_overdue.review_due
    assert f"Prüfung fällig seit: {due.day}. " in message.body
    assert "Marke und Design" not in message.body and "Entwurf" not in message.body
