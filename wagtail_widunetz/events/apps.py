from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WidunetzEventsConfig(AppConfig):
    name = "wagtail_widunetz.events"
    label = "widunetz_events"
    verbose_name = _("Integration network: events")
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "wagtail_widunetz.events.demo.load"
    widunetz_demo_order = 20
