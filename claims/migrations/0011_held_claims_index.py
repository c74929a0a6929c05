"""The claims someone holds, per person: the dashboard's workload."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0010_claim_scored_by'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('status__in', ['in_review', 'submitted'])), fields=['assignee', 'due_at'], name='claim_held_idx'),
        ),
    ]
