"""Press room, press releases, media coverage (clippings), press contacts and boilerplates.

Page types are abstract mixins plus concrete pages, as in ``partners.models``: a site with its own
base page model builds ``class MyPressReleasePage(PressReleasePageMixin, MyBasePage)``. The inline
Contacts and related pages are chosen in StreamFields (not inline models) so the mixins carry
everything and a page without them costs no query.

Translation rules (wagtail-localize): text is translated, dates, flags, links and files are
synchronised. Unlike wagtail-localize's default, ``go_live_at`` and ``expire_at`` of a release are
synchronised too, and ``signals.py`` makes every translation follow the embargo of its source.
"""

import re

from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from wagtail_widunetz.core.compat import page_model_swapped
from wagtail_widunetz.core.i18n import language_info
from wagtail_widunetz.core.pages import IndexPageMixin, WidunetzPageMixin
from wagtail_widunetz.core.translation import TranslatableForeignKey

from .blocks import (
    PressContactChooserBlock,
    PressDownloadBlock,
    PressImageBlock,
    RelatedPageChooserBlock,
)
from .listing import kind_labels
from .routes import PressRoomRoutesMixin

LANGUAGE_CODES_RE = re.compile(
    r"^\s*[a-z]{2,3}(-[A-Za-z0-9]{2,8})*(\s*,\s*[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*\s*$"
)
language_codes_validator = RegexValidator(
    LANGUAGE_CODES_RE,
    _("Enter ISO 639 language codes separated by commas, e.g. “de, en, ar”."),
)


# --- Snippets -------------------------------------------------------------------------------


class MediaOutlet(index.Indexed, models.Model):
    """A newspaper, radio or TV station or online medium that reported on the network.

    Not translatable: an outlet's name is a proper name and its website the same in every
    language; the kind is shown with a translated label.
    """

    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", _("newspaper")
        MAGAZINE = "magazine", _("magazine")
        RADIO = "radio", _("radio")
        TV = "tv", _("television")
        ONLINE = "online", _("online medium")

    name = models.CharField(_("name"), max_length=200, unique=True)
    website = models.URLField(_("website"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWSPAPER)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("media outlet")
        verbose_name_plural = _("media outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PressClipping(TranslatableMixin, index.Indexed, models.Model):
    """Coverage of the network elsewhere, listed in the press room beside our own releases.

    The excerpt is written in our own words (a summary, not a copy of the article), so it can be
    translated and shown without reproducing someone else's text.
    """

    headline = models.CharField(_("headline"), max_length=255)
    outlet = models.ForeignKey(
        MediaOutlet,
        verbose_name=_("media outlet"),
        on_delete=models.PROTECT,
        related_name="clippings",
    )
    author = models.CharField(_("author"), max_length=200, blank=True)
    published = models.DateField(_("original publication date"))
    url = models.URLField(_("original URL"), max_length=500, blank=True)
    excerpt = models.TextField(
        _("short excerpt"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences in your own words; do not copy the article."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("archived copy (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only if the publisher allows you to publish a copy."),
    )
    pinned = models.BooleanField(
        _("pinned"), default=False, help_text=_("Pinned items stay on top of the press room.")
    )
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Only the press rooms of this site list the clipping. Leave empty to list it on "
            "every site (an installation with one site)."
        ),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [
        FieldPanel("headline"),
        FieldRowPanel([FieldPanel("outlet"), FieldPanel("published")]),
        FieldPanel("author"),
        FieldPanel("url"),
        FieldPanel("excerpt"),
        FieldPanel("document"),
        FieldPanel("pinned"),
        FieldPanel("site"),
    ]
    override_translatable_fields = [
        TranslatableField("headline"),
        TranslatableField("excerpt"),
        SynchronizedField("author"),
        SynchronizedField("published"),
        SynchronizedField("pinned"),
        SynchronizedField("site"),
    ]
    search_fields = [
        index.SearchField("headline"),
        index.AutocompleteField("headline"),
        index.SearchField("excerpt"),
        index.SearchField("author"),
        index.FilterField("locale"),
        index.FilterField("published"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press clipping")
        verbose_name_plural = _("press clippings")
        ordering = ["-published", "-pk"]
        indexes = [models.Index(fields=["locale", "-published"], name="widunetz_clipping_date")]

    def __str__(self):
        return self.headline


class PressContact(TranslatableMixin, models.Model):
    """A person journalists can call: shown on the press room and on releases."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        validators=[language_codes_validator],
        help_text=_("Languages the contact speaks, as ISO codes separated by commas: de, en, ar."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("languages"),
        FieldPanel("photo"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("phone"),
        SynchronizedField("languages"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def language_list(self):
        """``[{"code", "name_local", "dir"}]`` of the contact's languages, no query."""
        result = []
        for code in filter(None, (c.strip() for c in self.languages.split(","))):
            info = language_info(code)
            result.append(
                {
                    "code": code,
                    "name_local": info.get("name_local") or code,
                    "dir": "rtl" if info["bidi"] else "ltr",
                }
            )
        return result


class PressBoilerplate(TranslatableMixin, models.Model):
    """The standard paragraph at the end of a release (“About the DRK-Kreisverband …”)."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For editors only, e.g. “About the chapter”.")
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("name"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("boilerplate text")
        verbose_name_plural = _("boilerplate texts")
        ordering = ["name"]

    def __str__(self):
        return self.name


# --- Pages ----------------------------------------------------------------------------------


class PressRoomPageMixin(PressRoomRoutesMixin, IndexPageMixin, models.Model):
    """The press room: releases (child pages) and clippings (snippets), newest first.

    Routes (see ``routes.py``): ``./`` with ``kind``, ``year``, ``q`` and ``page``, ``./<yyyy>/``,
    ``./feed/`` (RSS 2.0) and ``./atom/`` (Atom 1.0).
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    contacts = StreamField(
        [("contact", PressContactChooserBlock())],
        verbose_name=_("press contacts"),
        blank=True,
        help_text=_("Shown on the press room, and on releases that name no contact."),
    )

    widunetz_template = "wagtail_widunetz/press/press_room_page.html"
    mixin_content_panels = [FieldPanel("intro"), FieldPanel("contacts")]

    class Meta:
        abstract = True

    @property
    def item_mixin(self):
        return PressReleasePageMixin

    def get_listing_queryset(self, request):
        return self.get_items(request).order_by("-pinned", "-date", "-pk")

    def get_context(self, request, *args, year=None, **kwargs):
        # IndexPageMixin paginates one page queryset; the press room lists two models, so it
        # skips that step and builds its page of results from the union in ``listing.py``.
        context = super(IndexPageMixin, self).get_context(request, *args, **kwargs)
        listing = self.get_press_listing(request, year=year)
        if year is not None and not listing.filters.query and not listing.year_has_items(year):
            raise Http404(_("There are no press items from this year."))
        page_obj = listing.page(request)
        context.update(
            listing=listing,
            filters=listing.filters,
            page_obj=page_obj,
            items=page_obj.object_list,
            years=listing.years(),
            kind_counts=listing.kind_counts(),
            kind_choices=kind_labels(),
            archive_year=year,
            querystring_base=listing.filters.querystring(path_year=year is not None),
            archive_querystring=listing.filters.querystring(year=None),
            press_contacts=self.get_press_contacts(),
        )
        return context

    def get_press_contacts(self):
        from .release import chosen_contacts

        return chosen_contacts(self)


class PressReleasePageMixin(WidunetzPageMixin, models.Model):
    """A press release of the agency."""

    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    date = models.DateTimeField(
        _("release date"),
        default=timezone.now,
        help_text=_("Shown on the release and used to sort the press room."),
    )
    place = models.CharField(
        _("place"),
        max_length=100,
        blank=True,
        help_text=_("The dateline's place, e.g. “Herford”."),
    )
    lead = models.TextField(
        _("lead"), blank=True, help_text=_("The first paragraph: who, what, when, where.")
    )
    body = RichTextField(_("text"), blank=True)
    images = StreamField(
        [("image", PressImageBlock())],
        verbose_name=_("images"),
        blank=True,
        help_text=_("Journalists can download each image in full size."),
    )
    downloads = StreamField(
        [("document", PressDownloadBlock())],
        verbose_name=_("downloads"),
        blank=True,
        help_text=_("The release as PDF, fact sheets … The file size is shown."),
    )
    keywords = models.CharField(
        _("keywords"),
        max_length=255,
        blank=True,
        help_text=_("Separated by commas; translated with the release."),
    )
    boilerplate = models.ForeignKey(
        "widunetz_press.PressBoilerplate",
        verbose_name=_("boilerplate text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The “About us” paragraph at the end of the release."),
    )
    pinned = models.BooleanField(
        _("pinned"), default=False, help_text=_("Pinned items stay on top of the press room.")
    )
    contacts = StreamField(
        [("contact", PressContactChooserBlock())],
        verbose_name=_("press contacts"),
        blank=True,
    )
    related = StreamField(
        [("page", RelatedPageChooserBlock())],
        verbose_name=_("related partners and events"),
        blank=True,
        help_text=_("Linked in the visitor's language where the page is translated."),
    )

    widunetz_template = "wagtail_widunetz/press/press_release_page.html"
    mixin_content_panels = [
        FieldPanel("subtitle"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("images"),
        FieldPanel("downloads"),
        MultiFieldPanel(
            [FieldPanel("keywords"), FieldPanel("boilerplate"), FieldPanel("pinned")],
            heading=_("Details"),
        ),
        FieldPanel("contacts"),
        FieldPanel("related"),
    ]
    mixin_search_fields = [
        index.SearchField("subtitle"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("keywords"),
        index.FilterField("date"),
    ]
    mixin_translatable_fields = [
        SynchronizedField("go_live_at"),
        SynchronizedField("expire_at"),
        SynchronizedField("pinned"),
        # the boilerplate's translation; removing it in the source removes it everywhere
        TranslatableForeignKey("boilerplate"),
    ]

    class Meta:
        abstract = True

    @property
    def keyword_list(self):
        return [k.strip() for k in self.keywords.split(",") if k.strip()]

    def get_room_url(self, request=None):
        """URL of the press room: the parent, computed from this page's URL (no query)."""
        url = self.get_url(request=request)
        if url and url.endswith(f"{self.slug}/"):
            return url[: -len(self.slug) - 1]
        return None

    def get_context(self, request, *args, **kwargs):
        from .release import release_context

        context = super().get_context(request, *args, **kwargs)
        context.update(release_context(self, request))
        return context

    def get_sitemap_urls(self, request=None):
        if self.go_live_at and self.go_live_at > timezone.now():
            return []
        return super().get_sitemap_urls(request)


class PressRoomPage(PressRoomPageMixin, Page):
    content_panels = Page.content_panels + PressRoomPageMixin.mixin_content_panels
    subpage_types = ["widunetz_press.PressReleasePage"]

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("press room")
        verbose_name_plural = _("press rooms")


class PressReleasePage(PressReleasePageMixin, Page):
    content_panels = Page.content_panels + PressReleasePageMixin.mixin_content_panels
    search_fields = Page.search_fields + PressReleasePageMixin.mixin_search_fields
    override_translatable_fields = PressReleasePageMixin.mixin_translatable_fields
    parent_page_types = ["widunetz_press.PressRoomPage"]
    subpage_types = []

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
