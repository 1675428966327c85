"""Seed the job titles the region's lists use most; titles coordinators kept are left alone."""

from django.db import migrations

from mentors.profession_titles import PROFESSION_TITLES


def seed_titles(apps, schema_editor):
    ProfessionTitle = apps.get_model("mentors", "ProfessionTitle")
    for title, profession in PROFESSION_TITLES:
        ProfessionTitle.objects.get_or_create(title=title, defaults={"profession": profession})


class Migration(migrations.Migration):
    dependencies = [("mentors", "0005_mentor_profession_title")]

    operations = [migrations.RunPython(seed_titles, migrations.RunPython.noop)]
