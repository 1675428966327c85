"""A coordinator puts a founder on close support: her plan comes from the template, each step
routed to the office of her Land; she is asked by a signed link and may say no or leave."""

import re

import pytest
from django.core import mail

from support.models import OfficeKind, SupportTrack
from support.services import SupportTrackError, support_track_start

pytestmark = pytest.mark.django_db
Status = SupportTrack.Status


def _offices(track) -> dict[str, str]:
    return {
        step.office.kind: step.office.name
        for step in track.milestones.select_related("office")
        if step.office is not None
    }


def test_a_founder_in_moelln_gets_the_offices_of_schleswig_holstein(start, moelln):
    offices = _offices(start(moelln))
    assert offices[OfficeKind.CHAMBER_COMMERCE] == "IHK zu Lübeck"
    assert offices[OfficeKind.DEVELOPMENT_BANK].startswith("Investitionsbank Schleswig-Holstein")


def test_a_founder_in_hagenow_gets_those_of_mecklenburg_vorpommern(start, hagenow):
    offices = _offices(start(hagenow))
    assert offices[OfficeKind.CHAMBER_COMMERCE] == "IHK zu Schwerin"
    assert offices[OfficeKind.DEVELOPMENT_BANK].startswith("Landesförderinstitut")
    # The local ones are the same words for both: her own municipality's, her own tax office.
    assert OfficeKind.TAX_OFFICE in offices and OfficeKind.TRADE_OFFICE in offices


def test_the_plan_follows_the_template_in_its_order(start, moelln, gewerbe):
    track = start(moelln)
    assert [m.key for m in track.milestones.order_by("order")] == [
        s.key for s in gewerbe.steps.order_by("sort_order")
    ]
    questionnaire = track.milestones.get(due_days_after_start__isnull=False)
    assert questionnaire.office.kind == OfficeKind.TAX_OFFICE
    assert questionnaire.due_days_after_start == 30 and questionnaire.due_on is None


def test_she_agrees_by_her_mailed_link_and_a_scanner_changes_nothing(client, start, moelln):
    track = start(moelln)
    (sent,) = mail.outbox
    link = re.search(r"https?://[^/]+(/begleitung/zustimmen/\S+/)", sent.body).group(1)
    page = client.get(link)
    assert page.status_code == 200 and "IHK zu Lübeck" in page.content.decode()
    track.refresh_from_db()
    assert track.status == Status.PROPOSED  # a GET (a mail scanner) agrees to nothing
    client.post(link, {"decision": "yes"})
    track.refresh_from_db()
    assert track.status == Status.ACTIVE and track.consent_version and track.consented_at


def test_she_may_say_no_and_the_link_then_is_closed(client, start, moelln):
    track = start(moelln)
    link = re.search(r"https?://[^/]+(/begleitung/zustimmen/\S+/)", mail.outbox[0].body).group(1)
    client.post(link, {})  # a post that says neither yes nor no decides nothing
    track.refresh_from_db()
    assert track.status == Status.PROPOSED
    client.post(link, {"decision": "no"})
    track.refresh_from_db()
    assert track.status == Status.LEFT
    assert client.get(link).status_code == 410
    assert client.get(link.replace("zustimmen/", "zustimmen/x")).status_code == 400


def test_one_live_begleitung_per_founder_and_none_before_the_request_is_confirmed(
    start, moelln, make_request, coordinator_user, gewerbe
):
    track = start(moelln)
    again = dict(lead=coordinator_user, idea="Noch eine Idee.", stage="idea", path=gewerbe)
    with pytest.raises(SupportTrackError):
        support_track_start(help_request=track.help_request, **again)
    unconfirmed = make_request(status="unconfirmed", email="neu@example.org")
    with pytest.raises(SupportTrackError):
        support_track_start(help_request=unconfirmed, **again)
    assert SupportTrack.objects.count() == 1


def test_a_coordinator_starts_one_in_the_admin_from_a_confirmed_request(
    client, coordinator_user, make_request, moelln, gewerbe, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    help_request = make_request(place=moelln, email="hofkaese@example.org")
    client.force_login(coordinator_user)
    url = reverse("support_track_admin:add")
    assert client.get(url).status_code == 200
    form = {
        "help_request": help_request.pk,
        "path": gewerbe.pk,
        "stage": "founding",
        "idea": "",
    }
    refused = client.post(url, form)
    assert refused.status_code == 200 and not SupportTrack.objects.exists()
    assert "Bitte beschreiben Sie die Idee" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**form, "idea": "Hofkäserei mit Laden."})
    assert response.status_code == 302
    track = SupportTrack.objects.get()
    assert (track.lead, track.land, track.status) == (coordinator_user, "SH", Status.PROPOSED)
    assert track.milestones.count() == gewerbe.steps.count()
    assert [m.to for m in mail.outbox] == [["hofkaese@example.org"]]
    listing = client.get(reverse("support_track_admin:index")).content.decode()
    assert "wartet auf Zustimmung" in listing
