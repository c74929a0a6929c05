"""The desk's groups with their admin permissions, and the default rating scale."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SCALE = [
    # code, German label, English label, position, German definition, English definition
    (
        "true",
        "richtig",
        "true",
        5,
        "Die Behauptung stimmt; belastbare Belege bestätigen sie, und nichts Wesentliches fehlt.",
        "The claim is accurate; solid evidence confirms it and nothing important is left out.",
    ),
    (
        "mostly_true",
        "größtenteils richtig",
        "mostly true",
        4,
        "Im Kern stimmt die Behauptung, Einzelheiten sind aber ungenau oder müssen ergänzt werden.",
        "The core of the claim holds, but details are imprecise or need adding.",
    ),
    (
        "partly_false",
        "teilweise falsch",
        "partly false",
        3,
        "Die Behauptung enthält richtige und falsche Teile, die Gewicht haben.",
        "The claim mixes accurate parts with inaccurate ones that matter.",
    ),
    (
        "mostly_false",
        "größtenteils falsch",
        "mostly false",
        2,
        "Ein wahrer Kern ist erkennbar, das Wesentliche der Behauptung stimmt aber nicht.",
        "There is a grain of truth, but the substance of the claim is wrong.",
    ),
    (
        "false",
        "falsch",
        "false",
        1,
        "Die Behauptung ist nach den verfügbaren Belegen nicht zutreffend.",
        "The available evidence shows the claim is not accurate.",
    ),
    (
        "missing_context",
        "fehlender Kontext",
        "missing context",
        None,
        "Die Angaben mögen stimmen, ohne den fehlenden Zusammenhang führen sie aber in die Irre.",
        "The facts may be right, but without the missing context they mislead.",
    ),
    (
        "unproven",
        "unbelegt",
        "unproven",
        None,
        "Es gibt keine ausreichenden Belege, um die Behauptung zu bestätigen oder zu widerlegen.",
        "There is not enough evidence to confirm or refute the claim.",
    ),
]

EDITOR_PERMISSIONS = {
    "article": ["add", "change", "view"],
    "claim": ["add", "change", "view"],
    "source": ["add", "change", "view"],
    "claimsource": ["add", "change", "view"],
    "note": ["add", "view"],
    "claimevent": ["view"],
    "rating": ["add", "change", "view"],
}


def forwards(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    app_config = apps.get_app_config("claims")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Rating = apps.get_model("claims", "Rating")

    editors, _ = Group.objects.get_or_create(name="editors")
    Group.objects.get_or_create(name="reviewers")
    Group.objects.get_or_create(name="readers")
    codenames = [
        f"{verb}_{model}" for model, verbs in EDITOR_PERMISSIONS.items() for verb in verbs
    ]
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
    )

    for code, label_de, label_en, position, definition_de, definition_en in SCALE:
        Rating.objects.update_or_create(
            code=code,
            defaults={
                "label_de": label_de,
                "label_en": label_en,
                "position": position,
                "definition_de": definition_de,
                "definition_en": definition_en,
            },
        )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["editors", "reviewers", "readers"]
    ).delete()
    apps.get_model("claims", "Rating").objects.filter(code__in=[row[0] for row in SCALE]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
