"""The outbox in the Wagtail admin: every mail with its state, failed ones sent again, blocked
addresses lifted; a home-page panel when something needs a look. Mail bodies are not shown."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.permissions import register_permission_policy

from common.wagtail_admin import (
    ReadableModelViewSet,
    ReadOnlyPermissionPolicy,
    index_with_button,
)
from outbox import views
from outbox.models import Mail, SuppressedAddress
from outbox.selectors import mail_problems

register_permission_policy(Mail, ReadOnlyPermissionPolicy(Mail))


class MailViewSet(ReadableModelViewSet):
    model = Mail
    name = "mail_admin"
    url_prefix = "outbox/mails"
    icon = "mail"
    menu_label = _("E-Mails")
    menu_order = 330
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = index_with_button(
        label=_("Fehlgeschlagene erneut senden"),
        url_name="mail_admin:resend_failed",
        icon="redirect",
        permission=views.RESEND_PERMISSION,
    )
    list_display = [
        TitleColumn(
            "created_at",
            label=_("angelegt am"),
            get_url=lambda mail: reverse("mail_admin:inspect", args=[mail.pk]),
        ),
        "template",
        "to",
        StatusTagColumn("status", label=_("Status"), accessor="get_status_display"),
        "attempts",
        Column("tracking", label=_("Zustellung"), accessor="get_tracking_display"),
        "sent_at",
    ]
    list_filter = ["status", "tracking", "template"]
    search_fields = ["to"]
    value_choices = {"language": settings.LANGUAGES}
    form_fields: list[str] = []
    inspect_view_fields = [
        "to",
        "template",
        "language",
        "subject",
        "status",
        "attempts",
        "last_error",
        "next_attempt_at",
        "created_at",
        "sent_at",
        "tracking",
        "tracked_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/", views.mails_resend, name="resend_failed"),
            path("<int:pk>/resend/", views.mails_resend, name="resend"),
        ]


class SuppressedAddressViewSet(ReadableModelViewSet):
    """Deleting an entry lifts the block: mail goes to that address again."""

    model = SuppressedAddress
    name = "suppressed_address_admin"
    url_prefix = "outbox/suppressed"
    icon = "warning"
    menu_label = _("Gesperrte Adressen")
    menu_order = 331
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    edit_view_enabled = False
    list_display = ["email", "reason", "created_at"]
    list_filter = ["reason"]
    search_fields = ["email"]
    form_fields: list[str] = []


@hooks.register("register_admin_viewset")
def register_outbox_viewsets():
    return [MailViewSet(), SuppressedAddressViewSet()]


class MailProblemsPanel(Component):
    name = "outbox_problems"
    order = 60
    template_name = "outbox/admin/problems_panel.html"

    def __init__(self, problems):
        self.problems = problems

    def get_context_data(self, parent_context=None):
        return {
            "problems": self.problems,
            "mails_url": reverse("mail_admin:index"),
            "suppressed_url": reverse("suppressed_address_admin:index"),
        }


@hooks.register("construct_homepage_panels")
def add_mail_problems_panel(request: HttpRequest, panels: list) -> None:
    if request.user.has_perm("outbox.view_mail"):
        problems = mail_problems()
        if problems:
            panels.append(MailProblemsPanel(problems))
