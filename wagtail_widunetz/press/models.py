"""Press room and press releases.

Page types are abstract mixins plus concrete pages, as in ``partners.models``.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from wagtail_widunetz.core.pages import IndexPageMixin, WidunetzPageMixin


class PressRoomPageMixin(IndexPageMixin, models.Model):
    """The agency's press releases, newest first."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    widunetz_template = "wagtail_widunetz/press/press_room_page.html"
    mixin_content_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def item_mixin(self):
        return PressReleasePageMixin

    def get_listing_queryset(self, request):
        return self.get_items(request).order_by("-date", "-pk")


class PressReleasePageMixin(WidunetzPageMixin, models.Model):
    """A press release of the agency."""

    date = models.DateTimeField(
        _("release date"),
        default=timezone.now,
        help_text=_("Shown on the release and used to sort the press room."),
    )
    lead = models.TextField(
        _("lead"), blank=True, help_text=_("The first paragraph: who, what, when, where.")
    )
    body = RichTextField(_("text"), blank=True)

    widunetz_template = "wagtail_widunetz/press/press_release_page.html"
    mixin_content_panels = [FieldPanel("date"), FieldPanel("lead"), FieldPanel("body")]
    mixin_search_fields = [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        abstract = True


class PressRoomPage(PressRoomPageMixin, Page):
    content_panels = Page.content_panels + PressRoomPageMixin.mixin_content_panels
    subpage_types = ["widunetz_press.PressReleasePage"]

    class Meta:
        verbose_name = _("press room")
        verbose_name_plural = _("press rooms")


class PressReleasePage(PressReleasePageMixin, Page):
    content_panels = Page.content_panels + PressReleasePageMixin.mixin_content_panels
    search_fields = Page.search_fields + PressReleasePageMixin.mixin_search_fields
    parent_page_types = ["widunetz_press.PressRoomPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
