from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WidunetzCoreConfig(AppConfig):
    name = "wagtail_widunetz.core"
    label = "widunetz_core"
    verbose_name = _("Integration network: shared vocabulary")
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "wagtail_widunetz.core.demo.load"
    widunetz_demo_order = 0
    # Last: every language gets stand-ins for the demo pages not translated (core.translation).
    widunetz_demo_steps = [("wagtail_widunetz.core.translation.synchronise_trees", 1000)]
    widunetz_admin_viewsets = ("wagtail_widunetz.core.accessibility_admin.BarrierReportViewSet",)

    def ready(self):
        # Languages Django does not know (Dari, Pashto, ...) from WIDUNETZ_EXTRA_LANGUAGES.
        from .i18n import install_extra_languages

        install_extra_languages()

        # The shared cache of settings and translation lists forgets what editors change.
        from . import cache

        cache.connect()
