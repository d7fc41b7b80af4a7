from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WidunetzPressConfig(AppConfig):
    name = "wagtail_widunetz.press"
    label = "widunetz_press"
    verbose_name = _("Integration network: press")
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "wagtail_widunetz.press.demo.load"
    widunetz_demo_order = 30
    widunetz_search_kinds = [
        {
            "slug": "press",
            "label": _("Press releases"),
            "model": "wagtail_widunetz.press.models.PressReleasePageMixin",
            "snippet_fields": ["lead", "subtitle", "body"],
            "order": 30,
        }
    ]
    widunetz_admin_viewsets = [
        "wagtail_widunetz.press.views.PressClippingViewSet",
        "wagtail_widunetz.press.views.MediaOutletViewSet",
        "wagtail_widunetz.press.views.PressContactViewSet",
        "wagtail_widunetz.press.views.PressBoilerplateViewSet",
    ]

    def ready(self):
        from . import signals

        signals.connect()
