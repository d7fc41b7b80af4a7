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
