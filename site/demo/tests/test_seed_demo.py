"""The demo region: believable, idempotent, and its printed logins work."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.roles import Role
from demo.data import COORDINATOR, DEMO_PASSWORD, FOUNDERS, MENTORS
from demo.simulated_people import SIMULATED
from demo.spaces import SPACES
from demo.year_checks import year_violations
from founders.models import Founder, HelpRequest
from matching.models import Match
from matching.models.matches import ENGAGED
from mentors.models import Mentor
from vocabulary.models import Place, ServiceArea

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_places():
    for index, person in enumerate((*MENTORS, *FOUNDERS, *SPACES)):
        Place.objects.get_or_create(
            postcode=person.postcode,
            locality=person.locality,
            defaults={
                "land": "SH" if person.postcode.startswith("2") else "MV",
                "latitude": 53.4 + index / 100,
                "longitude": 10.5 + index / 10,
            },
        )


def test_seed_demo_fills_the_region_and_prints_the_logins(demo_places, capsys):
    call_command("seed_demo", history_days=0)
    output = capsys.readouterr().out
    assert Mentor.objects.filter(status=Mentor.Status.ACTIVE).count() == len(MENTORS)
    assert Founder.objects.count() == len(FOUNDERS)
    assert COORDINATOR.email in output and DEMO_PASSWORD in output
    lauenburg_and_parchim = {m.place.postcode[:1] for m in Mentor.objects.select_related("place")}
    assert lauenburg_and_parchim == {"1", "2"}  # mentors in both districts


def test_seed_demo_twice_creates_nothing_new(demo_places):
    call_command("seed_demo", history_days=0)
    counts = (Mentor.objects.count(), Founder.objects.count())
    call_command("seed_demo", history_days=0)
    assert (Mentor.objects.count(), Founder.objects.count()) == counts


def test_demo_coordinator_logs_in_and_opens_the_admin(demo_places, client):
    call_command("seed_demo", history_days=0)
    response = client.post(
        reverse("account_login"), {"login": COORDINATOR.email, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_demo_footer_links_lead_to_the_legal_pages_in_the_visitors_language(
    demo_places, client, prefix
):
    call_command("seed_demo", history_days=0)
    html = client.get(f"{prefix}/").content.decode()
    for slug in ("impressum", "datenschutz", "barrierefreiheit", "kontakt"):
        path = f"{prefix}/{slug}/"
        assert f'href="{path}"' in html
        assert client.get(path).status_code == 200


def test_seed_demo_adds_a_simulated_history_once_with_every_promise_kept(demo_places, capsys):
    ServiceArea.objects.create(
        name="Demo-Gebiet",
        postcodes="\n".join({p.postcode for p in (*MENTORS, *FOUNDERS)}),
    )
    call_command("seed_demo", history_days=30)
    assert "simulated requests" in capsys.readouterr().out
    simulated = HelpRequest.objects.filter(email__startswith=SIMULATED)
    assert simulated.exists()
    assert Match.objects.filter(help_request__in=simulated, status__in=ENGAGED).exists()
    assert year_violations() == []
    count = simulated.count()
    call_command("seed_demo")  # the history is made once
    assert simulated.count() == count


def test_seed_demo_without_places_says_what_to_run():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="load_places"):
        call_command("seed_demo", history_days=0)


def test_demo_roles_are_assigned(demo_places):
    call_command("seed_demo", history_days=0)
    mentor = Mentor.objects.select_related("user").first()
    assert mentor.user.groups.filter(name=Role.MENTOR.value).exists()


def test_every_topic_of_the_demo_guides_has_a_demo_mentor(demo_places):
    call_command("seed_demo", history_days=0)
    covered = set(Mentor.objects.values_list("topics__slug", flat=True))
    assert {"recht", "steuern", "finanzierung", "design", "marketing", "digital"} <= covered


def test_home_page_features_the_guides_founders_start_with(demo_places, client):
    call_command("seed_demo", history_days=0)
    html = client.get("/").content.decode()
    assert html.index("Gewerbe anmelden") < html.index("Nächste Veranstaltungen")
    assert "Steuern für Gründer:innen" in html


def test_demo_contact_page_takes_a_message(
    demo_places, client, settings, django_capture_on_commit_callbacks
):
    import re

    from django.core import mail

    from pages.models import ContactPage

    settings.ANTISPAM_MIN_SECONDS = 0
    call_command("seed_demo", history_days=0)
    html = client.get("/kontakt/").content.decode()
    first, second = map(int, re.search(r"Bitte rechnen Sie: (\d+) \+ (\d+) =", html).groups())
    token = re.search(r'name="antispam_token" value="([^"]+)"', html)[1]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/kontakt/",
            {
                "ihr_name": "Mara Koch",
                "ihre_e_mail_adresse": "mara@example.org",
                "ihre_nachricht": "Wann ist die nächste Sprechstunde?",
                "homepage_url": "",
                "antispam_token": token,
                "antispam_answer": str(first + second),
            },
        )
    assert response.status_code == 200
    assert "innerhalb von zwei Werktagen" in response.content.decode()
    assert ContactPage.objects.get(alias_of=None).get_submission_class().objects.count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mentoring@example.org"]


def test_every_demo_founder_has_one_open_request_and_no_mail_is_sent(demo_places):
    from django.core import mail

    from founders.models import HelpRequest

    call_command("seed_demo", history_days=0)
    call_command("seed_demo", history_days=0)
    assert HelpRequest.objects.filter(status=HelpRequest.Status.OPEN).count() == len(FOUNDERS)
    assert not [m for m in mail.outbox if "bestätigen" in m.subject.lower()]


def test_the_demo_has_a_dozen_innovationsorte_in_both_districts_marked_as_examples(demo_places):
    from consultations.models import InnovationSpace

    call_command("seed_demo", history_days=0)
    spaces = InnovationSpace.objects.select_related("place")
    assert spaces.count() == len(SPACES) == 12
    assert all(space.is_example and space.listed for space in spaces)
    assert {space.place.postcode[:1] for space in spaces} == {"1", "2"}
    assert len({space.kind for space in spaces}) >= 5


def test_the_demo_has_two_confirmed_sprechtage_with_booked_and_free_times(demo_places, client):
    from consultations.models import ConsultationBooking, ConsultationDay
    from consultations.selectors import consultation_slots_free

    call_command("seed_demo", history_days=0)
    days = list(ConsultationDay.objects.filter(status=ConsultationDay.Status.CONFIRMED))
    assert len(days) == 2
    for day in days:
        booked = ConsultationBooking.objects.filter(day=day, status="booked").count()
        assert booked >= 1 and consultation_slots_free(day=day).count() >= 4
        html = client.get(f"/sprechtage/{day.pk}/").content.decode()
        assert day.title in html and "Termine frei" in html
    call_command("seed_demo", history_days=0)  # made once
    assert ConsultationDay.objects.count() == 2


def test_with_its_history_the_demo_has_a_sprechtag_held_for_the_report(demo_places):
    from consultations.models import ConsultationBooking, ConsultationDay, ConsultationFeedback
    from demo.consultation_days import demo_held_consultation_day_seed
    from reporting.periods import Period
    from reporting.selectors.consultations import consultation_figures

    call_command("seed_demo", history_days=0)
    coordinator = User.objects.get(email=COORDINATOR.email)
    assert demo_held_consultation_day_seed(coordinator=coordinator)
    held = ConsultationDay.objects.get(date__lt=timezone.localdate())
    statuses = set(ConsultationBooking.objects.filter(day=held).values_list("status", flat=True))
    assert statuses == {"attended", "no_show"}
    assert ConsultationFeedback.objects.filter(day=held).values("role").distinct().count() == 2
    this_month = timezone.localdate().replace(day=1)
    first = (this_month - timedelta(days=40)).replace(day=1)
    figures = consultation_figures(period=Period(first=first, last=this_month), area=None)
    assert figures.totals.days == 1 and figures.totals.attended == 3
    assert figures.totals.no_shows == 1
    assert not demo_held_consultation_day_seed(coordinator=coordinator)  # made once


def test_the_demo_has_two_begleitungen_at_different_stages_routed_to_their_land(
    demo_places, client
):
    from support.models import SupportTrack

    call_command("seed_demo", history_days=0)
    koch, wendt = (
        SupportTrack.objects.get(founder__user__email=email)
        for email in ("gruenderin.koch@example.org", "gruender.wendt@example.org")
    )
    assert (koch.land, wendt.land) == ("SH", "MV")
    assert koch.milestones.filter(done_at__isnull=False).count() == 2
    assert wendt.started_on is not None and wendt.milestones.filter(due_on__isnull=False)
    offices = set(wendt.milestones.exclude(office=None).values_list("office__land", flat=True))
    assert "SH" not in offices
    assert koch.milestones.exclude(guide=None).exists()  # the steps lead to the demo guides
    # Wendt has a tax adviser and a lawyer on board, each with a meeting; Koch's offer is open.
    assert sorted(wendt.experts.values_list("status", "mentor__profession")) == [
        ("accepted", "lawyer"),
        ("accepted", "tax_adviser"),
    ]
    assert wendt.sessions.count() == 2
    assert list(koch.experts.values_list("status", flat=True)) == ["offered"]
    client.force_login(koch.founder.user)
    page = client.get("/begleitung/").content.decode()
    assert "2 von" in page and "Mein Gründungsfahrplan" in page
    call_command("seed_demo", history_days=0)  # made once
    assert SupportTrack.objects.count() == 2
