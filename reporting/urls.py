"""Admin URLs of the report (mounted under /admin/berichte/ by wagtail_hooks)."""

from django.urls import path

from reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.report, name="report"),
    path("csv/", views.report_csv, name="csv"),
]
