"""The StreamField blocks a guide is written in; names and value shapes are a contract with the
demo content, so rename nothing without changing both."""

import re

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from guides.links import help_request_url
from mentors.selectors import mentors_active_count
from vocabulary.models import Land

# Short passages inside a block need no headings of their own (the block has the h2).
INLINE_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]

# The Länder of the region; only these have Land-specific passages.
REGION_LANDS = [(Land.SH.value, Land.SH.label), (Land.MV.value, Land.MV.label)]

_NOT_DIALLED = re.compile(r"[^\d+]")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Schritt"))
    text = blocks.RichTextBlock(label=_("Beschreibung"), features=INLINE_FEATURES)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("Schritte"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Schritt für Schritt")
        template = "guides/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punkt")), label=_("Punkte"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checkliste")
        template = "guides/blocks/checklist.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Art"),
        choices=[("tip", _("Tipp")), ("warning", _("Achtung")), ("info", _("Gut zu wissen"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Überschrift"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Hinweis")
        template = "guides/blocks/callout.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Frage"))
    answer = blocks.RichTextBlock(label=_("Antwort"), features=INLINE_FEATURES)


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), required=False)
    items = blocks.ListBlock(QuestionBlock(), label=_("Fragen"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Häufige Fragen")
        template = "guides/blocks/faq.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktext"), required=False, help_text=_("Leer lassen für den Dokumenttitel.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument zum Herunterladen")
        template = "guides/blocks/document.html"


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"))
    organisation = blocks.CharBlock(label=_("Organisation"))
    role = blocks.CharBlock(label=_("Funktion"), required=False)
    phone = blocks.CharBlock(label=_("Telefon"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("E-Mail"), required=False)
    url = blocks.URLBlock(label=_("Webseite"), required=False)
    text = blocks.TextBlock(label=_("Wobei hilft diese Stelle?"), required=False)

    class Meta:
        icon = "user"
        label = _("Ansprechperson")
        template = "guides/blocks/contact.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # "04541 / 12 34-0" dials as tel:04541123400.
        context["tel_href"] = _NOT_DIALLED.sub("", value.get("phone") or "")
        return context


class ExpertsBlock(blocks.StructBlock):
    topic = SnippetChooserBlock("vocabulary.Topic", label=_("Thema"))
    heading = blocks.CharBlock(
        label=_("Überschrift"),
        required=False,
        help_text=_("Leer lassen für „Expert:innen zu diesem Thema“."),
    )

    class Meta:
        icon = "group"
        label = _("Expert:innen zu diesem Thema")
        template = "guides/blocks/experts.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        topic = value.get("topic")
        context["mentor_count"] = mentors_active_count(topic=topic) if topic else 0
        context["help_url"] = help_request_url(topic.slug) if topic else ""
        return context


class LandBlock(blocks.StructBlock):
    land = blocks.ChoiceBlock(label=_("Bundesland"), choices=REGION_LANDS)
    text = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES)

    class Meta:
        icon = "site"
        label = _("Nur für ein Bundesland")
        template = "guides/blocks/land.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["land_label"] = dict(REGION_LANDS).get(value.get("land"), "")
        return context


class GuideStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"), features=TEXT_FEATURES, template="guides/blocks/text.html"
    )
    steps = StepsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    faq = FaqBlock()
    document = DocumentBlock()
    contact = ContactBlock()
    experts = ExpertsBlock()
    land = LandBlock()
