"""The registry covers every field that looks personal; a new one makes these tests fail."""

from django.apps import apps
from django.db import models

from privacy.completeness import fields_unaccounted, looks_personal
from privacy.registry import _NOT_PERSONAL, registered


def test_every_field_that_looks_personal_is_registered_or_declared_not_personal():
    assert fields_unaccounted() == []


def test_a_new_personal_field_would_be_caught():
    assert looks_personal(models.EmailField(name="backup_email"))
    assert looks_personal(models.CharField(name="phone", max_length=20))
    assert looks_personal(models.ImageField(name="portrait"))
    assert looks_personal(models.GenericIPAddressField(name="seen_from"))
    assert looks_personal(models.DateField(name="date_of_birth"))
    assert not looks_personal(models.PositiveSmallIntegerField(name="capacity"))


def test_registered_fields_and_exceptions_name_real_fields():
    for entry in registered():
        names = {field.name for field in entry.model._meta.get_fields()}
        assert set(entry.fields) <= names, entry.label
    for (label, name), reason in _NOT_PERSONAL.items():
        model = apps.get_model(label)
        assert model._meta.get_field(name) and reason, (label, name)


def test_the_core_models_are_registered():
    labels = {entry.label for entry in registered()}
    assert {
        "accounts.user",
        "founders.founder",
        "founders.helprequest",
        "mentors.mentor",
        "account.emailaddress",
        "wagtailforms.formsubmission",
    } <= labels
