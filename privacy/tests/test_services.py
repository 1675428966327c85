"""Export holds every registered field; deletion leaves no trace; withdrawal stops matching."""

import json

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.storage import default_storage
from django.db import connection
from django_q.models import OrmQ, Schedule, Task
from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log
from wagtail.models import Page

from accounts.models import User
from founders.models import HelpRequest
from founders.tokens import confirmation_token_make
from mentors.models import Mentor
from mentors.selectors import mentors_matchable
from privacy.registry import registered_for
from privacy.services import account_delete, consent_withdraw, personal_data_export
from privacy.tests.conftest import (
    FOUNDER_EMAIL,
    FOUNDER_LAST_NAME,
    FOUNDER_PHRASE,
    MENTOR_EMAIL,
    MENTOR_LAST_NAME,
    MENTOR_PHRASE,
)

pytestmark = pytest.mark.django_db


def _exported_fields(export: dict, model) -> set[str]:
    entry = registered_for(model)
    section = export["data"][entry.label]
    assert section["rows"], entry.label
    return set(section["rows"][0]) - {"id"}


def _expected(model) -> set[str]:
    entry = registered_for(model)
    return set(entry.fields) - entry.not_exported


def test_export_of_a_founder_holds_every_registered_field(founder_help_request):
    user = founder_help_request.founder.user
    export = personal_data_export(user=user)

    json.dumps(export)  # serialisable as it is
    for model in (User, HelpRequest, type(founder_help_request.founder)):
        assert _exported_fields(export, model) == _expected(model)
    request_row = export["data"]["founders.helprequest"]["rows"][0]
    assert FOUNDER_PHRASE in request_row["description"]
    assert export["data"]["founders.helprequest"]["fields"]["description"] == "Worum geht es?"
    assert "password" not in export["data"]["accounts.user"]["rows"][0]
    assert export["data"]["account.emailaddress"]["rows"][0]["email"] == FOUNDER_EMAIL


def test_export_of_a_mentor_holds_every_registered_field(mentor):
    export = personal_data_export(user=mentor.user)

    json.dumps(export)
    for model in (User, Mentor):
        assert _exported_fields(export, model) == _expected(model)
    row = export["data"]["mentors.mentor"]["rows"][0]
    assert row["organisation"] == MENTOR_PHRASE and row["photo"]


def test_export_holds_nothing_of_another_person(founder_help_request, mentor):
    export = json.dumps(personal_data_export(user=mentor.user))
    assert FOUNDER_EMAIL not in export and FOUNDER_PHRASE not in export


def _every_stored_text() -> str:
    """Every value of every column of every table, as text."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        value = bytes(value).decode("utf-8", "ignore")
                    chunks.append(str(value))
    # django-q2 pickles task arguments and results; read them decoded as well.
    for task in Task.objects.all():
        chunks.append(repr((task.name, task.func, task.args, task.kwargs, task.result)))
    for schedule in Schedule.objects.all():
        chunks.append(repr((schedule.name, schedule.func, schedule.args, schedule.kwargs)))
    for queued in OrmQ.objects.all():
        chunks.append(repr(queued.task))
    return "\n".join(chunks).lower()


def _assert_gone(*secrets: str) -> None:
    stored = _every_stored_text()
    for secret in secrets:
        assert secret.lower() not in stored, secret


def test_deleting_a_founder_leaves_no_personal_data_in_any_table(founder_help_request, client):
    user = founder_help_request.founder.user
    # Logged in as she would be: by the link in her confirmation mail.
    token = confirmation_token_make(help_request_id=founder_help_request.pk)
    client.post(f"/hilfe-anfragen/bestaetigen/{token}/")
    assert "_auth_user_id" in client.session
    submission = FormSubmission.objects.create(
        page=Page.objects.get(depth=1), form_data={"name": "Wiebke", "email": FOUNDER_EMAIL}
    )
    assert Task.objects.exists(), "the confirmation mail ran as a task"
    assert FOUNDER_PHRASE.lower() in _every_stored_text()  # the check can see the data
    mail.outbox.clear()

    account_delete(user=user)

    _assert_gone(FOUNDER_EMAIL, FOUNDER_LAST_NAME, FOUNDER_PHRASE)
    for message in mail.outbox:
        assert FOUNDER_EMAIL not in message.message().as_string()
    assert not FormSubmission.objects.filter(pk=submission.pk).exists()
    assert not Session.objects.exists()
    user.refresh_from_db()
    assert not user.is_active and not user.has_usable_password()
    assert user.email == f"geloescht-{user.pk}@invalid"
    # The aggregate survives: a withdrawn request with its topic, stage and district.
    founder_help_request.refresh_from_db()
    assert founder_help_request.status == HelpRequest.Status.WITHDRAWN
    assert founder_help_request.topics.exists() and founder_help_request.place_id
    assert founder_help_request.last_name == "gelöscht"


def test_deleting_a_mentor_leaves_no_personal_data_and_no_photo(
    mentor, django_capture_on_commit_callbacks
):
    photo = mentor.photo.name
    assert default_storage.exists(photo)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=mentor.user)

    _assert_gone(MENTOR_EMAIL, MENTOR_LAST_NAME, MENTOR_PHRASE)
    assert not mail.outbox
    assert not default_storage.exists(photo)
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.RETIRED and mentor not in mentors_matchable()


def test_deletion_erases_an_unconfirmed_request_sent_from_the_same_address(
    founder_help_request, place, topic
):
    from founders.services import help_request_submit

    second = help_request_submit(
        first_name="Wiebke",
        last_name=FOUNDER_LAST_NAME,
        email=FOUNDER_EMAIL,
        topics=[topic],
        description=f"Noch einmal: {FOUNDER_PHRASE}, jetzt mit Ferienwohnung.",
        stage="idea",
        place=place,
        formats=[],
        languages=["de"],
    )

    account_delete(user=founder_help_request.founder.user)

    second.refresh_from_db()
    assert second.email.endswith("@invalid") and FOUNDER_PHRASE not in second.description


def test_task_arguments_never_hold_personal_data(founder_help_request, mentor):
    for task in Task.objects.all():
        for value in [*(task.args or ()), *(task.kwargs or {}).values()]:
            assert isinstance(value, int), (task.func, value)


def test_withdrawing_consent_stops_matching(founder_help_request, mentor):
    assert mentor in mentors_matchable()

    consent_withdraw(user=mentor.user)
    consent_withdraw(user=founder_help_request.founder.user)

    assert mentor not in mentors_matchable()
    founder_help_request.refresh_from_db()
    assert founder_help_request.status == HelpRequest.Status.WITHDRAWN
    assert founder_help_request.withdrawn_at is not None
    assert User.objects.get(pk=mentor.user.pk).is_active  # the account itself stays


def test_the_admin_log_forgets_the_name_of_a_deleted_person(mentor, coordinator_user):
    # A coordinator's edit in the admin is logged with the mentor's name as its label.
    entry = log(instance=mentor, action="wagtail.edit", user=coordinator_user)
    assert MENTOR_LAST_NAME in entry.label

    account_delete(user=mentor.user)

    _assert_gone(MENTOR_LAST_NAME)
    entry.refresh_from_db()
    assert entry.label == "gelöscht" and entry.action == "wagtail.edit"
    assert entry.user_id == coordinator_user.pk  # the coordinator's own record stays
