"""A small region with a known history: every figure of the report can be counted by hand.

Period January–March 2026 (Europe/Berlin). Requests (R), their place and topics, and what
happened to them (dates local):

R1 Ratzeburg  steuern         received 05.01., confirmed 06.01. 10:00, introduced 16.01. 10:00
                              (10 days), completed 10.03.
R2 Mölln      recht, steuern  received 20.01., confirmed 21.01. 09:00; first mentor declined
                              28.01.; second accepted and introduced 05.02. 09:00 (15 days)
R3 Parchim    marketing       received 10.02., confirmed 10.02. 12:00; first offer expired
                              20.02.; second accepted and introduced 02.03. 12:00 (20 days)
R4 Parchim    recht           received 15.03., never confirmed
R5 Berlin     finanzierung    received and confirmed 01.02. (outside both districts)
R6 Ratzeburg  steuern         received 31.12.2025 23:30, confirmed 31.12.2025 23:45 (both before
                              the period), introduced 10.01. 23:45 (10 days)
R7 Ratzeburg  steuern         received 31.03. 23:30 (still March in Berlin), confirmed 02.04.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from founders.models import AnsweredByGuide, HelpRequest
from matching.models import Feedback, Match, MatchTransition
from mentors.models import Mentor
from reporting.periods import Period
from vocabulary.models import Land, Place, ServiceArea

BERLIN = ZoneInfo("Europe/Berlin")
PERIOD = Period(first=date(2026, 1, 1), last=date(2026, 3, 1))
S = Match.Status
CHAIN = [S.PROPOSED, S.APPROVED, S.OFFERED]


def at(day: str, clock: str = "12:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


def place(postcode: str, locality: str, land: str, lat: float, lon: float) -> Place:
    return Place.objects.create(
        postcode=postcode, locality=locality, land=land, latitude=lat, longitude=lon
    )


def history(match: Match, steps: list[tuple[str, datetime]]) -> None:
    """Audit rows proposed → approved → offered (at the first step's time), then `steps`."""
    previous = S.PROPOSED
    first = steps[0][1]
    for status, moment in [(S.APPROVED, first), (S.OFFERED, first), *steps[1:]]:
        row = MatchTransition.objects.create(match=match, from_status=previous, to_status=status)
        MatchTransition.objects.filter(pk=row.pk).update(at=moment)
        previous = status


def dated(help_request: HelpRequest, *, received: datetime, confirmed: datetime | None) -> None:
    HelpRequest.objects.filter(pk=help_request.pk).update(
        created_at=received, confirmed_at=confirmed
    )


@pytest.fixture
def region(db, ratzeburg, moelln):
    geesthacht = place("21502", "Geesthacht", Land.SH, 53.4375, 10.3789)
    parchim = place("19370", "Parchim", Land.MV, 53.4264, 11.8483)
    ludwigslust = place("19288", "Ludwigslust", Land.MV, 53.3236, 11.4969)
    hagenow = place("19230", "Hagenow", Land.MV, 53.4306, 11.1878)
    berlin = place("10115", "Berlin", Land.BE, 52.53, 13.38)
    lauenburg = ServiceArea.objects.create(
        name="Herzogtum Lauenburg", postcodes="23909\n23879\n21502"
    )
    lup = ServiceArea.objects.create(name="Ludwigslust-Parchim", postcodes="19370, 19288, 19230")
    return {
        "lauenburg": lauenburg,
        "lup": lup,
        "ratzeburg": ratzeburg,
        "moelln": moelln,
        "parchim": parchim,
        "hagenow": hagenow,
        "ludwigslust": ludwigslust,
        "geesthacht": geesthacht,
        "berlin": berlin,
    }


@pytest.fixture
def known(region, make_request, make_expert):
    """The history above, plus mentors, feedback and guide answers (see the tests)."""
    ratzeburg, moelln_, parchim = region["ratzeburg"], region["moelln"], region["parchim"]
    e1 = make_expert(place=ratzeburg)
    e2 = make_expert(place=moelln_)
    e3 = make_expert(place=parchim)
    make_expert(place=parchim, status=Mentor.Status.PENDING)  # not on the map: not verified

    def request(topics, where, received, confirmed, status=HelpRequest.Status.OPEN):
        help_request = make_request(topics=topics, place=where, status=status)
        dated(help_request, received=received, confirmed=confirmed)
        return help_request

    r1 = request(("steuern",), ratzeburg, at("2026-01-05"), at("2026-01-06", "10:00"))
    r2 = request(("recht", "steuern"), moelln_, at("2026-01-20"), at("2026-01-21", "09:00"))
    r3 = request(("marketing",), parchim, at("2026-02-10"), at("2026-02-10", "12:00"))
    request(("recht",), parchim, at("2026-03-15"), None, HelpRequest.Status.UNCONFIRMED)
    request(("finanzierung",), region["berlin"], at("2026-02-01"), at("2026-02-01"))
    r6 = request(("steuern",), ratzeburg, at("2025-12-31", "23:30"), at("2025-12-31", "23:45"))
    request(("steuern",), ratzeburg, at("2026-03-31", "23:30"), at("2026-04-02"))

    def match(help_request, mentor, status, steps):
        m = Match.objects.create(help_request=help_request, mentor=mentor, score=0.5, status=status)
        history(m, steps)
        return m

    m1 = match(
        r1,
        e1,
        S.COMPLETED,
        [
            (S.OFFERED, at("2026-01-08")),
            (S.ACCEPTED, at("2026-01-16", "10:00")),
            (S.INTRODUCED, at("2026-01-16", "10:00")),
            (S.COMPLETED, at("2026-03-10")),
        ],
    )
    match(r2, e1, S.DECLINED, [(S.OFFERED, at("2026-01-25")), (S.DECLINED, at("2026-01-28"))])
    m3 = match(
        r2,
        e2,
        S.INTRODUCED,
        [
            (S.OFFERED, at("2026-02-01")),
            (S.ACCEPTED, at("2026-02-05", "09:00")),
            (S.INTRODUCED, at("2026-02-05", "09:00")),
        ],
    )
    match(r3, e3, S.EXPIRED, [(S.OFFERED, at("2026-02-12")), (S.EXPIRED, at("2026-02-20"))])
    match(
        r3,
        e3,
        S.INTRODUCED,
        [
            (S.OFFERED, at("2026-02-21")),
            (S.ACCEPTED, at("2026-03-02", "12:00")),
            (S.INTRODUCED, at("2026-03-02", "12:00")),
        ],
    )
    match(
        r6,
        e2,
        S.INTRODUCED,
        [
            (S.OFFERED, at("2026-01-02")),
            (S.ACCEPTED, at("2026-01-10", "23:45")),
            (S.INTRODUCED, at("2026-01-10", "23:45")),
        ],
    )
    for m, side, met, helpful, when in [
        (m1, "founder", True, 5, at("2026-02-27")),
        (m1, "mentor", True, 4, at("2026-02-28")),
        (m3, "founder", False, 2, at("2026-03-20")),
        (m3, "mentor", True, 1, at("2026-04-01")),  # after the period
    ]:
        row = Feedback.objects.create(
            match=m, side=side, met=met, helpful=helpful, outcome="continue"
        )
        Feedback.objects.filter(pk=row.pk).update(created_at=when)
    _guide_answers()
    return region


def _guide_answers() -> None:
    from wagtail.models import Page

    from vocabulary.models import Topic

    guide = Page.objects.first()
    steuern, recht = Topic.objects.get(slug="steuern"), Topic.objects.get(slug="recht")
    AnsweredByGuide.objects.create(guide=guide, topic=steuern, date=date(2026, 1, 3))
    AnsweredByGuide.objects.create(guide=guide, topic=recht, date=date(2026, 2, 14))
    AnsweredByGuide.objects.create(guide=guide, topic=steuern, date=date(2025, 12, 31))


@pytest.fixture
def sprechtage(region, make_expert, make_request):
    """Three Sprechtage held and five that do not count (see reporting/tests/sprechtage.py)."""
    from reporting.tests.sprechtage import sprechtage_history

    return sprechtage_history(region=region, make_expert=make_expert, make_request=make_request)
