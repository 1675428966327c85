"""The demo region with matches in every state a public page shows, for the accessibility
checks: an offer waiting for a mentor, an introduction waiting for feedback."""

from dataclasses import dataclass

from django.test import Client

from accounts.models import User
from demo.data import COORDINATOR
from founders.models import HelpRequest
from founders.tokens import confirmation_token_make
from matching.lifecycle import match_accept, match_approve
from matching.models import Match, MatchingRun
from matching.services import matching_run_start
from matching.tokens import feedback_token_make, offer_token_make
from tests.browser.demo import demo_region_seed


@dataclass
class Region:
    offered: Match  # waits for the mentor's answer
    introduced: Match  # both sides know each other; feedback is due
    confirm_path: str
    answer_path: str
    feedback_path: str


def region_with_matches() -> Region:
    """Tasks run in-line here (no worker): this is about pages, not about the queue."""
    demo_region_seed()
    coordinator = User.objects.get(email=COORDINATOR.email)
    matching_run_start(trigger=MatchingRun.Trigger.COORDINATOR, by=coordinator)
    first, second = Match.objects.filter(status=Match.Status.PROPOSED).order_by("pk")[:2]
    introduced = match_accept(
        match=match_approve(match=second, by=coordinator), by=second.mentor.user
    )
    offered = match_approve(match=first, by=coordinator)
    help_request = HelpRequest.objects.order_by("pk").first()
    token = confirmation_token_make(help_request_id=help_request.pk)
    offer = offer_token_make(match_id=offered.pk, user_id=offered.mentor.user_id)
    feedback = feedback_token_make(match_id=introduced.pk, side="founder")
    return Region(
        offered=offered,
        introduced=introduced,
        confirm_path=f"/hilfe-anfragen/bestaetigen/{token}/",
        answer_path=f"/vermittlung/antwort/{offer}/",
        feedback_path=f"/vermittlung/rueckmeldung/{feedback}/",
    )


def sign_in(page, user: User) -> None:
    """The browser carries `user`'s session (logging in through the form is a journey's job)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": page.base_url}])
