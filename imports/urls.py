"""Admin URLs of the import and export (mounted under /admin/imports/ by wagtail_hooks)."""

from django.urls import path

from imports import export_views, status_views, views

app_name = "imports"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("mapping/", views.mapping, name="mapping"),
    path("report/", views.report, name="report"),
    path("run/", views.run, name="run"),
    path("status/<str:job_id>/", status_views.status, name="status"),
    path("status/<str:job_id>/json/", status_views.status_json, name="status_json"),
    path("export/mentors/", export_views.mentors_export, name="export_mentors"),
    path("export/requests/", export_views.requests_export, name="export_requests"),
]
