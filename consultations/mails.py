"""The mails of a Sprechtag to its experts: the invitation with its signed link, and the
confirmed line-up with each expert's own times; written to the outbox in the transaction of
the change that causes them."""

from django.conf import settings

from consultations.models import ConsultationDay, ConsultationInvitation
from consultations.tokens import invitation_token_make
from outbox.links import mail_link
from outbox.services import mail_render_enqueue


def _language(invitation: ConsultationInvitation) -> str:
    return invitation.mentor.user.language or settings.LANGUAGE_CODE


def invitation_mail_enqueue(*, invitation: ConsultationInvitation, reminder: bool = False) -> None:
    language = _language(invitation)
    token = invitation_token_make(invitation_id=invitation.pk)
    mail_render_enqueue(
        template="consultations/mail/invitation",
        to=invitation.mentor.user.email,
        language=language,
        context={
            "mentor": invitation.mentor,
            "day": invitation.day,
            "topics": ", ".join(str(t) for t in invitation.day.topics.all()),
            "url": mail_link(language=language, name="consultations:answer", token=token),
            "reminder": reminder,
        },
    )


def lineup_mails_enqueue(
    *, day: ConsultationDay, invitations: list[ConsultationInvitation]
) -> None:
    """Each expert who said yes learns that the day takes place and her slots."""
    for invitation in invitations:
        language = _language(invitation)
        token = invitation_token_make(invitation_id=invitation.pk)
        mail_render_enqueue(
            template="consultations/mail/lineup",
            to=invitation.mentor.user.email,
            language=language,
            context={
                "mentor": invitation.mentor,
                "day": day,
                "invitation": invitation,
                "slots": invitation.slots.count(),
                "url": mail_link(language=language, name="consultations:answer", token=token),
            },
        )
