"""Hostile input and the checks that it comes back inert: escaped in HTML, literal in text,
never evaluated as a template, never a 500."""

from django.utils.html import escape

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
TEMPLATE = "{{7*7}}{% debug %}"
SQL = "'; DROP TABLE founders_helprequest; --"
UNICODE = "\u202egnaL Zoe\u0301 🌾👩‍🌾"
# For fields of at least 120 characters: every kind at once.
HOSTILE = f"{SCRIPT} {ATTRIBUTE} {TEMPLATE} {SQL} {UNICODE}"
# For names (80 characters at most).
HOSTILE_NAME = f"{ATTRIBUTE}{{{{7*7}}}}\u202e🌾"
TOO_LONG = "Hofladen " * 1112  # 10,008 characters
RAW = ("<script>alert(1)", "<img src=x", "onerror=alert(1)>")


def assert_inert_html(html: str, *shown: str) -> None:
    """No hostile markup as markup; each shown value is there, escaped, braces unevaluated."""
    for raw in RAW:
        assert raw not in html, raw
    for value in shown:
        assert escape(value) in html, value


def assert_pages_inert(client, urls) -> None:
    """Each page opens (200) and holds no hostile markup as markup."""
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert_html(response.content.decode())


def assert_inert_text(text: str, *shown: str) -> None:
    """Plain text mails carry the value literally (text is never rendered as markup)."""
    for value in shown:
        assert value in text, value
