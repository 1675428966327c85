"""What a mentor's own page shows of her Begleitungen: offers waiting for her answer and those
she is in, each with its link. Mentors ask for it through a hook and import nothing of support."""

from django.http import HttpRequest
from django.template.loader import render_to_string

from mentors.models import Mentor
from support.models import TrackExpert
from support.selectors import track_roles_of_mentor
from support.tokens import expert_token_make


def mentor_dashboard_section(request: HttpRequest, mentor: Mentor) -> str:
    roles = list(track_roles_of_mentor(user=mentor.user).prefetch_related("milestones"))
    if not roles:
        return ""
    offers = [
        (role, expert_token_make(role_id=role.pk, user_id=mentor.user_id))
        for role in roles
        if role.status == TrackExpert.Status.OFFERED
    ]
    joined = [role for role in roles if role.status == TrackExpert.Status.ACCEPTED]
    return render_to_string(
        "support/dashboard_mentor.html", {"offers": offers, "joined": joined}, request=request
    )
