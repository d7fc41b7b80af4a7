"""Admin: press snippets in the "Network" menu (named in ``apps.py``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MediaOutlet, PressBoilerplate, PressClipping, PressContact


class MediaOutletViewSet(SnippetViewSet):
    model = MediaOutlet
    icon = "media"
    menu_label = _("Media outlets")
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    list_export = ["name", "kind", "website"]
    search_fields = ["name"]
    ordering = ["name"]


class PressClippingViewSet(SnippetViewSet):
    model = PressClipping
    icon = "openquote"
    menu_label = _("Press coverage")
    list_display = ["headline", "outlet", "published", "pinned"]
    list_filter = ["outlet", "pinned"]
    list_export = ["headline", "outlet", "author", "published", "url", "excerpt"]
    search_fields = ["headline", "excerpt", "author"]
    ordering = ["-published"]
    copy_view_enabled = False


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    menu_label = _("Press contacts")
    list_display = ["name", "role", "phone", "email"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class PressBoilerplateViewSet(SnippetViewSet):
    model = PressBoilerplate
    icon = "pilcrow"
    menu_label = _("Boilerplate texts")
    list_display = ["name"]
    search_fields = ["name"]
    ordering = ["name"]
