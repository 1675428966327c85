"""What the guides tell the apps below them through Wagtail hooks (they may not import guides)."""

from wagtail import hooks

from founders.selectors import GUIDE_PAGE_TYPES_HOOK, SUGGEST_GUIDES_HOOK
from guides.models import GuidePage
from guides.selectors import guides_suggested

hooks.register(SUGGEST_GUIDES_HOOK, guides_suggested)


@hooks.register(GUIDE_PAGE_TYPES_HOOK)
def guide_page_types() -> list[type[GuidePage]]:
    return [GuidePage]
