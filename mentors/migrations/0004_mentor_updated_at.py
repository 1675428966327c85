import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("mentors", "0003_alter_mentor_options_mentor_chamber_membership_and_more"),
    ]

    operations = [
        migrations.AddField(
            model_name="mentor",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, default=django.utils.timezone.now, verbose_name="geändert am"
            ),
            preserve_default=False,
        ),
    ]
