"""sitemap.xml: every live public page with text of its own, in every language's tree.

Wagtail's own sitemap lists the tree below the site's root page, which is the German one; the
English translations live in a tree of their own. Aliases (German text waiting for its
translation under /en/) are left out: search engines find the original once."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from pages.translations import originals


class PagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q()
        for home in root.get_translations(inclusive=True):
            trees |= Q(path__startswith=home.path)
        return (
            originals(Page.objects.filter(trees))
            .live()
            .public()
            .order_by("locale__language_code", "path")
            .defer_streamfields()
            .specific()
        )
