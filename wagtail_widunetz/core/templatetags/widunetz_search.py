"""Template tags of the network search (``{% load widunetz_search %}``).

``{% widunetz_search_url as url %}``
    URL of the current site's search page in the active language ("" if there is none). Read
    from the cache: no query on a warm cache, so the header can show the box on every page.
``{% widunetz_search_box heading="…" kind="event" %}``
    The search box for any template; renders nothing if the site has no search page.
"""

import itertools

from django import template
from django.conf import settings
from django.template.loader import render_to_string

from ..search import search_kinds, search_page_url

register = template.Library()
_ids = itertools.count(1)


@register.simple_tag(takes_context=True)
def widunetz_search_url(context):
    return search_page_url(context.get("request")) or ""


def search_box_context(request, heading="", kind=""):
    """Context of ``search_box.html``; an unknown ``kind`` is an error in DEBUG, else ignored."""
    if kind and kind not in {k.slug for k in search_kinds()}:
        if settings.DEBUG:
            raise template.TemplateSyntaxError(
                f"widunetz_search_box: unknown kind {kind!r}; "
                f"known: {', '.join(k.slug for k in search_kinds())}"
            )
        kind = ""
    return {
        "search_url": search_page_url(request) or "",
        "heading": heading,
        "kind": kind,
        "form_id": f"wn-search-box-{next(_ids)}",
    }


@register.simple_tag(takes_context=True)
def widunetz_search_box(
    context, heading="", kind="", template="wagtail_widunetz/core/search_box.html"
):
    request = context.get("request")
    return render_to_string(template, search_box_context(request, heading, kind), request=request)
