"""Settings for the fact-check tracker, read once from the environment.

Variables: DATABASE_URL, SECRET_KEY (required when DEBUG is off), DEBUG,
ALLOWED_HOSTS, TIME_ZONE, FACTCHECK_ORGANIZATION_NAME, FACTCHECK_ORGANIZATION_URL,
FACTCHECK_PUBLIC_URL, FACTCHECK_REDIS_URL (Redis job engine instead of the database one),
FACTCHECK_FETCH_ALLOW_PRIVATE, FACTCHECK_FEED_POLL_MINUTES, CACHE_URL (shared cache for
rate limits; the database by default), FACTCHECK_LOGIN_FAILURE_LIMIT,
FACTCHECK_TOKEN_FAILURE_LIMIT, SECURE_COOKIES, SECURE_SSL_REDIRECT, SECURE_HSTS_SECONDS,
BEHIND_TLS_PROXY, FACTCHECK_DASHBOARD_CACHE_SECONDS, DATABASE_POOL (PostgreSQL: on by
default), DATABASE_POOL_MIN_SIZE, DATABASE_POOL_MAX_SIZE, DATABASE_POOL_TIMEOUT,
FACTCHECK_CHECKWORTHINESS_MODEL, FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS.
"""

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from factcheck.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Set SECRET_KEY to a long random "
            "string, or DEBUG=true for local development."
        )
    # Development only: a fixed key keeps sessions alive across restarts.
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "rules",
    "axes",
    "claims",
]

# Object permissions come from the rulebook (claims.rulebook) beside the model permissions.
AUTHENTICATION_BACKENDS = [
    # First, as django-axes asks: it refuses a locked-out login before any password check.
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "claims.middleware.RefuseNulCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # A view's failed database connect becomes 503 with Retry-After (claims' own errors
    # never reach it; axes' process_exception runs before it and ignores these).
    "factcheck.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "claims.context_processors.roles",
                "claims.context_processors.unread_notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"


def _database() -> dict:
    url = env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    try:
        # Persistent connections are checked before reuse, so a database restart costs
        # a reconnect instead of failing each worker's next request.
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception as exc:  # dj-database-url raises several types for a bad URL
        raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers work while one writer writes; IMMEDIATE takes the write
        # lock at BEGIN so two workflow actions cannot interleave and deadlock.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    if config["ENGINE"] == "django.db.backends.postgresql":
        # Django's own cursors bind parameters on the client and are never prepared; the
        # statements the project binds on the server (the queue pickup) are prepared after
        # this many runs on a connection. Empty turns it off, for a transaction-pooling
        # PgBouncer older than 1.21.
        threshold = env_str("DATABASE_PREPARE_THRESHOLD", "5")
        try:
            prepare = int(threshold) if threshold else None
        except ValueError:
            raise ImproperlyConfigured(
                "DATABASE_PREPARE_THRESHOLD must be a whole number or empty."
            ) from None
        config.setdefault("OPTIONS", {})["prepare_threshold"] = prepare
    if config["ENGINE"] == "django.db.backends.postgresql" and env_bool(
        "DATABASE_POOL", default=True
    ):
        # A pool per process: many concurrent requests share a few connections, so the
        # server's connection limit is never reached (workers × max_size stays below it).
        # A request that finds the pool empty waits up to `timeout` seconds, then gets 503.
        config["CONN_MAX_AGE"] = 0
        config.setdefault("OPTIONS", {})["pool"] = {
            "min_size": env_int("DATABASE_POOL_MIN_SIZE", 1),
            "max_size": env_int("DATABASE_POOL_MAX_SIZE", 10),
            "timeout": env_int("DATABASE_POOL_TIMEOUT", 10),
        }
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def _cache() -> dict:
    """Rate limits must be counted once for all workers: a shared cache, never per process.

    The database's cache table (`manage.py createcachetable`) by default, Redis when
    CACHE_URL is a redis:// address.
    """
    url = env_str("CACHE_URL", "")
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "factcheck_cache",
        }
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    raise ImproperlyConfigured(
        f"CACHE_URL must be a redis:// address, or unset for the database cache, not {url!r}."
    )


CACHES = {"default": _cache()}

# Failed logins on both login pages (the desk's and the admin's) lock that username from
# that address for a while (django-axes, counted in the database, shared by all workers).
AXES_FAILURE_LIMIT = env_int("FACTCHECK_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Wrong API tokens from one address, within the same 15 minutes, before it is refused.
FACTCHECK_TOKEN_FAILURE_LIMIT = env_int("FACTCHECK_TOKEN_FAILURE_LIMIT", 20)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("de", _("German"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Berlin")
try:
    ZoneInfo(TIME_ZONE)
except (ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE {TIME_ZONE!r} is not a known time zone.") from None

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}


LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "factcheck-list"

# Uploads above this size are refused before they reach the importer.
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_CONTENT_TYPE_NOSNIFF = True
    # HTTPS only: redirect plain HTTP and tell browsers to remember it (HSTS).
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
    SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
    if env_bool("BEHIND_TLS_PROXY", default=False):
        # The proxy terminates TLS and says so in this header; without it every request
        # would look like plain HTTP and be redirected forever.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp): scripts, styles, images and forms from this site
# only. Style attributes stay allowed for the admin's few; scripts never run inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.GuardedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
    "EXCEPTION_HANDLER": "claims.api.exceptions.exception_handler",
    # JSON with a size, depth and NUL check; forms as DRF parses them.
    "DEFAULT_PARSER_CLASSES": [
        "claims.api.parsers.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": env_str("FACTCHECK_ANON_THROTTLE", "120/minute")},
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check tracker API",
    "DESCRIPTION": (
        "Claims, evidence, reviewer notes and the editorial workflow of a fact-checking desk."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI's files come from the drf-spectacular-sidecar package: no CDN needed.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.add_claim_links",
        "claims.api.schema.document_list_errors",
    ],
    "ENUM_NAME_OVERRIDES": {
        "LanguageEnum": "claims.models.articles.Language",
        "ImportLanguageEnum": ["de", "en", "auto"],
        "NoteKindEnum": "claims.models.evidence.NoteKind",
        "ClaimStatusEnum": "claims.models.claims.Status",
    },
}

# Who publishes the fact-checks, for ClaimReview's author and the public pages.
FACTCHECK_ORGANIZATION_NAME = env_str("FACTCHECK_ORGANIZATION_NAME", "Fact-check Desk")
# The site's public address, for ClaimReview's author and links in e-mail. A live site
# must say it: a development default there would publish "127.0.0.1:8000" to the world.
FACTCHECK_PUBLIC_URL = env_str("FACTCHECK_PUBLIC_URL", "")
if not FACTCHECK_PUBLIC_URL:
    if not DEBUG:
        raise ImproperlyConfigured(
            "FACTCHECK_PUBLIC_URL must be set when DEBUG is off: the public address of "
            "the fact-checks, for example https://factcheck.example.org."
        )
    FACTCHECK_PUBLIC_URL = "http://127.0.0.1:8000"
if not FACTCHECK_PUBLIC_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(
        f"FACTCHECK_PUBLIC_URL must start with http:// or https://, not {FACTCHECK_PUBLIC_URL!r}."
    )
FACTCHECK_PUBLIC_URL = FACTCHECK_PUBLIC_URL.rstrip("/")
FACTCHECK_ORGANIZATION_URL = env_str("FACTCHECK_ORGANIZATION_URL", FACTCHECK_PUBLIC_URL + "/")
# Claims whose due date passed are overdue; new claims get this many days by default.
FACTCHECK_DEFAULT_DUE_DAYS = env_int("FACTCHECK_DEFAULT_DUE_DAYS", 3)
# Check-worthiness weights trained on the desk's own decisions
# (manage.py train_checkworthiness); preferred over the shipped ones while present.
FACTCHECK_CHECKWORTHINESS_MODEL = env_str(
    "FACTCHECK_CHECKWORTHINESS_MODEL", str(BASE_DIR / "var" / "checkworthiness.json")
)
# Retrain those weights on the desk's decisions every this many days in a background
# job (7: weekly); 0 switches the periodic job off.
FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS = env_int("FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS", 0)
# The dashboard's figures are computed at most once in this many seconds (0: every time).
FACTCHECK_DASHBOARD_CACHE_SECONDS = env_int("FACTCHECK_DASHBOARD_CACHE_SECONDS", 30)

# Background jobs run on Django's tasks API. The database engine needs nothing else (the
# `run_jobs` worker reads the queue from the same database); setting FACTCHECK_REDIS_URL
# moves the same jobs onto RQ workers for desks that import at scale.
FACTCHECK_REDIS_URL = env_str("FACTCHECK_REDIS_URL", "")
if FACTCHECK_REDIS_URL:
    INSTALLED_APPS.insert(INSTALLED_APPS.index("claims"), "django_rq")
    RQ_QUEUES = {"default": {"URL": FACTCHECK_REDIS_URL, "DEFAULT_TIMEOUT": 600}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A failed job is tried again after 30 s, 60 s, 120 s … until this many attempts.
FACTCHECK_JOB_MAX_ATTEMPTS = env_int("FACTCHECK_JOB_MAX_ATTEMPTS", 4)
FACTCHECK_JOB_RETRY_SECONDS = env_int("FACTCHECK_JOB_RETRY_SECONDS", 30)

# Fetching pages, feeds and webhooks: private, loopback and link-local addresses are
# refused unless this is on (a local test server, an intranet deployment).
FACTCHECK_FETCH_ALLOW_PRIVATE = env_bool("FACTCHECK_FETCH_ALLOW_PRIVATE", default=False)
FACTCHECK_FETCH_TIMEOUT = env_int("FACTCHECK_FETCH_TIMEOUT", 15)
FACTCHECK_FETCH_MAX_BYTES = env_int("FACTCHECK_FETCH_MAX_BYTES", 5 * 1024 * 1024)
FACTCHECK_WEBHOOK_TIMEOUT = env_int("FACTCHECK_WEBHOOK_TIMEOUT", 10)
FACTCHECK_FEED_POLL_MINUTES = env_int("FACTCHECK_FEED_POLL_MINUTES", 15)

# Notification e-mail: printed to the console in development, SMTP otherwise.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
# A slow mail server delays one response by at most this, never the workflow's commit.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "factcheck@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
