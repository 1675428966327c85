from django.urls import path

from support import expert_views, views

app_name = "support"
urlpatterns = [
    path("begleitung/", views.roadmap, name="roadmap"),
    path("begleitung/zustimmen/<str:token>/", views.consent, name="consent"),
    path("begleitung/fahrplan.ics", views.roadmap_ics, name="roadmap_ics"),
    path("begleitung/anfrage/<str:token>/", expert_views.expert_answer, name="expert_answer"),
    path("begleitung/mitwirken/<int:pk>/", expert_views.expert_track, name="expert_track"),
]
