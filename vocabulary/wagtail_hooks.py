"""Wagtail admin for the vocabulary: service areas (edited by coordinators), places (read-only)."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from common.wagtail_admin import ReadableModelViewSet, ReadableSnippetViewSet
from vocabulary.models import Place, ServiceArea, Topic

_WRITE_ACTIONS = frozenset({"add", "change", "delete"})


class PlaceReadOnlyPolicy(ModelPermissionPolicy):
    """Places come from load_places, which would overwrite edits; nobody edits them by hand."""

    def user_has_permission(self, user, action: str) -> bool:
        return action not in _WRITE_ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions) -> QuerySet:
        readable = [action for action in actions if action not in _WRITE_ACTIONS]
        if not readable:
            return get_user_model().objects.none()
        return super().users_with_any_permission(readable)


# Registered before any viewset asks for Place's policy (Wagtail would create a fallback).
register_permission_policy(Place, PlaceReadOnlyPolicy(Place))


class ServiceAreaViewSet(ReadableSnippetViewSet):
    model = ServiceArea
    icon = "site"
    menu_label = _("Dienstgebiete")
    list_display = [
        "name",
        Column("entry_count", label=_("Einträge"), accessor=lambda area: len(area.entries())),
        "updated_at",
    ]
    search_fields = ["name", "postcodes"]
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldPanel("postcodes", widget=forms.Textarea(attrs={"rows": 24})),
    ]


class PlaceViewSet(ReadableModelViewSet):
    model = Place
    icon = "pick"
    menu_label = _("Orte")
    list_display = ["postcode", "locality", "land", "latitude", "longitude", "approximate"]
    list_filter = ["land", "approximate"]
    search_fields = ["postcode", "locality"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "postcode",
        "locality",
        "land",
        "latitude",
        "longitude",
        "approximate",
        "population",
    ]
    form_fields = ["postcode", "locality", "land", "latitude", "longitude", "approximate"]

    def get_permissions_to_register(self) -> QuerySet[Permission]:
        # Only "view" means anything for places (see PlaceReadOnlyPolicy).
        return super().get_permissions_to_register().filter(codename="view_place")


class TopicViewSet(ReadableSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Themen")
    list_display = ["name", "slug", "advice_scope", "sort_order"]
    search_fields = ["name", "name_en", "slug"]
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("advice_scope"),
        FieldPanel("qualified_professions"),
        FieldPanel("sort_order"),
    ]


class VocabularyViewSetGroup(ViewSetGroup):
    menu_label = _("Themen, Orte, Gebiete")
    menu_icon = "site"
    menu_order = 400
    items = (TopicViewSet, ServiceAreaViewSet, PlaceViewSet)


register_snippet(VocabularyViewSetGroup)
