"""The founder's confirmation mail, written to the outbox with the request it confirms."""

from founders.models import HelpRequest
from founders.tokens import confirmation_token_make
from outbox.links import mail_link
from outbox.services import mail_render_enqueue


def confirmation_mail_enqueue(*, help_request: HelpRequest) -> None:
    """The confirmation link, in the language the request was written in."""
    url = mail_link(
        name="founders:confirm",
        language=help_request.contact_language,
        token=confirmation_token_make(help_request_id=help_request.pk),
    )
    mail_render_enqueue(
        template="founders/mail/confirm",
        to=help_request.email,
        language=help_request.contact_language,
        context={"help_request": help_request, "url": url},
    )
