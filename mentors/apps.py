"""Mentors: regional experts, their profession, place, reach and capacity."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentorsConfig(AppConfig):
    name = "mentors"
    verbose_name = _("Expert:innen")
