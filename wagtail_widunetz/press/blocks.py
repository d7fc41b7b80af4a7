"""StreamField blocks of the press app, for any page of the chapter's site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from wagtail_widunetz.core.compat import page_model_swapped

from .listing import CLIPPING, KINDS, RELEASE, PressFilters, PressListing

# Page types a release may link to, by name: press does not import partners or events.
RELATED_PAGE_TYPES = [
    ("wagtail_widunetz.partners", "widunetz_partners.PartnerPage"),
    ("wagtail_widunetz.events", "widunetz_events.EventPage"),
]


def related_page_types():
    """The linkable page types of the apps this site has installed (any page if none, or if the
    site builds its own page classes on a swapped base page model)."""
    from django.apps import apps

    if page_model_swapped():
        return None
    return [model for app, model in RELATED_PAGE_TYPES if apps.is_installed(app)] or None


class PressContactChooserBlock(SnippetChooserBlock):
    """A press contact. Stored as the chosen contact's id and copied to translations as it is;
    pages show the contact's translation in their language (``release.chosen_contacts``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("press contact"))
        kwargs.setdefault("icon", "user")
        super().__init__("widunetz_press.PressContact", **kwargs)

    def deconstruct(self):
        return ("wagtail_widunetz.press.blocks.PressContactChooserBlock", (), {})


class RelatedPageChooserBlock(blocks.PageChooserBlock):
    """A partner or event page a release is about."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("partner or event"))
        super().__init__(page_type=related_page_types(), **kwargs)

    def deconstruct(self):
        return ("wagtail_widunetz.press.blocks.RelatedPageChooserBlock", (), {})


class PressImageBlock(blocks.StructBlock):
    """An image of a release with caption and credit; the original file can be downloaded."""

    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=300,
        help_text=_("Describes the image; also used as its text alternative."),
    )
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=200,
        help_text=_("Photographer or source, e.g. “DRK”."),
    )

    class Meta:
        icon = "image"
        label = _("image")


class PressDownloadBlock(blocks.StructBlock):
    """A download (the release as PDF, a fact sheet …) shown with its file size."""

    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("label"),
        required=False,
        max_length=200,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("download")


class LatestPressBlock(blocks.StructBlock):
    """The newest releases (and, if wanted, clippings) of a press room, in the page's language.

    Embargoed and unpublished releases never appear: the items come from the press room's own
    list (live, public pages only). Costs the room lookup plus one query.
    """

    heading = blocks.CharBlock(label=_("heading"), required=False, default=_("Latest news"))
    press_room = blocks.PageChooserBlock(
        label=_("press room"),
        page_type=None if page_model_swapped() else "widunetz_press.PressRoomPage",
        required=False,
        help_text=_("Leave empty to use the site's first press room."),
    )
    count = blocks.IntegerBlock(label=_("number of items"), default=3, min_value=1, max_value=12)
    include_clippings = blocks.BooleanBlock(
        label=_("include press coverage"), required=False, default=True
    )

    class Meta:
        icon = "doc-full"
        label = _("Latest press")
        template = "wagtail_widunetz/press/blocks/latest_press.html"

    def get_room(self, value, context):
        from wagtail.models import Site, get_page_models

        from wagtail_widunetz.core.compat import get_page_model

        from .models import PressRoomPageMixin

        request = context.get("request") if context else None
        page = context.get("page") if context else None
        locale_id = getattr(page, "locale_id", None)
        room = value.get("press_room")
        if room is not None:
            room = room.specific
            if locale_id and locale_id != room.locale_id:
                room = room.get_translation_or_none(locale_id) or room
            return room if room.live else None
        room_models = [
            m
            for m in get_page_models()
            if issubclass(m, PressRoomPageMixin) and not m._meta.abstract
        ]
        if not room_models:
            return None
        qs = get_page_model().objects.live().type(*room_models)
        if locale_id:
            qs = qs.filter(locale_id=locale_id)
        site = Site.find_for_request(request) if request is not None else None
        if site is not None:
            # Each language has its own tree beside the site's root page: look in the one of
            # the page's language.
            root = site.root_page
            if locale_id and root.locale_id != locale_id:
                root = root.get_translation_or_none(locale_id) or root
            qs = qs.descendant_of(root, inclusive=True)
        room = qs.order_by("path").first()
        return room.specific if room is not None else None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        room = self.get_room(value, parent_context)
        items = []
        if room is not None:
            kinds = list(KINDS) if value.get("include_clippings") else [RELEASE]
            listing = PressListing(room, PressFilters(kinds=kinds), parent_context.get("request"))
            items = listing.latest(value.get("count") or 3, parent_context.get("request"))
        context.update(press_room=room, press_items=items, CLIPPING=CLIPPING)
        return context
