"""Template tags of the partners app for chapter templates without StreamField
(``{% load widunetz_partners %}``).

``{% widunetz_partner_teasers topic="beratung" limit=6 heading="Counselling" %}``
    Teasers of the current site's partners in the active language, as the "Partner teasers"
    block shows them: those with the topic (slug or Topic), or all partners by name. Arguments
    (all optional): ``topic``, ``limit`` (1 to 24, default 6), ``heading``, ``template``. A bad
    argument raises ``TemplateSyntaxError`` with ``DEBUG = True`` and renders nothing otherwise.
    One query.
"""

from django import template
from django.template.loader import render_to_string

from wagtail_widunetz.core.blocks import clean_limit, clean_slug

from ..blocks import partner_teasers

register = template.Library()
TAG = "widunetz_partner_teasers"
TEMPLATE = "wagtail_widunetz/partners/blocks/partner_teaser.html"


@register.simple_tag(takes_context=True)
def widunetz_partner_teasers(context, topic=None, limit=6, heading="", template=TEMPLATE):
    request = context.get("request")
    count = clean_limit(TAG, limit, 6, 24)
    topic_slug = clean_slug(TAG, topic)
    partners = []
    if count is not None and topic_slug is not None:
        partners = partner_teasers(
            topic_slug=topic_slug or None,
            limit=count,
            request=request,
            page=context.get("page"),
        )
    return render_to_string(
        template,
        {"value": {"heading": heading}, "partners": partners, "page": context.get("page")},
        request=request,
    )
