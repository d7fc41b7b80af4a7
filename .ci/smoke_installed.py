"""Run from outside the checkout: the installed wheel configures in a minimal Wagtail project."""

import django
from django.conf import settings

settings.configure(
    SECRET_KEY="smoke",
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=[
        "wagtail_widunetz.core",
        "wagtail_widunetz.partners",
        "wagtail_widunetz.events",
        "wagtail_widunetz.press",
        "wagtail_localize",
        "wagtail_localize.locales",
        "wagtail.contrib.settings",
        "wagtail.snippets",
        "wagtail.documents",
        "wagtail.images",
        "wagtail.users",
        "wagtail.search",
        "wagtail.admin",
        "wagtail",
        "modelcluster",
        "taggit",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
        "django.contrib.staticfiles",
    ],
    ROOT_URLCONF=__name__,
    STATIC_URL="/static/",
    USE_TZ=True,
    LANGUAGE_CODE="de",
    WAGTAIL_I18N_ENABLED=True,
    WAGTAIL_CONTENT_LANGUAGES=[("de", "Deutsch"), ("en", "English")],
    LANGUAGES=[("de", "Deutsch"), ("en", "English")],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}],
)
urlpatterns = []
django.setup()

from django.core.management import call_command  # noqa: E402
from django.template.loader import get_template  # noqa: E402
from django.utils import translation  # noqa: E402

import wagtail_widunetz  # noqa: E402
from wagtail_widunetz.partners.models import PartnerPage  # noqa: E402, F401

assert "site-packages" in wagtail_widunetz.__file__, wagtail_widunetz.__file__
call_command("check")
call_command("migrate", verbosity=0)
get_template("wagtail_widunetz/base.html")
with translation.override("de"):
    assert translation.gettext("Integration network") == "Integrationsnetzwerk"
print(f"wagtail_widunetz {wagtail_widunetz.__version__} installed from the wheel: ok")
