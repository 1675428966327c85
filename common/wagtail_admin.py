"""Small pieces of the Wagtail admin that several apps' wagtail_hooks use: read-only policies,
an index with one more button, and list and inspect views that word every value for people."""

import copy

from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import InspectView as SnippetInspectView
from wagtail.snippets.views.snippets import SnippetViewSet

from common.display import Choices, field_readable, readable


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Rows that change only through their services (requests, matches, mails): view only."""

    allowed = frozenset({"view"})

    def user_has_permission(self, user, action: str) -> bool:
        return action in self.allowed and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.allowed])


class ReadableCellMixin:
    """A column whose text cells read like words, not like Python ("True", "None", "['de']").
    Cells some other column class already formatted (numbers, locales) keep their text."""

    value_choices: Choices | None = None

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        raw = context["raw_value"]
        if context["value"] is raw or not str(raw if raw is not None else "").strip():
            context["value"] = readable(raw, choices=self.value_choices)
        return context


class ReadableColumn(ReadableCellMixin, Column):
    pass


# Cells Wagtail renders as text; the others (dates as "3 days ago", ticks, avatars) render
# their value through their own templates and must get it as it is.
_TEXT_CELLS = {
    Column.cell_template_name,
    TitleColumn.cell_template_name,
    StatusTagColumn.cell_template_name,
}
_readable_classes: dict[type, type] = {}


def readable_column(column, *, choices: Choices | None = None):
    """A copy of `column` whose cells read like words (columns are shared by every request,
    so the one in list_display stays as it is)."""
    if not isinstance(column, Column) or isinstance(column, ReadableCellMixin):
        return column
    if column.cell_template_name not in _TEXT_CELLS:
        return column
    cls = type(column)
    if cls not in _readable_classes:
        _readable_classes[cls] = type(f"Readable{cls.__name__}", (ReadableCellMixin, cls), {})
    readable_copy = copy.copy(column)
    readable_copy.__class__ = _readable_classes[cls]
    readable_copy.value_choices = choices
    return readable_copy


class ReadableIndexMixin:
    value_choices: dict[str, Choices] = {}

    @cached_property
    def columns(self):
        return [
            readable_column(column, choices=self.value_choices.get(column.name))
            for column in super().columns
        ]


class ReadableIndexView(ReadableIndexMixin, IndexView):
    pass


class ReadableSnippetIndexView(ReadableIndexMixin, SnippetIndexView):
    pass


class ReadableInspectMixin:
    value_choices: dict[str, Choices] = {}

    def get_field_display_value(self, field_name, field):
        # A view's own get_<field>_display_value still says it best.
        own = getattr(self, f"get_{field_name}_display_value", None)
        if callable(own):
            return own()
        return field_readable(self.object, field_name, choices=self.value_choices.get(field_name))


class ReadableInspectView(ReadableInspectMixin, InspectView):
    pass


class ReadableSnippetInspectView(ReadableInspectMixin, SnippetInspectView):
    pass


class ReadableViewSetMixin:
    """value_choices: the choices of fields that hold several keys (JSON lists of languages,
    formats), which Django's field does not know, by field name."""

    value_choices: dict[str, Choices] = {}

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(value_choices=self.value_choices, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(value_choices=self.value_choices, **kwargs)


class ReadableModelViewSet(ReadableViewSetMixin, ModelViewSet):
    index_view_class = ReadableIndexView
    inspect_view_class = ReadableInspectView


class ReadableSnippetViewSet(ReadableViewSetMixin, SnippetViewSet):
    index_view_class = ReadableSnippetIndexView
    inspect_view_class = ReadableSnippetInspectView


def index_with_button(
    *, label, url_name: str, icon: str, permission: str
) -> type[ReadableIndexView]:
    """An index view with one more header button, for users holding `permission`."""

    class IndexWithButton(ReadableIndexView):
        @cached_property
        def header_buttons(self):
            buttons = super().header_buttons
            if self.request.user.has_perm(permission):
                buttons.append(HeaderButton(label, url=reverse(url_name), icon_name=icon))
            return buttons

    return IndexWithButton
