"""The English locale, kept in step with the German one: every German page has an English
version under /en/ — its translation, or until then an alias that shows the German original."""

from django.db import migrations


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    german, _ = Locale.objects.get_or_create(language_code="de")
    english, _ = Locale.objects.get_or_create(language_code="en")
    LocaleSynchronization.objects.get_or_create(locale=english, defaults={"sync_from": german})


def remove_english(apps, schema_editor):
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(locale__language_code="en").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_contactpage_formfield_homepagefeaturedguide"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(add_english, remove_english)]
