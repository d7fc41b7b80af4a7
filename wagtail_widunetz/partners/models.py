"""Partner directory and partner profiles.

Each page type is an abstract mixin (fields and behaviour) plus a concrete page built on
``wagtail.models.Page``. A site with a custom base page model (Wagtail 8, ``WAGTAIL_PAGE_MODEL``)
builds its own concrete pages from the mixins; see docs/reference/page-models.md.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from wagtail_widunetz.core.pages import IndexPageMixin, WidunetzPageMixin


class PartnerDirectoryPageMixin(IndexPageMixin, models.Model):
    """The searchable directory of the network's partners."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    widunetz_template = "wagtail_widunetz/partners/partner_directory_page.html"
    mixin_content_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def item_mixin(self):
        return PartnerPageMixin

    def get_listing_queryset(self, request):
        return self.get_items(request).order_by("title", "pk")


class PartnerPageMixin(WidunetzPageMixin, models.Model):
    """One partner organisation of the network."""

    short_description = models.TextField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences for lists and search results."),
    )
    body = RichTextField(_("description"), blank=True)

    widunetz_template = "wagtail_widunetz/partners/partner_page.html"
    mixin_content_panels = [FieldPanel("short_description"), FieldPanel("body")]
    mixin_search_fields = [
        index.SearchField("short_description"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class PartnerDirectoryPage(PartnerDirectoryPageMixin, Page):
    content_panels = Page.content_panels + PartnerDirectoryPageMixin.mixin_content_panels
    subpage_types = ["widunetz_partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")


class PartnerPage(PartnerPageMixin, Page):
    content_panels = Page.content_panels + PartnerPageMixin.mixin_content_panels
    search_fields = Page.search_fields + PartnerPageMixin.mixin_search_fields
    parent_page_types = ["widunetz_partners.PartnerDirectoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
