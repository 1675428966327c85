"""Page types sit where they belong and render for everyone."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from guides.models import GuideIndexPage
from pages.models import ContactPage, HomePage, StandardPage

pytestmark = pytest.mark.django_db


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_sit_below_home_or_other_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(GuideIndexPage, StandardPage)

    def test_contact_pages_sit_below_home_or_standard_pages_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, ContactPage)
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_contact_page_is_creatable_with_the_admin_form(self):
        home = Site.objects.get(is_default_site=True).root_page
        self.login()
        self.assertCanCreate(
            home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Kontakt",
                    "slug": "kontakt",
                    "intro": "Schreiben Sie uns.",
                    "thank_you_text": rich_text("<p>Danke!</p>"),
                    "to_address": "team@example.org",
                    "from_address": "mentoring@example.org",
                    "subject": "Kontaktformular",
                    "form_fields": inline_formset(
                        [{"label": "Nachricht", "field_type": "multiline", "required": "on"}]
                    ),
                }
            ),
        )


def test_home_standard_and_contact_pages_render(client, home, standard_page, contact_page):
    for page in (home, standard_page, contact_page):
        response = client.get(page.url)
        assert response.status_code == 200, page
        assert page.title in response.content.decode()


def test_contact_landing_page_falls_back_to_a_plain_thank_you(rf, contact_page):
    contact_page.thank_you_text = ""
    request = rf.get(contact_page.url)
    request.user = AnonymousUser()
    response = contact_page.serve_preview(request, "landing")
    assert "Wir melden uns so bald wie möglich bei Ihnen." in response.render().content.decode()
