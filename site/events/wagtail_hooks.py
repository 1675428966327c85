"""What events tell the page app below them through Wagtail hooks (pages may not import events)."""

from wagtail import hooks

from events.selectors import events_upcoming
from pages.selectors import HOME_EVENTS_HOOK

hooks.register(HOME_EVENTS_HOOK, events_upcoming)
