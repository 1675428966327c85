import pytest
from django.contrib.auth.models import Permission
from django.core import mail

from mentors.models import Mentor
from mentors.selectors import mentors_matchable

pytestmark = pytest.mark.django_db

INDEX = "/admin/mentors/"


def review_url(mentor: Mentor) -> str:
    return f"/admin/mentors/review/{mentor.pk}/"


def test_coordinator_verifies_a_pending_mentor_who_then_becomes_matchable(
    client, coordinator_user, make_mentor, django_capture_on_commit_callbacks
):
    mentor = make_mentor()
    client.force_login(coordinator_user)

    assert "Bestätigen" in client.get(review_url(mentor)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(mentor), {"decision": "verify"})

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.ACTIVE and mentor.verified_by == coordinator_user
    assert mentor in mentors_matchable()
    assert [m.to for m in mail.outbox] == [[mentor.user.email]]


def test_rejecting_needs_a_reason_shown_next_to_the_field(client, coordinator_user, make_mentor):
    mentor = make_mentor()
    client.force_login(coordinator_user)

    response = client.post(review_url(mentor), {"decision": "reject", "reason": ""})

    assert response.status_code == 400
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.PENDING
    client.post(review_url(mentor), {"decision": "reject", "reason": "Keine Kammernummer"})
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.REJECTED
    assert mentor.rejection_reason == "Keine Kammernummer"


def test_an_active_mentor_cannot_be_verified_again(client, coordinator_user, make_mentor):
    mentor = make_mentor(status=Mentor.Status.REJECTED)
    client.force_login(coordinator_user)

    response = client.post(review_url(mentor), {"decision": "verify"}, follow=True)

    assert "Nur Profile, die auf Prüfung warten" in response.content.decode()
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.REJECTED and mentor.verified_by is None


def test_coordinators_filter_and_search_the_mentor_list(client, coordinator_user, make_mentor):
    pending = make_mentor(organisation="Kanzlei Seeblick")
    active = make_mentor(status=Mentor.Status.ACTIVE, organisation="Werbestudio Elbe")
    client.force_login(coordinator_user)

    by_status = client.get(INDEX, {"status": "pending"}).content.decode()
    by_search = client.get(INDEX, {"q": "Werbestudio"}).content.decode()
    by_email = client.get(INDEX, {"q": pending.user.email}).content.decode()

    assert review_url(pending) in by_status and review_url(active) not in by_status
    assert review_url(active) in by_search and review_url(pending) not in by_search
    assert review_url(pending) in by_email and review_url(active) not in by_email


def test_coordinator_without_verify_permission_cannot_decide(client, coordinator_user, make_mentor):
    from django.contrib.auth.models import Group

    # A coordinator group that lost the permission (roles.py grants it to coordinators).
    Group.objects.get(name="Coordinator").permissions.remove(
        Permission.objects.get(codename="verify_mentor")
    )
    mentor = make_mentor()
    client.force_login(coordinator_user)

    response = client.post(review_url(mentor), {"decision": "verify"})

    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert response.status_code in (302, 403) and response.get("Location") != review_url(mentor)
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.PENDING


@pytest.mark.parametrize("who", ["editor_user", "founder_user"])
def test_editors_and_founders_cannot_reach_mentor_admin(client, request, who, make_mentor):
    mentor = make_mentor()
    client.force_login(request.getfixturevalue(who))

    assert client.get(INDEX).status_code in (302, 403)
    assert client.post(review_url(mentor), {"decision": "verify"}).status_code in (302, 403)
    mentor.refresh_from_db()
    assert mentor.status == Mentor.Status.PENDING


def test_editors_do_not_see_the_mentor_menu(client, editor_user):
    client.force_login(editor_user)
    assert INDEX not in client.get("/admin/").content.decode()


def test_coordinators_open_the_inspect_and_edit_views_and_filter_by_topic(
    client, coordinator_user, make_mentor
):
    mentor = make_mentor()
    client.force_login(coordinator_user)
    topic = mentor.topics.get()

    assert client.get(f"{INDEX}inspect/{mentor.pk}/").status_code == 200
    assert client.get(f"{INDEX}edit/{mentor.pk}/").status_code == 200
    assert review_url(mentor) in client.get(INDEX, {"topics": topic.pk}).content.decode()
