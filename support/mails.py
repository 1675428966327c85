"""The mails of a Begleitung, written to the outbox in the transaction of the change."""

from django.conf import settings

from outbox.links import mail_link
from outbox.services import mail_render_enqueue
from support.models import SupportTrack
from support.tokens import consent_token_make


def consent_mail_enqueue(*, track: SupportTrack) -> None:
    """The founder is asked whether she wants the close support, by her signed link."""
    user = track.founder.user
    language = user.language or settings.LANGUAGE_CODE
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
    language = user.language or settings.LANGUAGE_CODE
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
