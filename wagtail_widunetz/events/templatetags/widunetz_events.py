"""Template tags of the events app for chapter templates without StreamField
(``{% load widunetz_events %}``).

``{% widunetz_upcoming_events topic="elterncafe" limit=3 heading="Next dates" %}``
    The next dates of the current site in the active language, as the "Upcoming events" block
    shows them. Arguments (all optional): ``topic`` (slug or Topic), ``partner`` (an organising
    partner page), ``calendar`` (an event calendar page), ``limit`` (1 to 20, default 5),
    ``heading``, ``template``. A bad argument raises ``TemplateSyntaxError`` with
    ``DEBUG = True`` and renders the empty list otherwise. One query for the dates (plus one
    for the calendar's translation if a calendar is given).
"""

from django import template
from django.template.loader import render_to_string

from wagtail_widunetz.core.blocks import clean_limit, clean_slug
from wagtail_widunetz.core.conf import get_setting

from ..blocks import upcoming_occurrences

register = template.Library()
TAG = "widunetz_upcoming_events"
TEMPLATE = "wagtail_widunetz/events/blocks/upcoming_events.html"


@register.simple_tag(takes_context=True)
def widunetz_upcoming_events(
    context, topic=None, partner=None, calendar=None, limit=5, heading="", template=TEMPLATE
):
    request = context.get("request")
    count = clean_limit(TAG, limit, 5, 20)
    topic_slug = clean_slug(TAG, topic)
    occurrences = []
    if count is not None and topic_slug is not None:
        occurrences = upcoming_occurrences(
            calendar=calendar if hasattr(calendar, "translation_key") else None,
            topic_slug=topic_slug or None,
            partner_key=getattr(partner, "translation_key", None),
            count=count,
            request=request,
            page=context.get("page"),
        )
    return render_to_string(
        template,
        {
            "value": {"heading": heading},
            "occurrences": occurrences,
            "widunetz_tz": get_setting("TIME_ZONE"),
            "page": context.get("page"),
        },
        request=request,
    )
