"""Page types that present the site; they hold content, never business rules."""

from pages.models.contact import ContactPage, FormField
from pages.models.footer import FooterLinks
from pages.models.home import HomePage, HomePageFeaturedGuide
from pages.models.standard import StandardPage

__all__ = [
    "ContactPage",
    "FooterLinks",
    "FormField",
    "HomePage",
    "HomePageFeaturedGuide",
    "StandardPage",
]
