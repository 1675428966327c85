"""The help-request form with the keyboard alone: focus moves in reading order, is always
visible, and a failed submit takes the user to a summary of what to fix, keeping what they
typed."""

import itertools

import pytest
from playwright.sync_api import expect

# The topics (written by a data migration) are the form's first fields: restored for the test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUSED = """() => {
  const el = document.activeElement;
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return {
    name: el.name || el.id || el.tagName,
    inForm: !!el.closest("form.help-request-form"),
    top: Math.round(box.top + window.scrollY),
    left: Math.round(box.left + window.scrollX),
    indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
      || style.boxShadow !== "none",
  };
}"""
TYPED = {"description": "Zu kurz.", "first_name": "Lena"}


def _tab_through_the_form(page) -> list[dict]:
    """Tab from the top of the page to the form's end, typing into some fields on the way."""
    walked = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if walked and not focused["inForm"]:
            break
        if focused["inForm"] and (not walked or focused["name"] != walked[-1]["name"]):
            # A date input takes one Tab per part (day, month, year, and the calendar button,
            # which Chromium rings itself); its first stop counts.
            walked.append(focused)
            if focused["name"] in TYPED:
                page.keyboard.type(TYPED[focused["name"]])
    return walked


def test_request_form_is_usable_with_the_keyboard_alone(page, human):
    page.goto(page.base_url + "/hilfe-anfragen/")
    walked = _tab_through_the_form(page)

    names = [focused["name"] for focused in walked]
    assert names[0] == "topics" and names[-1] != "topics", names
    for earlier, later in itertools.pairwise(walked):
        same_row = abs(later["top"] - earlier["top"]) < 8
        assert later["top"] > earlier["top"] or (same_row and later["left"] > earlier["left"]), (
            f"focus goes back up the page from {earlier} to {later}"
        )
    without_indicator = [focused["name"] for focused in walked if not focused["indicator"]]
    assert not without_indicator, f"no visible focus indicator on {without_indicator}"

    # Focus is now just past the submit button: back onto it, and send the form.
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_load_state()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    links = summary.get_by_role("link")
    assert links.count() >= 5  # topics, description, stage, place, formats, names, …
    for href in links.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert page.locator(href).count() == 1, f"the summary links to {href}, which is missing"
    page.keyboard.press("Tab")  # the first link: to the first field that needs fixing
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # from where the link led, the next stop is in that field
    assert page.evaluate("document.activeElement.closest('#id_topics') !== null")
    assert page.locator("#id_description").input_value() == TYPED["description"]
    assert page.locator("#id_first_name").input_value() == TYPED["first_name"]
