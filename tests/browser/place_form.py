"""A page with only the place field, for the browser test (public forms come with later issues)."""

from django import forms
from django.http import HttpResponse
from django.template import engines
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from vocabulary.forms import PlaceField

PAGE = engines["django"].from_string(
    """{% extends "base.html" %}
{% block content %}
  <h1>Ort</h1>
  {% if chosen %}<p id="chosen">{{ chosen }} ({{ chosen.get_land_display }})</p>{% endif %}
  <form method="post">{% csrf_token %}{{ form.as_p }}<button type="submit">Weiter</button></form>
{% endblock %}
{% block extra_js %}{{ form.media }}{% endblock %}"""
)


class PlaceForm(forms.Form):
    place = PlaceField(label="PLZ oder Ort")


def place_form(request):
    form = PlaceForm(request.POST or None)
    chosen = form.cleaned_data["place"] if form.is_valid() else None
    return HttpResponse(PAGE.render({"form": form, "chosen": chosen}, request))


urlpatterns = [path("ort/", place_form), *site_urlpatterns]
