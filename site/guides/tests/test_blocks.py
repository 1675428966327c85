"""Every block renders accessibly: real lists, headings at h2, words not only colours."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from guides.blocks import GuideStreamBlock
from guides.links import help_request_url
from guides.tests.factories import guide_make, mentor_make
from mentors.models import Mentor
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


def render(block_type: str, raw: dict | str, context: dict | None = None) -> str:
    stream = GuideStreamBlock()
    value = stream.to_python([{"type": block_type, "value": raw}])
    return value[0].render(context=context or {})


def squash(html: str) -> str:
    return re.sub(r"\s+", " ", html)


def test_steps_are_a_numbered_list_under_an_h2():
    html = render(
        "steps",
        {
            "title": "So geht's",
            "steps": [
                {"title": "Formular holen", "text": "<p>Im Rathaus.</p>"},
                {"title": "Abgeben", "text": "<p>Mit Ausweis.</p>"},
            ],
        },
    )
    assert "<h2>So geht&#x27;s</h2>" in html
    assert re.search(r"<ol[^>]*>.*<li[^>]*>.*Formular holen.*</li>.*Abgeben.*</ol>", html, re.S)
    assert '<h3 class="guide-steps__title">Formular holen</h3>' in html


def test_steps_without_title_do_not_skip_a_heading_level():
    html = render("steps", {"title": "", "steps": [{"title": "Anfangen", "text": "<p>x</p>"}]})
    assert '<h2 class="guide-steps__title">Anfangen</h2>' in html
    assert "<h3" not in html


def test_checklist_is_a_list_with_decorative_ticks_and_no_inputs():
    html = render("checklist", {"title": "Mitbringen", "items": ["Ausweis", "Mietvertrag"]})
    assert "<h2>Mitbringen</h2>" in html
    assert re.search(r'<ul[^>]*role="list"', html)
    assert html.count("<li") == 2
    assert html.count('aria-hidden="true">✓</span>') == 2
    assert "<input" not in html


@pytest.mark.parametrize(
    ("kind", "word"), [("tip", "Tipp"), ("warning", "Achtung"), ("info", "Gut zu wissen")]
)
def test_callout_is_a_note_named_by_a_word_not_only_a_colour(kind, word):
    html = render("callout", {"kind": kind, "title": "Fristen", "text": "<p>Vier Wochen.</p>"})
    assert re.search(r'<aside[^>]*role="note"', html)
    assert f"<strong>{word}</strong>" in html
    assert '<h2 class="guide-callout__title">Fristen</h2>' in html
    assert "Vier Wochen." in html


def test_faq_is_a_native_accordion():
    html = render(
        "faq",
        {
            "title": "",
            "items": [
                {"question": "Was kostet das?", "answer": "<p>20 bis 60 Euro.</p>"},
                {"question": "Wie lange dauert es?", "answer": "<p>Ein paar Tage.</p>"},
            ],
        },
    )
    assert "<h2>Häufige Fragen</h2>" in html
    assert html.count("<details") == 2
    assert re.search(r"<summary[^>]*>Was kostet das\?</summary>", html)
    assert "<script" not in html


def test_document_link_names_file_type_and_size():
    document = Document(title="Gewerbeanmeldung (Formular)")
    document.file.save("gewerbeanmeldung.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048))
    document.save()
    html = squash(render("document", {"document": document.pk, "title": ""}))
    assert f'href="{document.url}"' in html
    assert "Gewerbeanmeldung (Formular)" in html
    assert re.search(r"\(PDF, 2,0.KB\)", html)


def test_contact_card_links_phone_and_mail():
    html = render(
        "contact",
        {
            "name": "Petra Sommer",
            "organisation": "IHK zu Lübeck",
            "role": "Gründungsberatung",
            "phone": "0451 / 6006-0",
            "email": "gruendung@example.org",
            "url": "https://www.example.org/gruendung",
            "text": "Beratung zur Gewerbeanmeldung",
        },
    )
    assert "<h2" in html and "<address" in html
    assert 'href="tel:045160060"' in html
    assert 'href="mailto:gruendung@example.org"' in html
    assert "IHK zu Lübeck" in html and "Petra Sommer" in html


def test_contact_card_leaves_out_what_is_not_given():
    html = render("contact", {"name": "Team Gründung", "organisation": "Amt Hagenow-Land"})
    assert "tel:" not in html and "mailto:" not in html and "<ul" not in html


def test_experts_block_shows_the_live_count_and_links_the_help_request_with_topic():
    mentor_make(topics=["recht"])
    mentor_make(topics=["recht", "steuern"])
    mentor_make(topics=["recht"], status=Mentor.Status.PENDING)
    mentor_make(topics=["steuern"])
    recht = Topic.objects.get(slug="recht")
    html = squash(render("experts", {"topic": recht.pk, "heading": ""}))
    assert "<h2>Expert:innen zu diesem Thema</h2>" in html
    assert "2 Expert:innen aus der Region helfen bei Recht &amp; Verträge" in html
    assert f'href="{help_request_url("recht")}"' in html
    assert 'href="/hilfe-anfragen/?thema=recht"' in html
    assert "Hilfe zu diesem Thema anfragen" in html


def test_experts_block_counts_again_when_a_mentor_joins():
    recht = Topic.objects.get(slug="recht")
    assert "suchen wir gerade weitere" in render("experts", {"topic": recht.pk})
    mentor_make(topics=["recht"])
    html = squash(render("experts", {"topic": recht.pk}))
    assert "1 Expert:in aus der Region hilft bei Recht &amp; Verträge" in html


def test_land_passage_is_headed_with_its_land():
    html = squash(render("land", {"land": "MV", "text": "<p>IHK zu Schwerin.</p>"}))
    assert '<h2 class="guide-land__heading">In Mecklenburg-Vorpommern:</h2>' in html
    assert "IHK zu Schwerin." in html


def test_a_guide_with_every_block_renders_one_h1_and_no_post_form(client, guide_index):
    document = Document(title="Formular")
    document.file.save("formular.pdf", ContentFile(b"%PDF-1.4"))
    document.save()
    recht = Topic.objects.get(slug="recht")
    guide = guide_make(guide_index, body=every_block(document=document, topic=recht))
    response = client.get(guide.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'method="post"' not in html.lower()
    assert "style=" not in html
    for css_class in (
        "guide-text",
        "guide-steps",
        "guide-checklist",
        "guide-callout",
        "guide-faq",
        "guide-document",
        "guide-contact",
        "guide-experts",
        "guide-land",
    ):
        assert f'class="{css_class}' in html, css_class


def every_block(*, document: Document | None, topic: Topic) -> list[tuple[str, object]]:
    return [
        ("text", "<p>Ein Gewerbe melden Sie beim Gewerbeamt an.</p>"),
        ("steps", {"title": "Ablauf", "steps": [{"title": "Hingehen", "text": "<p>x</p>"}]}),
        ("checklist", {"title": "Mitbringen", "items": ["Ausweis"]}),
        ("callout", {"kind": "warning", "title": "", "text": "<p>Frist beachten.</p>"}),
        ("faq", {"title": "Fragen", "items": [{"question": "Kosten?", "answer": "<p>20 €</p>"}]}),
        ("document", {"document": document.pk if document else None, "title": "Formular"}),
        ("contact", {"name": "Petra Sommer", "organisation": "IHK zu Lübeck"}),
        ("experts", {"topic": topic.pk, "heading": ""}),
        ("land", {"land": "SH", "text": "<p>IHK zu Lübeck.</p>"}),
        ("land", {"land": "MV", "text": "<p>IHK zu Schwerin.</p>"}),
    ]
