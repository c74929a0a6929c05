"""Who wrote each claim's verdict, so the four-eyes rule can refuse them as publisher."""

from django.db import migrations, models

VERDICT_FIELDS = ("rating", "verdict_summary")


def authors_from_history(apps, schema_editor):
    # Existing verdicts: everyone whose recorded edit touched the rating or the summary.
    Claim = apps.get_model("claims", "Claim")
    ClaimEvent = apps.get_model("claims", "ClaimEvent")
    authors: dict[int, list[int]] = {}
    events = ClaimEvent.objects.filter(action="edit", actor__isnull=False).order_by("id")
    for claim_id, actor_id, changes in events.values_list("claim_id", "actor_id", "changes"):
        if any(field in (changes or {}) for field in VERDICT_FIELDS):
            ids = authors.setdefault(claim_id, [])
            if actor_id not in ids:
                ids.append(actor_id)
    for claim_id, ids in authors.items():
        Claim.objects.filter(pk=claim_id).update(verdict_authors=ids)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_notifications"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="verdict_authors",
            field=models.JSONField(
                blank=True, default=list, editable=False, verbose_name="verdict written by"
            ),
        ),
        migrations.RunPython(authors_from_history, migrations.RunPython.noop),
    ]
