"""Reading mails in browser journeys: every mail is an outbox row the worker sends, so the test
waits for the row to be sent and follows the link in its text, as the recipient would."""

import re

from outbox.models import Mail
from tests.worker import wait_for

LINK = re.compile(r"https?://\S+")


def mail_sent(*, to: str, template: str, seconds: float = 60) -> Mail:
    """The latest mail to `to` whose template starts with `template`, once the worker has sent
    it."""
    mails = Mail.objects.filter(to=to, template__startswith=template)

    def sent() -> bool:
        return mails.filter(status=Mail.Status.SENT).exists()

    wait_for(sent, f"mail {template} to {to} sent", seconds=seconds)
    return mails.filter(status=Mail.Status.SENT).latest("pk")


def link_in(mail: Mail, *, containing: str) -> str:
    """The first link in the mail's text whose address contains `containing`."""
    links = [link for link in LINK.findall(mail.text) if containing in link]
    assert links, f"no link with {containing!r} in mail {mail.template}:\n{mail.text}"
    return links[0]
