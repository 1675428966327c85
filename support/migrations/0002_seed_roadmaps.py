"""Seed the Land's offices and the four roadmap templates (example content for the editors to
review); what editors have changed since is left as it is."""

from django.db import migrations

from support.content import OFFICES, PATHS


def seed(apps, schema_editor):
    Office = apps.get_model("support", "Office")
    RoadmapTemplate = apps.get_model("support", "RoadmapTemplate")
    MilestoneTemplate = apps.get_model("support", "MilestoneTemplate")
    Topic = apps.get_model("vocabulary", "Topic")
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for office in OFFICES:
        Office.objects.get_or_create(
            kind=office.kind,
            land=office.land,
            defaults={"name": office.name, "url": office.url, "note": office.note},
        )
    for path in PATHS:
        template, created = RoadmapTemplate.objects.get_or_create(
            key=path.key, defaults={"name": path.name, "description": path.description}
        )
        if not created:
            continue
        for order, step in enumerate(path.steps):
            MilestoneTemplate.objects.create(
                template=template,
                sort_order=order,
                key=step.key,
                title=step.title,
                description=step.description,
                office_kind=step.office,
                topic=topics.get(step.topic),
                due_days_after_start=step.due_days_after_start,
                before_start=step.before_start,
            )


class Migration(migrations.Migration):
    dependencies = [("support", "0001_initial"), ("vocabulary", "0004_seed_topics")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
