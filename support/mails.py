"""The mails of a Begleitung, written to the outbox in the transaction of the change."""

from django.conf import settings

from outbox.links import mail_link
from outbox.services import mail_render_enqueue
from support.models import SupportTrack, TrackExpert
from support.tokens import consent_token_make, expert_token_make


def _language(user) -> str:
    """The language she chose for her account, else the site's."""
    return user.language or settings.LANGUAGE_CODE


def consent_mail_enqueue(*, track: SupportTrack) -> None:
    """The founder is asked whether she wants the close support, by her signed link."""
    user = track.founder.user
    language = _language(user)
    token = consent_token_make(track_id=track.pk)
    mail_render_enqueue(
        template="support/mail/consent",
        to=user.email,
        language=language,
        context={
            "first_name": user.first_name,
            "lead": track.lead.get_full_name() if track.lead else "",
            "path": track.path.name,
            "url": mail_link(language=language, name="support:consent", token=token),
        },
    )


def due_mail_enqueue(*, track: SupportTrack, steps: list) -> None:
    """A week ahead: the steps whose deadline comes up, with the link to her plan."""
    user = track.founder.user
    language = _language(user)
    mail_render_enqueue(
        template="support/mail/due",
        to=user.email,
        language=language,
        context={
            "first_name": user.first_name,
            "steps": [{"title": s.title, "due_on": s.due_on} for s in steps],
            "url": mail_link(language=language, name="support:roadmap"),
        },
    )


def _steps(role: TrackExpert) -> list[str]:
    return [step.title for step in role.milestones.order_by("order", "pk")]


def expert_offer_enqueue(*, role: TrackExpert) -> None:
    """The expert is asked: the idea without names or contact, her steps, the way to answer."""
    track, user = role.track, role.mentor.user
    language = _language(user)
    token = expert_token_make(role_id=role.pk, user_id=user.pk)
    mail_render_enqueue(
        template="support/mail/expert_offer",
        to=user.email,
        language=language,
        context={
            "first_name": user.first_name,
            "path": track.path.name,
            "steps": _steps(role),
            "handover_note": role.handover_note,
            "expiry_days": settings.MATCHING_OFFER_EXPIRY_DAYS,
            "url": mail_link(language=language, name="support:expert_answer", token=token),
        },
    )


def expert_introductions_enqueue(*, role: TrackExpert) -> None:
    """She said yes: the founder learns who helps her with which steps, the expert who the
    founder is and where her page of the Begleitung is."""
    track, expert = role.track, role.mentor.user
    founder = track.founder.user
    steps = _steps(role)
    founder_language = _language(founder)
    mail_render_enqueue(
        template="support/mail/expert_joined_founder",
        to=founder.email,
        language=founder_language,
        context={
            "first_name": founder.first_name,
            "expert_name": expert.get_full_name(),
            "expert_profession": role.mentor.get_profession_display(),
            "expert_email": expert.email,
            "steps": steps,
            "url": mail_link(language=founder_language, name="support:roadmap"),
        },
    )
    expert_language = _language(expert)
    mail_render_enqueue(
        template="support/mail/expert_joined_expert",
        to=expert.email,
        language=expert_language,
        context={
            "first_name": expert.first_name,
            "founder_name": founder.get_full_name(),
            "founder_email": founder.email,
            "steps": steps,
            "url": mail_link(language=expert_language, name="support:expert_track", pk=role.pk),
        },
    )
