"""allauth adapter: account mails in the recipient's language, through the outbox."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation
from django.utils.html import strip_tags

from outbox.services import mail_enqueue


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        user = context.get("user")
        language = getattr(user, "language", None) or translation.get_language()
        with translation.override(language):
            message = self.render_mail(template_prefix, email, context)
        html = next(
            (body for body, kind in getattr(message, "alternatives", ()) if kind == "text/html"),
            "",
        )
        text = message.body
        if message.content_subtype == "html":  # allauth found only an HTML template
            html, text = message.body, strip_tags(message.body)
        mail_enqueue(
            template=template_prefix,
            to=email,
            language=language,
            subject=message.subject,
            text=text,
            html=html,
        )
