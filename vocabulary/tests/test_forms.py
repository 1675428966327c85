import pytest
from django import forms

from vocabulary.forms import PlaceField


class PlaceForm(forms.Form):
    place = PlaceField(label="Ort")


def clean(text: str):
    form = PlaceForm(data={"place": text})
    valid = form.is_valid()
    return (form.cleaned_data["place"] if valid else None), form.errors.get("place", [])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23909", "23909 Ratzeburg"),
        ("Ratzeburg", "23909 Ratzeburg"),
        ("23909 Ratzeburg", "23909 Ratzeburg"),
        ("Ratzeburg 23909", "23909 Ratzeburg"),
        ("  23909   ratzeburg ", "23909 Ratzeburg"),
        ("23909 Bäk", "23909 Bäk"),
        ("19370", "19370 Parchim"),
        ("Lauenburg", "21481 Lauenburg/Elbe"),
        ("Plau", "19395 Plau am See"),
        ("Hamburg", "20095 Hamburg"),
    ],
)
def test_postcode_name_or_both_clean_to_a_place(text, expected):
    place, errors = clean(text)

    assert not errors
    assert str(place) == expected


@pytest.mark.django_db
def test_an_unknown_postcode_is_rejected_with_a_clear_message():
    place, errors = clean("99999")

    assert place is None
    assert errors == ["Diese Postleitzahl kennen wir nicht. Bitte prüfen Sie die fünf Ziffern."]


@pytest.mark.django_db
def test_an_empty_entry_asks_for_postcode_or_place():
    _place, errors = clean("   ")

    assert errors == ["Bitte geben Sie Ihre Postleitzahl oder Ihren Ort ein."]


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["12a", "x", "2390", "239091", "23909 23911"])
def test_malformed_entries_explain_what_is_expected(text):
    _place, errors = clean(text)

    assert errors == [
        "Bitte geben Sie eine fünfstellige Postleitzahl, einen Ortsnamen oder beides ein, "
        "zum Beispiel „23909 Ratzeburg“."
    ]


@pytest.mark.django_db
def test_an_ambiguous_name_asks_for_the_postcode():
    _place, errors = clean("Neustadt")

    assert len(errors) == 1
    assert errors[0].startswith("Es gibt mehrere Orte namens „Neustadt“.")
    assert "Postleitzahl" in errors[0]


@pytest.mark.django_db
def test_an_unknown_name_is_rejected():
    _place, errors = clean("Xyzzyhausen")

    assert errors == [
        "Einen Ort „Xyzzyhausen“ kennen wir nicht. Bitte prüfen Sie die Schreibweise oder "
        "geben Sie die Postleitzahl ein."
    ]


@pytest.mark.django_db
def test_a_name_that_does_not_belong_to_the_postcode_is_rejected():
    _place, errors = clean("23909 Hamburg")

    assert errors == [
        "Unter der Postleitzahl 23909 kennen wir keinen Ort „Hamburg“. "
        "Bitte prüfen Sie beide Angaben."
    ]


@pytest.mark.django_db
def test_the_widget_links_a_datalist_filled_by_the_autocomplete_script(place):
    form = PlaceForm(initial={"place": place("23909", "Ratzeburg").pk})

    html = str(form["place"])

    assert 'value="23909 Ratzeburg"' in html
    assert 'list="id_place-suggestions"' in html
    assert '<datalist id="id_place-suggestions"></datalist>' in html
    assert 'data-place-autocomplete="/orte/suche/"' in html
    assert 'autocomplete="postal-code"' in html
    assert "<script" not in html  # the script comes with form.media, never inline
    assert 'src="/static/vocabulary/place-autocomplete.js" defer' in str(form.media)


@pytest.mark.django_db
def test_the_same_place_typed_again_is_no_change(place):
    ratzeburg = place("23909", "Ratzeburg")

    unchanged = PlaceForm(initial={"place": ratzeburg.pk}, data={"place": "23909 Ratzeburg"})
    changed = PlaceForm(initial={"place": ratzeburg.pk}, data={"place": "19370"})

    assert not unchanged.has_changed()
    assert changed.has_changed()


@pytest.mark.django_db
def test_the_field_can_be_optional():
    class OptionalForm(forms.Form):
        place = PlaceField(required=False)

    form = OptionalForm(data={"place": ""})

    assert form.is_valid()
    assert form.cleaned_data["place"] is None
