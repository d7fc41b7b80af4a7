from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WidunetzPartnersConfig(AppConfig):
    name = "wagtail_widunetz.partners"
    label = "widunetz_partners"
    verbose_name = _("Integration network: partners")
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "wagtail_widunetz.partners.demo.load"
    widunetz_demo_order = 10

    def ready(self):
        from . import selfservice

        selfservice.connect()
