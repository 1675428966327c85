from django.urls import path

from consultations import views

app_name = "consultations"
urlpatterns = [
    path("innovationsorte/", views.innovation_spaces, name="innovation_spaces"),
    path("sprechtage/einladung/<str:token>/", views.invitation_answer, name="answer"),
]
