"""Admin URLs of the import (mounted under /admin/imports/ by wagtail_hooks)."""

from django.urls import path

from imports import views

app_name = "imports"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("run/", views.run, name="run"),
    path("status/<str:job_id>/", views.status, name="status"),
    path("status/<str:job_id>/json/", views.status_json, name="status_json"),
]
