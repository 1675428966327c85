from django.urls import path

from support import views

app_name = "support"
urlpatterns = [
    path("begleitung/", views.roadmap, name="roadmap"),
    path("begleitung/zustimmen/<str:token>/", views.consent, name="consent"),
    path("begleitung/fahrplan.ics", views.roadmap_ics, name="roadmap_ics"),
]
