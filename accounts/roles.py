"""The four roles and what each may do; groups in the database are derived from this table."""

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    FOUNDER = "Founder"
    MENTOR = "Mentor"
    COORDINATOR = "Coordinator"
    EDITOR = "Editor"


@dataclass(frozen=True)
class RoleSpec:
    # "app_label.codename" strings; missing permissions (an app not migrated yet) are skipped.
    permissions: tuple[str, ...]
    # Wagtail page permissions (codenames) granted on the root page, so they cover the whole tree.
    page_permissions: tuple[str, ...] = ()
    # Wagtail image/document permissions ("app_label.codename") on the root collection.
    collection_permissions: tuple[str, ...] = ()


_PAGE_EDITING = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
_MEDIA_EDITING = (
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
)

ROLES: dict[Role, RoleSpec] = {
    Role.FOUNDER: RoleSpec(permissions=()),
    Role.MENTOR: RoleSpec(permissions=()),
    Role.EDITOR: RoleSpec(
        permissions=(
            "wagtailadmin.access_admin",
            "consultations.add_innovationspace",
            "consultations.change_innovationspace",
            "consultations.delete_innovationspace",
            "support.add_roadmaptemplate",
            "support.change_roadmaptemplate",
            "support.delete_roadmaptemplate",
            "support.add_office",
            "support.change_office",
            "support.delete_office",
            "retrieval.add_synonym",
            "retrieval.change_synonym",
            "retrieval.delete_synonym",
            "retrieval.view_unansweredquestion",
            "retrieval.delete_unansweredquestion",
            # the editors translate pages into English (wagtail-localize's workflow)
            "wagtail_localize.submit_translation",
        ),
        page_permissions=_PAGE_EDITING,
        collection_permissions=_MEDIA_EDITING,
    ),
    Role.COORDINATOR: RoleSpec(
        permissions=(
            "wagtailadmin.access_admin",
            "consultations.add_innovationspace",
            "consultations.change_innovationspace",
            "consultations.delete_innovationspace",
            "consultations.add_consultationday",
            "consultations.change_consultationday",
            "consultations.view_consultationday",
            "consultations.view_consultationinvitation",
            "support.add_supporttrack",
            "support.change_supporttrack",
            "support.view_supporttrack",
            "support.view_roadmaptemplate",
            "support.view_office",
            "vocabulary.add_servicearea",
            "vocabulary.change_servicearea",
            "vocabulary.delete_servicearea",
            "vocabulary.view_place",
            "vocabulary.add_topic",
            "vocabulary.change_topic",
            "founders.view_founder",
            "founders.change_founder",
            "founders.view_helprequest",
            "founders.change_helprequest",
            "mentors.view_mentor",
            "mentors.change_mentor",
            "mentors.verify_mentor",
            "mentors.view_professiontitle",
            "mentors.add_professiontitle",
            "mentors.change_professiontitle",
            "mentors.delete_professiontitle",
            "outbox.view_mail",
            "outbox.resend_mail",
            "outbox.view_suppressedaddress",
            "outbox.delete_suppressedaddress",
            "matching.view_matchingrun",
            "matching.run_matching",
            "matching.view_match",
            "matching.review_match",
            "matching.change_matchingsettings",
            "reporting.view_report",
        ),
        page_permissions=_PAGE_EDITING,
        collection_permissions=_MEDIA_EDITING,
    ),
}
