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
