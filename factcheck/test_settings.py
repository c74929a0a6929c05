"""Settings for the test suite: the real settings with a fast password hasher."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("FACTCHECK_ANON_THROTTLE", "10000/minute")

from factcheck.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

# SQLite: a file, not the default in-memory database, so that tests running several
# threads (the queue concurrency test) share one database. One file per test process.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"factcheck-test-{os.getpid()}.sqlite3")
    }

# Tests read the dashboard right after changing claims.
FACTCHECK_DASHBOARD_CACHE_SECONDS = 0
