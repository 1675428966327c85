"""Public pages of consultation days: the directory of Innovationsorte."""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from consultations.maps import spaces_map
from consultations.models import InnovationSpace
from consultations.selectors import innovation_spaces_listed
from vocabulary.models import ServiceArea
from vocabulary.selectors import service_area_coordinates


class SpaceFilterForm(forms.Form):
    art = forms.ChoiceField(
        label=_("Art des Ortes"),
        choices=[("", _("alle Arten")), *InnovationSpace.Kind.choices],
        required=False,
    )
    gebiet = forms.ModelChoiceField(
        label=_("Landkreis"),
        queryset=ServiceArea.objects.order_by("name"),
        required=False,
        empty_label=_("alle Landkreise"),
    )


def innovation_spaces(request: HttpRequest) -> HttpResponse:
    """Every Innovationsort shown, filtered by kind and district when asked."""
    form = SpaceFilterForm(request.GET or None)
    kind, area = "", None
    if form.is_valid():
        kind, area = form.cleaned_data["art"], form.cleaned_data["gebiet"]
    description = _(
        "Coworking-Spaces, Dorfbüros, Werkstätten und Bürgerhäuser in Herzogtum Lauenburg und "
        "Ludwigslust-Parchim, in denen Sie arbeiten, sich treffen und beraten lassen können."
    )
    spaces = list(innovation_spaces_listed(kind=kind, area=area))
    context = {
        "form": form,
        "spaces": spaces,
        "map": spaces_map(spaces=spaces, areas=service_area_coordinates()),
        "filtered": bool(kind or area),
        "meta_description": description,
    }
    return TemplateResponse(request, "consultations/spaces.html", context)
