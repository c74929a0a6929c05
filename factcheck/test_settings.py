"""Settings for the test suite: the real settings with a fast password hasher."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("FACTCHECK_ANON_THROTTLE", "10000/minute")

from factcheck.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
