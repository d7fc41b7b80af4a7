"""StreamField blocks of ``core`` for any chapter page (also on page models outside the package)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


def kind_choices():
    from .search import search_kinds

    return [("", _("All kinds"))] + [(k.slug, k.label) for k in search_kinds()]


class NetworkSearchBlock(blocks.StructBlock):
    """A search box that searches the network (partners, offers, events, press releases).

    It sends the visitor to the site's search page in the page's language; with no search page
    on the site it renders nothing. Costs no query on a warm cache.
    """

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    kind = blocks.ChoiceBlock(
        label=_("search only"),
        choices=kind_choices,
        required=False,
        help_text=_("Leave empty to search everything."),
    )

    class Meta:
        icon = "search"
        label = _("Network search")
        template = "wagtail_widunetz/core/search_box.html"

    def get_context(self, value, parent_context=None):
        from .templatetags.widunetz_search import search_box_context

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context.update(
            search_box_context(request, value.get("heading") or "", value.get("kind") or "")
        )
        return context


def tag_error(tag, message):
    """A bad argument to one of the package's template tags: an error the developer sees in
    DEBUG, nothing at all (an empty list) for visitors in production."""
    from django.conf import settings
    from django.template import TemplateSyntaxError

    if settings.DEBUG:
        raise TemplateSyntaxError(f"{tag}: {message}")


def clean_limit(tag, value, default, maximum):
    """``limit=`` of a template tag as a whole number from 1 to ``maximum``, or None if bad."""
    if value is None or value == "":
        return default
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = None
    if number is None or not 1 <= number <= maximum:
        tag_error(tag, f"limit must be a whole number from 1 to {maximum}, not {value!r}")
        return None
    return number


def clean_slug(tag, value, name="topic"):
    """A facet slug argument (``topic="elterncafe"`` or a Topic); "" if none, None if bad."""
    import re

    if value is None or value == "":
        return ""
    slug = getattr(value, "slug", value)
    if not isinstance(slug, str) or not re.fullmatch(r"[-a-zA-Z0-9_]{1,100}", slug):
        tag_error(tag, f"{name} must be a slug such as “elterncafe”, not {value!r}")
        return None
    return slug
