"""Writes the demo region; every step is idempotent so the command can run on every start."""

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from accounts.models import User
from accounts.roles import Role
from accounts.services import roles_sync, user_assign_role
from consultations.models import InnovationSpace
from demo.consultation_days import demo_consultation_days_seed
from demo.data import (
    CONTACT_PAGE,
    COORDINATOR,
    DEMO_PASSWORD,
    EDITOR,
    FOUNDERS,
    LEGAL_PAGES,
    MENTORS,
    DemoFounder,
    DemoPerson,
)
from demo.pages import demo_pages_seed
from demo.spaces import SPACES
from demo.support_tracks import demo_support_tracks_seed
from founders.models import Founder, HelpRequest
from founders.services import help_request_confirm
from mentors.models import Mentor
from pages.models import ContactPage, FooterLinks, FormField, HomePage, StandardPage
from vocabulary.consent import FOUNDER_CONSENT
from vocabulary.models import Place, Topic
from vocabulary.selectors import place_in_service_region


class DemoDataMissing(Exception):
    pass


def _place(person: DemoPerson) -> Place:
    place = Place.objects.filter(postcode=person.postcode, locality=person.locality).first()
    if place is None:
        raise DemoDataMissing(
            f"Place {person.postcode} {person.locality} is missing: run load_places first."
        )
    return place


def _user(person: DemoPerson, *, role: Role) -> User:
    user, created = User.objects.get_or_create(
        email=person.email,
        defaults={"first_name": person.first_name, "last_name": person.last_name},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=person.email, defaults={"verified": True, "primary": True}
    )
    user_assign_role(user=user, role=role)
    return user


def _contact_page(home: Page) -> Page:
    page = Page.objects.child_of(home).filter(slug=CONTACT_PAGE["slug"]).first()
    if page is not None:
        return page
    contact = ContactPage(
        title=CONTACT_PAGE["title"],
        slug=CONTACT_PAGE["slug"],
        intro=CONTACT_PAGE["intro"],
        thank_you_text=CONTACT_PAGE["thank_you_text"],
        to_address=CONTACT_PAGE["address"],
        from_address=CONTACT_PAGE["address"],
        subject=CONTACT_PAGE["subject"],
        form_fields=[
            FormField(label=label, field_type=kind, required=required, help_text=help_text)
            for label, kind, required, help_text in CONTACT_PAGE["fields"]
        ],
    )
    return home.add_child(instance=contact)


def _help_request(person: DemoFounder) -> None:
    """One confirmed, open request per demo founder (created once; never sends a mail)."""
    if HelpRequest.objects.filter(email=person.email).exists():
        return
    place = _place(person)
    help_request = HelpRequest.objects.create(
        first_name=person.first_name,
        last_name=person.last_name,
        email=person.email,
        description=person.description,
        stage=person.stage,
        sector=person.sector,
        place=place,
        outside_region=not place_in_service_region(place=place),
        formats=list(person.formats),
        languages=["de"],
        consent_version=FOUNDER_CONSENT.version,
        consented_at=timezone.now(),
    )
    help_request.topics.set(Topic.objects.filter(slug__in=person.topics))
    help_request_confirm(help_request=help_request)


def _innovation_spaces() -> None:
    for space in SPACES:
        place = Place.objects.filter(postcode=space.postcode, locality=space.locality).first()
        if place is None:
            raise DemoDataMissing(
                f"Place {space.postcode} {space.locality} is missing: run load_places first."
            )
        InnovationSpace.objects.update_or_create(
            name=space.name,
            place=place,
            defaults={
                "kind": space.kind,
                "street": space.street,
                "description": space.description,
                "opening_notes": space.opening_notes,
                "step_free": space.step_free,
                "accessible_toilet": space.accessible_toilet,
                "is_example": True,
            },
        )


def _pages() -> None:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.intro:
        home.intro = (
            "Sie wollen gründen oder haben gerade gegründet? Erfahrene Menschen aus Herzogtum "
            "Lauenburg und Ludwigslust-Parchim helfen Ihnen – kostenlos und in Ihrer Nähe."
        )
        home.save_revision().publish()
    links = FooterLinks.for_site(site)
    for link in LEGAL_PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=link.slug).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=link.title, slug=link.slug, intro=link.intro, body=link.body
                )
            )
        setattr(links, link.setting, page)
    links.contact = _contact_page(home)
    links.save()


@transaction.atomic
def demo_seed() -> dict[str, int]:
    """Fill the demo region; returns how many of each kind now exist."""
    roles_sync()
    coordinator = _user(COORDINATOR, role=Role.COORDINATOR)
    _user(EDITOR, role=Role.EDITOR)
    for person in MENTORS:
        user = _user(person, role=Role.MENTOR)
        mentor, _created = Mentor.objects.update_or_create(
            user=user,
            defaults={
                "profession": person.profession,
                "organisation": person.organisation,
                "bio": person.bio,
                "place": _place(person),
                "travel_radius_km": person.travel_radius_km,
                "remote": person.remote,
                "capacity": person.capacity,
                "status": Mentor.Status.ACTIVE,
            },
        )
        mentor.topics.set(Topic.objects.filter(slug__in=person.topics))
    for person in FOUNDERS:
        user = _user(person, role=Role.FOUNDER)
        Founder.objects.update_or_create(user=user, defaults={"place": _place(person)})
        _help_request(person)
    _innovation_spaces()
    _pages()
    consultation_days = demo_consultation_days_seed(coordinator=coordinator)
    pages = demo_pages_seed()
    # After the pages: the plans' steps link to the guides.
    support_tracks = demo_support_tracks_seed(coordinator=coordinator)
    return {
        "mentors": Mentor.objects.count(),
        "founders": Founder.objects.count(),
        "open requests": HelpRequest.objects.filter(status=HelpRequest.Status.OPEN).count(),
        "innovation spaces": InnovationSpace.objects.count(),
        "Sprechtage": consultation_days,
        "Begleitungen": support_tracks,
        **pages,
        "pages": Page.objects.live().count(),
    }
