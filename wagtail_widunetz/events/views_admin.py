"""Admin viewsets for the "Network" menu: venues and partner feeds (with their last import)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PartnerFeed, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "home"
    menu_label = _("Venues")
    list_display = ["name", "street", "city"]
    list_export = ["name", "street", "postcode", "city", "accessibility"]
    search_fields = ["name", "city"]
    copy_view_enabled = False


class PartnerFeedViewSet(SnippetViewSet):
    model = PartnerFeed
    icon = "calendar"
    menu_label = _("Partner feeds")
    list_display = ["name", "calendar", "enabled", "last_run", "last_ok", "last_result"]
    list_filter = ["enabled", "last_ok"]
    search_fields = ["name", "url"]
    copy_view_enabled = False
