"""RSS 2.0 and Atom 1.0 feeds of a press room, per locale, with conditional GET.

Built on ``django.contrib.syndication``. The items come from the same union query as the press
room (``listing.PressListing``), newest first without pinning; ``?kind=release`` or
``?kind=clipping`` gives a feed of one kind. The response carries ``ETag`` and
``Last-Modified``; a feed reader that sends them back gets ``304 Not Modified``.
"""

import hashlib

from django.contrib.syndication.views import Feed
from django.utils import feedgenerator
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.html import strip_tags
from django.utils.http import parse_http_date_safe
from django.utils.translation import gettext as _

from wagtail_widunetz.core.conf import get_setting

from .listing import CLIPPING, KINDS, RELEASE, kind_labels

FEED_TYPES = {"rss": feedgenerator.Rss201rev2Feed, "atom": feedgenerator.Atom1Feed}


class PressFeed(Feed):
    """One press room's items as a feed; ``get_object`` receives the room and its listing."""

    def __init__(self, feed_type):
        self.feed_type = FEED_TYPES[feed_type]

    def get_object(self, request, room, listing):
        self.request = request
        self.room = room
        self.listing = listing
        self.room_url = request.build_absolute_uri(room.get_url(request=request))
        return room

    def title(self, room):
        kinds = self.listing.filters.kinds
        if set(kinds) == set(KINDS):
            return room.title
        return f"{room.title}: {kind_labels()[kinds[0]]}"

    def link(self, room):
        return self.room_url

    def feed_url(self, room):
        return self.request.build_absolute_uri()

    def description(self, room):
        return strip_tags(room.intro).strip() or _(
            "Press releases and press coverage of the integration network."
        )

    def items(self, room):
        return self.listing.latest(get_setting("PRESS_FEED_ITEMS"), self.request)

    def item_title(self, item):
        if item.kind == CLIPPING and item.outlet:
            return f"{item.title} ({item.outlet})"
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        if item.kind == RELEASE:
            return self.request.build_absolute_uri(item.url)
        return item.url or f"{self.room_url}#{item.anchor}"

    def item_guid(self, item):
        if item.kind == RELEASE:
            return self.request.build_absolute_uri(item.url)
        return f"{self.room_url}#{item.anchor}"

    def item_guid_is_permalink(self, item):
        return item.kind == RELEASE

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.updated or item.date

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [kind_labels()[item.kind]]


def serve_feed(room, request, feed_type):
    listing = room.get_press_listing(request)
    response = PressFeed(feed_type)(request, room=room, listing=listing)
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=300)
    last_modified = response.get("Last-Modified")
    conditional = get_conditional_response(
        request,
        etag=etag,
        last_modified=parse_http_date_safe(last_modified) if last_modified else None,
        response=response,
    )
    return conditional
