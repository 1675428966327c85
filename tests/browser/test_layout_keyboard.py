"""A keyboard user: the skip link comes first, is visible when focused and leads to the content."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_skip_link_is_first_visible_on_focus_and_moves_to_main(page):
    page.goto(page.base_url + "/")
    skip = page.locator("a.skip-link")
    assert skip.bounding_box()["y"] < 0  # hidden off-screen until needed
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip.bounding_box()["y"] >= 0
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_login_form_is_usable_with_the_keyboard_alone(page):
    page.goto(page.base_url + "/accounts/login/")
    page.get_by_label("E-Mail").focus()
    page.keyboard.type("niemand@example.org")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "password"
    page.keyboard.type("falsch-falsch-falsch")
    page.keyboard.press("Enter")
    expect(page.locator(".errorlist").first).to_be_visible()
    # What the user typed is kept.
    assert page.get_by_label("E-Mail").input_value() == "niemand@example.org"
