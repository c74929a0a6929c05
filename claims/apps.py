from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = _("Fact-checking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.conf import settings

        # The rulebook registers the desk's permissions with `rules` when imported.
        from claims import rulebook  # noqa: F401
        from claims.extraction.model import use_model_file
        from claims.statusguard import install_after_migrate

        # The database-side guard on claim status, reinstalled after every migrate.
        post_migrate.connect(install_after_migrate, sender=self)
        # The extraction package has no settings of its own: tell it where the
        # desk's trained weights live.
        use_model_file(settings.FACTCHECK_CHECKWORTHINESS_MODEL)

        from claims import jobs

        if jobs.engine() == "redis":
            jobs.share_redis_connections()
