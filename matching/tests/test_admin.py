"""Coordinators start runs and watch them, read proposals and suggestions, and set weights."""

import pytest

from matching.models import Match, MatchingRun, MatchingSettings

pytestmark = pytest.mark.django_db


def test_a_coordinator_starts_a_run_and_follows_it_to_the_proposals(
    client, coordinator_user, make_request, make_expert, django_capture_on_commit_callbacks
):
    make_expert()
    make_request()
    client.force_login(coordinator_user)
    assert "/admin/matching/runs/start/" in client.get("/admin/matching/runs/").content.decode()
    assert (
        "/admin/matching/matches/approve-above/"
        in client.get("/admin/matching/matches/").content.decode()
    )
    assert "Jetzt starten" in client.get("/admin/matching/runs/start/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the worker runs in-line in tests
        response = client.post("/admin/matching/runs/start/")
    run = MatchingRun.objects.get()
    assert response.url == f"/admin/matching/runs/{run.pk}/progress/"
    assert run.started_by == coordinator_user and run.trigger == MatchingRun.Trigger.COORDINATOR
    page = client.get(response.url).content.decode()
    assert "Fertig: 1 von 1 offenen Anfragen haben einen Vorschlag." in page
    assert 'http-equiv="refresh"' not in page  # finished: no more polling
    assert client.get(f"{response.url}json/").json() == {
        "done": 100,
        "total": 100,
        "state": "done",
        "message": "Fertig: 1 von 1 offenen Anfragen haben einen Vorschlag.",
    }
    proposals = client.get(f"/admin/matching/matches/?run={run.pk}").content.decode()
    assert "deckt 1 von 1 Thema ab" in proposals


def test_a_running_run_shows_progress_that_updates_itself(client, coordinator_user):
    run = MatchingRun.objects.create(
        trigger=MatchingRun.Trigger.COORDINATOR,
        status=MatchingRun.Status.RUNNING,
        stage=MatchingRun.Stage.SCORING,
        progress=40,
    )
    client.force_login(coordinator_user)
    page = client.get(f"/admin/matching/runs/{run.pk}/progress/").content.decode()
    assert 'value="40"' in page and "bewertet Paare" in page
    assert 'src="/static/js/progress.js"' in page and 'http-equiv="refresh"' in page
    state = client.get(f"/admin/matching/runs/{run.pk}/progress/json/").json()
    assert state["state"] == "running" and state["done"] == 40


def test_a_second_start_while_a_run_is_going_is_refused_with_a_message(client, coordinator_user):
    MatchingRun.objects.create(trigger=MatchingRun.Trigger.SCHEDULE, slot="global")
    client.force_login(coordinator_user)
    response = client.post("/admin/matching/runs/start/", follow=True)
    assert "Es läuft bereits eine Vermittlung" in response.content.decode()
    assert MatchingRun.objects.count() == 1


@pytest.mark.parametrize("role_user", ["founder_user", "editor_user"])
def test_only_coordinators_start_runs_or_see_suggestions(client, request, role_user, make_request):
    help_request = make_request()
    client.force_login(request.getfixturevalue(role_user))
    for url in (
        "/admin/matching/runs/start/",
        f"/admin/matching/requests/{help_request.pk}/suggestions/",
    ):
        assert client.post(url).status_code in (302, 403)
    assert not MatchingRun.objects.exists()


def test_the_request_page_links_to_its_best_mentors_with_reasons(
    client, coordinator_user, make_request, make_expert
):
    help_request = make_request()
    expert = make_expert()
    make_expert(topics=("recht",))
    client.force_login(coordinator_user)
    inspect = client.get(f"/admin/help-requests/inspect/{help_request.pk}/").content.decode()
    url = f"/admin/matching/requests/{help_request.pk}/suggestions/"
    assert url in inspect
    page = client.get(url).content.decode()
    assert page.count("/admin/mentors/review/") == 1
    assert f"/admin/mentors/review/{expert.pk}/" in page
    assert "weniger als 1 km entfernt, bietet Treffen vor Ort" in page


def test_a_request_nobody_can_serve_says_so(client, coordinator_user, make_request):
    help_request = make_request()
    client.force_login(coordinator_user)
    page = client.get(f"/admin/matching/requests/{help_request.pk}/suggestions/")
    assert "Zurzeit passt keine Expert:in" in page.content.decode()


def test_coordinators_change_the_weights_and_all_zero_is_refused(client, coordinator_user):
    client.force_login(coordinator_user)
    url = client.get("/admin/settings/matching/matchingsettings/", follow=True).redirect_chain[-1][
        0
    ]
    form = {f"weight_{name}": 0 for name in ("topic", "text", "distance", "fit", "waiting")}
    form |= {"weight_load": 0, "distance_km": 25, "waiting_days": 30, "suggestions": 5}
    response = client.post(url, form)
    assert "Mindestens ein Gewicht" in response.content.decode()
    assert MatchingSettings.load().weight_topic == 35
    client.post(url, form | {"weight_topic": 80})
    assert MatchingSettings.load().weights().topic == 0.8


def test_proposals_are_read_only_in_the_admin(client, coordinator_user, make_request, make_expert):
    match = Match.objects.create(help_request=make_request(), mentor=make_expert(), score=0.5)
    client.force_login(coordinator_user)
    assert client.get(f"/admin/matching/matches/edit/{match.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/matching/matches/inspect/{match.pk}/").status_code == 200


def test_the_admin_home_shows_the_pipeline_and_what_is_overdue(
    client, coordinator_user, make_request, make_expert
):
    from datetime import timedelta

    from django.utils import timezone

    from founders.models import HelpRequest

    mentor = make_expert(capacity=5)
    old = make_request()
    HelpRequest.objects.filter(pk=old.pk).update(confirmed_at=timezone.now() - timedelta(days=9))
    make_request()
    offer = Match.objects.create(
        help_request=make_request(), mentor=mentor, score=0.5, status=Match.Status.OFFERED
    )
    Match.objects.filter(pk=offer.pk).update(updated_at=timezone.now() - timedelta(days=6))
    client.force_login(coordinator_user)
    page = client.get("/admin/").content.decode()
    assert "Anfragen ohne Vorschlag</a></th><td>2</td>" in page
    assert "angeboten</a></th><td>1</td>" in page
    assert "1 Anfrage wartet seit über 7 Tagen auf eine Expert:in." in page
    assert "1 Angebot seit über 5 Tagen unbeantwortet." in page
