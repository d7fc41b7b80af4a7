from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WidunetzEventsConfig(AppConfig):
    name = "wagtail_widunetz.events"
    label = "widunetz_events"
    verbose_name = _("Integration network: events")
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "wagtail_widunetz.events.demo.load"
    widunetz_demo_order = 20
    widunetz_search_kinds = [
        {
            "slug": "event",
            "label": _("Events"),
            "model": "wagtail_widunetz.events.models.EventPageMixin",
            "queryset": "wagtail_widunetz.events.blocks.search_queryset",
            "snippet_fields": ["short_description", "body"],
            "order": 20,
        }
    ]
    widunetz_selfservice = "wagtail_widunetz.events.permissions.SelfService"
    widunetz_admin_viewsets = [
        "wagtail_widunetz.events.views_admin.VenueViewSet",
        "wagtail_widunetz.events.views_admin.PartnerFeedViewSet",
    ]

    def ready(self):
        from . import signals

        signals.connect()
