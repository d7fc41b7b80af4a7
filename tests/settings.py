"""Test settings: the example site's, with fast hashing and a throw-away media folder.

``DATABASE_URL`` switches the database exactly as for the example site (SQLite by default).
"""

import os
import tempfile

from example_site.settings import *  # noqa: F403

SECRET_KEY = "tests-only"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = os.environ.get("WIDUNETZ_TEST_MEDIA_ROOT") or tempfile.mkdtemp(
    prefix="widunetz-media-"
)
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "loggers": {"django.request": {"handlers": ["null"], "propagate": False}},
}

# Connections of the browser tests' live-server threads must close after each request, or
# PostgreSQL refuses to drop the test database at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
