"""Small pieces of the Wagtail admin that several apps' wagtail_hooks use."""

from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Rows that change only through their services (requests, matches, mails): view only."""

    def user_has_permission(self, user, action: str) -> bool:
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


def index_with_button(*, label, url_name: str, icon: str, permission: str) -> type[IndexView]:
    """An index view with one more header button, for users holding `permission`."""

    class IndexWithButton(IndexView):
        @cached_property
        def header_buttons(self):
            buttons = super().header_buttons
            if self.request.user.has_perm(permission):
                buttons.append(HeaderButton(label, url=reverse(url_name), icon_name=icon))
            return buttons

    return IndexWithButton
