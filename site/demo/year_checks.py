"""The promises of the service, checked over whatever is in the database (a simulated year or
a real one): each broken promise is one line of plain text."""

from django.db.models import Count, Min, Q

from founders.models import HelpRequest
from matching.models import Match
from matching.models.matches import LIVE
from matching.selectors import mentor_places_taken
from mentors.models import Mentor
from outbox.models import Mail
from support.models import TrackExpert

S = Match.Status


def year_violations() -> list[str]:
    return [
        *_over_capacity(),
        *_two_live_matches(),
        *_unexplained_states(),
        *_contact_data_before_acceptance(),
        *_mail_after_withdrawn_consent(),
    ]


def _over_capacity() -> list[str]:
    # Her places as the lifecycle counts them: matches under way and Begleitungen she is in.
    taken = {m: mentor_places_taken(mentor=m) for m in Mentor.objects.all()}
    return [
        f"mentor {m.pk} works with {n} founders, capacity {m.capacity}"
        for m, n in taken.items()
        if n > m.capacity
    ]


def _two_live_matches() -> list[str]:
    live = HelpRequest.objects.annotate(n=Count("matches", filter=Q(matches__status__in=LIVE)))
    return [f"request {r.pk} has {r.n} live matches" for r in live.filter(n__gt=1)]


def _unexplained_states() -> list[str]:
    found = []
    for match in Match.objects.prefetch_related("transitions"):
        state = S.PROPOSED
        for step in match.transitions.all():
            if step.from_status not in (state, step.to_status):
                found.append(f"match {match.pk}: {step.from_status} after {state}")
            state = step.to_status
        if state != match.status:
            found.append(f"match {match.pk} is {match.status}, its audit ends at {state}")
    return found


def _contact_data_before_acceptance() -> list[str]:
    """A mentor may hold a founder's address only from a valid acceptance: one made while the
    request was live and the founder consented."""
    found = []
    accepted = Match.objects.annotate(
        accepted_at=Min("transitions__at", filter=Q(transitions__to_status=S.ACCEPTED))
    ).exclude(accepted_at=None)
    valid: set[tuple[str, str]] = set()
    for match in accepted.select_related("help_request__founder", "mentor__user"):
        help_request = match.help_request
        withdrawn = help_request.withdrawn_at
        consent_gone = help_request.founder and help_request.founder.consent_withdrawn_at
        if (withdrawn and withdrawn < match.accepted_at) or (
            consent_gone and consent_gone < match.accepted_at
        ):
            found.append(f"match {match.pk} accepted after the founder withdrew")
        else:
            valid.add((match.mentor.user.email.lower(), help_request.email.lower()))
    # An expert who said yes to a step of a Begleitung is introduced to its founder as well.
    joined = TrackExpert.objects.exclude(answered_at=None).exclude(
        status=TrackExpert.Status.DECLINED
    )
    for mentor_email, founder_email in joined.values_list(
        "mentor__user__email", "track__founder__user__email"
    ):
        valid.add((mentor_email.lower(), founder_email.lower()))
    mentors = {email.lower() for email in Mentor.objects.values_list("user__email", flat=True)}
    founders = {e.lower() for e in HelpRequest.objects.values_list("email", flat=True)}
    for to, text in Mail.objects.values_list("to", "text"):
        if to.lower() not in mentors:
            continue
        for email in founders:
            if email in text.lower() and (to.lower(), email) not in valid:
                found.append(f"a mail to mentor {to} names founder {email}")
    return found


def _mail_after_withdrawn_consent() -> list[str]:
    found = []
    for help_request in HelpRequest.objects.filter(
        founder__consent_withdrawn_at__isnull=False
    ).select_related("founder"):
        late = Mail.objects.filter(
            to__iexact=help_request.email, created_at__gt=help_request.founder.consent_withdrawn_at
        ).exclude(status=Mail.Status.SKIPPED)
        found += [
            f"mail {pk} to {help_request.email} after withdrawal"
            for pk in late.values_list("pk", flat=True)
        ]
    return sorted(set(found))
