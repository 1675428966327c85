"""Admin URLs of the import (mounted under /admin/imports/ by wagtail_hooks)."""

from django.urls import path

from imports import views

app_name = "imports"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("run/", views.run, name="run"),
]
