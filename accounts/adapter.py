"""allauth adapter: a person lands on their own page after logging in; account mails go in
the recipient's language, through the outbox."""

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils import translation
from django.utils.html import strip_tags

from accounts.dashboard import login_destination
from outbox.services import mail_enqueue


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Straight to the person's own page; a `next` link still wins (allauth)."""
        return login_destination(request.user) or super().get_login_redirect_url(request)

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
