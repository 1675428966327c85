"""ContactPage: a Wagtail form builder page, spam-protected, that mails its submissions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from antispam.pages import SpamProtectedFormPageMixin
from outbox.services import mail_enqueue


class FormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactFormBuilder(FormBuilder):
    """Wagtail leaves multi-line fields unlimited; a message of pages on end is refused with
    Django's own "höchstens … Zeichen" next to the field instead of being mailed to the team."""

    MAX_MULTILINE_LENGTH = 5000

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", self.MAX_MULTILINE_LENGTH)
        return super().create_multiline_field(field, options)


class ContactPage(SpamProtectedFormPageMixin, AbstractEmailForm):
    """Never in the page cache: it carries a form with a CSRF token."""

    form_builder = ContactFormBuilder
    intro = models.TextField(_("Einleitung"), blank=True)
    thank_you_text = RichTextField(
        _("Dankestext"),
        blank=True,
        help_text=_("Erscheint nach dem Absenden, z. B. wann Sie antworten."),
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Formularfelder")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-Mail an das Team"),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Kontaktseite")
        verbose_name_plural = _("Kontaktseiten")

    def send_mail(self, form) -> None:
        # Through the outbox: sent after commit, retried while the mail service is down.
        for address in filter(None, (a.strip() for a in self.to_address.split(","))):
            mail_enqueue(
                template="pages/contact",
                to=address,
                language=settings.LANGUAGE_CODE,
                subject=self.subject,
                text=self.render_email(form),
            )
