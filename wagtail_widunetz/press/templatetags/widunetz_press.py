"""Template tags of the press app for chapter templates without StreamField
(``{% load widunetz_press %}``).

``{% widunetz_latest_press limit=3 clippings=False heading="News" %}``
    The newest releases (and clippings, unless ``clippings=False``) of the current site's
    first press room in the page's language, or of ``room``, as the "Latest press" block shows
    them. Arguments (all optional): ``room`` (a press room page), ``limit`` (1 to 12, default
    3), ``clippings``, ``heading``, ``template``. A bad argument raises ``TemplateSyntaxError``
    with ``DEBUG = True`` and renders nothing otherwise. Costs what the block costs: the room
    lookup plus one query.
"""

from django import template
from django.utils.translation import gettext as _
from wagtail.blocks import StructValue

from wagtail_widunetz.core.blocks import clean_limit, tag_error

from ..blocks import LatestPressBlock

register = template.Library()
TAG = "widunetz_latest_press"
_block = LatestPressBlock()


@register.simple_tag(takes_context=True)
def widunetz_latest_press(context, room=None, limit=3, clippings=True, heading=None, template=None):
    count = clean_limit(TAG, limit, 3, 12)
    if room is not None and not hasattr(room, "get_item_model"):
        tag_error(TAG, f"room must be a press room page, not {room!r}")
        return ""
    if count is None:
        return ""
    value = StructValue(
        _block,
        [
            ("heading", _("Latest news") if heading is None else heading),
            ("press_room", room),
            ("count", count),
            ("include_clippings", bool(clippings)),
        ],
    )
    flat = context.flatten()
    if template:
        return template_render(template, _block.get_context(value, parent_context=flat), context)
    return _block.render(value, context=flat)


def template_render(name, block_context, context):
    from django.template.loader import render_to_string

    return render_to_string(name, block_context, request=context.get("request"))
