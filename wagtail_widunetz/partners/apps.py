from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WidunetzPartnersConfig(AppConfig):
    name = "wagtail_widunetz.partners"
    label = "widunetz_partners"
    verbose_name = _("Integration network: partners")
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "wagtail_widunetz.partners.demo.load"
    widunetz_demo_order = 10
    # after events (20) and press (30): the moderation needs their calendars and press rooms
    widunetz_demo_steps = [("wagtail_widunetz.partners.selfservice.load_demo", 90)]
    widunetz_search_kinds = [
        {
            "slug": "partner",
            "label": _("Partners"),
            "model": "wagtail_widunetz.partners.models.PartnerPageMixin",
            "snippet_fields": ["short_description", "body"],
            "order": 10,
        }
    ]
    widunetz_admin_viewsets = ["wagtail_widunetz.partners.views_admin.PartnerAccessViewSet"]

    def ready(self):
        from . import selfservice

        selfservice.connect()
