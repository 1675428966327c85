"""Seed the shared topics; existing ones (edited by coordinators) are left as they are."""

from django.db import migrations

from vocabulary.data.topics import TOPICS


def seed_topics(apps, schema_editor):
    Topic = apps.get_model("vocabulary", "Topic")
    for order, (slug, name, name_en, scope, professions, description) in enumerate(TOPICS):
        Topic.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "advice_scope": scope,
                "qualified_professions": professions,
                "description": description,
                "sort_order": order * 10,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("vocabulary", "0003_topic")]

    operations = [migrations.RunPython(seed_topics, migrations.RunPython.noop)]
