"""Page types: where guides may be created, that editors can create them, that they render."""

import re
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.roles import Role
from conftest import make_user
from guides.models import GuideIndexPage, GuidePage, Stage
from guides.selectors import guide_reading_minutes
from guides.tests.factories import guide_index_make, guide_make
from guides.tests.test_blocks import every_block
from pages.models import HomePage, StandardPage
from vocabulary.models import Topic

pytestmark = pytest.mark.django_db


class GuidePageTypeTests(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        # Editors, not superusers, write guides: their role's permissions must suffice.
        self.client.force_login(make_user(email="redaktion@example.org", role=Role.EDITOR))

    def test_guide_index_is_created_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, GuideIndexPage)
        self.assertCanNotCreateAt(Page, GuideIndexPage)
        self.assertCanNotCreateAt(StandardPage, GuideIndexPage)

    def test_guides_live_under_a_guide_index_only_and_have_no_children(self):
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuideIndexPage, {GuidePage})
        self.assertAllowedSubpageTypes(GuidePage, set())
        self.assertCanNotCreateAt(HomePage, GuidePage)

    def test_an_editor_can_create_a_guide_with_topics_stages_and_blocks(self):
        index = guide_index_make()
        recht, steuern = Topic.objects.filter(slug__in=["recht", "steuern"]).order_by("slug")
        data = nested_form_data(
            {
                "title": "Gewerbe anmelden",
                "slug": "gewerbe-anmelden",
                "intro": "So melden Sie Ihr Gewerbe an.",
                "last_reviewed": "2026-11-01",
                "review_due": "2027-11-01",
                "body": streamfield(
                    [
                        ("text", rich_text("<p>Das Gewerbeamt ist im Rathaus.</p>")),
                        ("checklist", {"title": "Mitbringen", "items": streamfield([])}),
                    ]
                ),
            }
        )
        data["topics"] = [recht.pk, steuern.pk]
        data["stages"] = ["idea", "founding"]
        data["body-1-value-items-count"] = "1"
        data["body-1-value-items-0-value"] = "Personalausweis"
        data["body-1-value-items-0-deleted"] = ""
        data["body-1-value-items-0-order"] = "0"
        self.assertCanCreate(index, GuidePage, data)
        guide = GuidePage.objects.get(slug="gewerbe-anmelden", alias_of=None)  # not its alias
        assert set(guide.topics.values_list("slug", flat=True)) == {"recht", "steuern"}
        assert guide.stages == [Stage.IDEA, Stage.FOUNDING]
        assert [block.block_type for block in guide.body] == ["text", "checklist"]

    def test_editors_can_edit_a_guide_with_every_block(self):
        document = Document(title="Formular")
        document.file.save("formular.pdf", ContentFile(b"%PDF-1.4"))
        document.save()
        recht = Topic.objects.get(slug="recht")
        guide = guide_make(
            guide_index_make(),
            topics=["recht"],
            stages=["idea"],
            body=every_block(document=document, topic=recht),
        )
        # (assertPageIsEditable/-Previewable cannot re-post a StreamField built by script.)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        topic_box = rf'<input type="checkbox" name="topics" value="{recht.pk}"[^>]*checked'
        assert re.search(topic_box, html)
        assert re.search(r'<input type="checkbox" name="stages" value="idea"[^>]*checked', html)
        self.assertPageIsRenderable(guide)


def test_guide_renders_with_reading_time_and_stand(client, guide_index):
    words = " ".join(["Wort"] * 790)
    guide = guide_make(
        guide_index,
        intro="Zehn Wörter Einleitung für alle, die ein Gewerbe anmelden.",
        body=[("text", f"<p>{words}</p>")],
        last_reviewed=date(2026, 11, 1),
    )
    response = client.get(guide.url)
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", response.content.decode()))
    assert "Lesezeit: 4 Minuten" in text
    assert "Stand: 1. November 2026" in text
    assert len(re.findall(r"<h1[ >]", response.content.decode())) == 1


def test_reading_time_counts_the_words_of_intro_and_blocks():
    guide = GuidePage(
        intro="eins zwei",
        body=[
            ("text", "<p>" + "wort " * 199 + "</p>"),
            ("faq", {"title": "", "items": [{"question": "Frage", "answer": "<p>Antwort</p>"}]}),
        ],
    )
    # 2 + 199 + 2 words: just over one minute.
    assert guide_reading_minutes(guide=guide) == 2
    assert guide_reading_minutes(guide=GuidePage(intro="kurz", body=[])) == 1


def test_review_must_come_after_the_stand(guide_index):
    guide = guide_make(guide_index)
    guide.review_due = guide.last_reviewed
    with pytest.raises(Exception, match="nach dem Stand"):
        guide.full_clean()


def test_stages_accept_only_known_stages(guide_index):
    guide = guide_make(guide_index)
    guide.stages = ["idea", "retired"]
    with pytest.raises(Exception, match="Gründungsphasen"):
        guide.full_clean()


def test_guide_page_links_its_topics_to_the_filtered_index(client, guide_index):
    guide = guide_make(guide_index, topics=["recht"])
    html = client.get(guide.url).content.decode()
    assert f'href="{guide_index.url}?thema=recht"' in html
