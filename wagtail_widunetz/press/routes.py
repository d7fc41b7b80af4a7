"""Routes of the press room (``RoutablePageMixin``): list, year archive, RSS and Atom feeds."""

from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from .listing import MAX_YEAR, MIN_YEAR, PressListing, parse_filters


class PressRoomRoutesMixin(RoutablePageMixin):
    """``./``, ``./<yyyy>/``, ``./feed/`` and ``./atom/`` of a press room."""

    listing_class = PressListing
    # Served at /widunetz/<id>/rss/ and /atom/ too, without page routing (core.views).
    widunetz_endpoints = {"rss": "rss_feed", "atom": "atom_feed"}

    def get_press_listing(self, request, year=None):
        return self.listing_class(self, parse_filters(request, year=year), request)

    @re_path(r"^(?P<year>[0-9]{4})/$", name="year")
    def year_archive(self, request, year):
        year = int(year)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise Http404(_("There is no press archive for this year."))
        return self.render(request, year=year)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from .feeds import serve_feed

        return serve_feed(self, request, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import serve_feed

        return serve_feed(self, request, "atom")
