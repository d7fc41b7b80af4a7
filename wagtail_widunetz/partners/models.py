"""Partner directory and partner profiles.

Each page type is an abstract mixin (fields and behaviour) plus a concrete page built on
``wagtail.models.Page``. A site with a custom base page model (Wagtail 8, ``WAGTAIL_PAGE_MODEL``)
builds its own concrete pages from the mixins; see docs/reference/page-models.md.

Facets (topics, target groups, districts, languages) are linked through inline
``TranslatableMixin, Orderable`` models with a ``ParentalKey``: wagtail-localize then points the
links of a translated profile at the translated snippets (a ``ParentalManyToManyField`` would not
be synchronised, and a plain ``Orderable`` would keep pointing at the German snippets). Filters
match facets by ``slug``/``code``, which are the same in every locale.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from wagtail_widunetz.core.compat import page_model_swapped
from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.models import AddressMixin
from wagtail_widunetz.core.pages import IndexPageMixin, WidunetzPageMixin
from wagtail_widunetz.core.printing import PrintableMixin

from . import blocks as partner_blocks
from . import directory, profile


class PartnerKind(models.TextChoices):
    """What kind of organisation a partner is (shown on cards, used for the JSON-LD type)."""

    KITA = "kita", _("Day-care centre (Kita)")
    FAMILY_CENTRE = "family_centre", _("Family centre")
    COUNSELLING = "counselling", _("Counselling service")
    JOB_AGENCY = "job_agency", _("Job agency / employment")
    SCHOOL = "school", _("School or education provider")
    SENIOR = "senior", _("Senior centre / care")
    ASSOCIATION = "association", _("Association / migrant organisation")
    VOLUNTEERING = "volunteering", _("Volunteer group")
    AUTHORITY = "authority", _("Public authority")
    OTHER = "other", _("Other")


class Access(models.TextChoices):
    """One accessibility feature of the premises; empty means "not known"."""

    YES = "yes", _("yes")
    PARTLY = "partly", _("partly")
    NO = "no", _("no")


class PartnerDirectoryPageMixin(RoutablePageMixin, IndexPageMixin, models.Model):
    """The searchable directory of the network's partners, with a map at ``./map/``.

    Routes: ``./`` (list with filters), ``./map/`` (the same filters on a map with a list beside
    it) and ``./map/data/`` (the map's markers as JSON, honouring the filters). Needs
    ``wagtail.contrib.routable_page`` in ``INSTALLED_APPS``.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    widunetz_template = "wagtail_widunetz/partners/partner_directory_page.html"
    widunetz_map_template = "wagtail_widunetz/partners/partner_map_page.html"
    mixin_content_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def item_mixin(self):
        return PartnerPageMixin

    # Filtering (see directory.py): facet definitions and the cleaned request state.
    def get_facets(self):
        return directory.partner_facets(self.get_item_model())

    def get_filter_state(self, request):
        cache = getattr(request, "_widunetz_partner_filters", None)
        if cache is None:
            cache = request._widunetz_partner_filters = {}
        if self.pk not in cache:
            cache[self.pk] = directory.DirectoryFilter(self, request)
        return cache[self.pk]

    def get_listing_queryset(self, request):
        return self.get_filter_state(request).queryset.order_by("title", "pk")

    def get_context(self, request, *args, **kwargs):
        # IndexPageMixin.get_context would count the results with an extra query; the facet
        # query already returned the total, so the directory paginates on its own.
        context = WidunetzPageMixin.get_context(self, request, *args, **kwargs)
        state = self.get_filter_state(request)
        page_obj = directory.paginate_known_count(
            request, self.get_listing_queryset(request), state
        )
        items = list(page_obj.object_list)
        now, tz = profile.now(), profile.time_zone()
        for item in items:
            item.wn_status = directory.card_status(item, now, tz)
            item.wn_status_text = profile.status_text(item.wn_status, now, tz)
        tile_url = get_setting("MAP_TILE_URL")
        context.update(
            page_obj=page_obj,
            items=items,
            filters=state,
            map_tile_url=tile_url,
            map_tile_host=urlsplit(tile_url).hostname or tile_url,
            map_attribution=get_setting("MAP_ATTRIBUTION"),
        )
        return context

    @path("")
    def directory_view(self, request):
        return self.render(request)

    def get_map_template(self, request):
        opts = self.specific_class._meta
        own = f"{opts.app_label}/{opts.model_name}_map.html"
        return [own, self.widunetz_map_template]

    @path("map/")
    def map_view(self, request):
        return self.render(request, template=self.get_map_template(request))

    @path("map/data/")
    def map_data_view(self, request):
        return directory.map_data_response(self, request)


class PartnerPageMixin(
    PrintableMixin, RoutablePageMixin, WidunetzPageMixin, AddressMixin, models.Model
):
    """One partner organisation of the network. ``./vcard/`` answers its vCard, ``./print/``
    a printable flyer (core.printing)."""

    widunetz_print_template = "wagtail_widunetz/partners/print/partner_page.html"
    widunetz_print_context = "wagtail_widunetz.partners.printing.partner_sheet"

    short_description = models.TextField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences for lists and search results."),
    )
    body = RichTextField(_("description"), blank=True)
    kind = models.CharField(
        _("kind of organisation"),
        max_length=30,
        choices=PartnerKind.choices,
        default=PartnerKind.OTHER,
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("logo alternative text"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the logo says, for people who cannot see it, e.g. “Logo: DRK Kita Ottelau”."
        ),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, validators=[partner_blocks.phone_validator]
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Shown protected against address harvesters.")
    )
    website = models.URLField(_("website"), blank=True)
    social_links = StreamField(
        partner_blocks.SocialLinksBlock(), verbose_name=_("social media"), blank=True
    )
    contacts = StreamField(
        partner_blocks.ContactsBlock(), verbose_name=_("contact persons"), blank=True
    )
    opening_hours = StreamField(
        partner_blocks.OpeningHoursBlock(),
        verbose_name=_("opening hours"),
        blank=True,
        help_text=_("Regular weekly hours and exceptions such as holidays."),
    )
    by_appointment = models.BooleanField(
        _("appointments possible"),
        default=False,
        help_text=_("Tick if visitors can (also) come by appointment."),
    )
    temporarily_closed = models.BooleanField(
        _("temporarily closed"),
        default=False,
        help_text=_("Overrides all opening hours; explain in the note."),
    )
    hours_note = models.CharField(
        _("note on opening hours"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “Please call before your first visit.”"),
    )
    step_free_access = models.CharField(
        _("step-free access"), max_length=10, blank=True, choices=Access.choices
    )
    accessible_toilet = models.CharField(
        _("accessible toilet"), max_length=10, blank=True, choices=Access.choices
    )
    hearing_loop = models.CharField(
        _("hearing loop"), max_length=10, blank=True, choices=Access.choices
    )
    accessibility_note = models.CharField(
        _("note on accessibility"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “Ramp at the side entrance; please ring.”"),
    )

    widunetz_template = "wagtail_widunetz/partners/partner_page.html"
    mixin_content_panels = [
        FieldPanel("short_description"),
        FieldPanel("kind"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo"), classname="collapsed"
        ),
        MultiFieldPanel(
            [
                MultipleChooserPanel(
                    "partner_topics", chooser_field_name="topic", label=_("Topics")
                ),
                MultipleChooserPanel(
                    "partner_target_groups",
                    chooser_field_name="target_group",
                    label=_("Target groups"),
                ),
                MultipleChooserPanel(
                    "partner_languages",
                    chooser_field_name="language",
                    label=_("Languages spoken"),
                ),
                FieldPanel("tags"),
            ],
            heading=_("Topics, target groups, languages"),
        ),
        InlinePanel(
            "cooperations",
            label=_("Cooperates with"),
            heading=_("Cooperation partners"),
            help_text=_("Shown on both profiles; enter each cooperation only once."),
        ),
    ]
    mixin_offer_panels = [InlinePanel("offers", label=_("Offer"), heading=_("Offers"))]
    mixin_contact_panels = [
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("contacts"),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [
                FieldPanel("opening_hours"),
                FieldRowPanel([FieldPanel("by_appointment"), FieldPanel("temporarily_closed")]),
                FieldPanel("hours_note"),
            ],
            heading=_("Opening hours"),
        ),
    ]
    mixin_location_panels = [
        MultiFieldPanel(AddressMixin.address_panels, heading=_("Address")),
        MultipleChooserPanel(
            "partner_districts", chooser_field_name="district", label=_("Districts served")
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("step_free_access"),
                        FieldPanel("accessible_toilet"),
                        FieldPanel("hearing_loop"),
                    ]
                ),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Accessibility of the premises"),
        ),
    ]
    mixin_search_fields = [
        index.SearchField("short_description"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.RelatedFields(
            "offers", [index.SearchField("title"), index.SearchField("description")]
        ),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    mixin_translatable_fields = [
        TranslatableField("short_description"),
        TranslatableField("body"),
        TranslatableField("logo_alt"),
        TranslatableField("hours_note"),
        TranslatableField("accessibility_note"),
        TranslatableField("contacts"),
        TranslatableField("opening_hours"),
        SynchronizedField("kind"),
        SynchronizedField("logo"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("social_links"),
        SynchronizedField("by_appointment"),
        SynchronizedField("temporarily_closed"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("step_free_access"),
        SynchronizedField("accessible_toilet"),
        SynchronizedField("hearing_loop"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Enter both latitude and longitude, or neither.")
        if self.logo_id and not self.logo_alt.strip():
            errors["logo_alt"] = _("Describe the logo for people who cannot see it.")
        if errors:
            raise ValidationError(errors)

    # Everything the profile template needs, in a fixed number of queries (see profile.py).
    def get_profile(self, request):
        cache = getattr(request, "_widunetz_partner_profile", None)
        if cache is None or cache.page_id != self.pk:
            cache = request._widunetz_partner_profile = profile.Profile(self, request)
        return cache

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["profile"] = self.get_profile(request)
        return context

    @path("")
    def profile_view(self, request):
        return self.render(request)

    @path("vcard/")
    def vcard_view(self, request):
        return profile.vcard_response(self, request)


class PartnerDirectoryPage(PartnerDirectoryPageMixin, Page):
    content_panels = Page.content_panels + PartnerDirectoryPageMixin.mixin_content_panels
    subpage_types = ["widunetz_partners.PartnerPage"]

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")


class PartnerPage(PartnerPageMixin, Page):
    tags = ClusterTaggableManager(
        through="widunetz_partners.PartnerPageTag",
        blank=True,
        verbose_name=_("keywords"),
        help_text=_("Free keywords that help visitors find the partner, e.g. “Hausaufgaben”."),
    )

    content_panels = Page.content_panels + PartnerPageMixin.mixin_content_panels
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Profile")),
            ObjectList(PartnerPageMixin.mixin_offer_panels, heading=_("Offers")),
            ObjectList(PartnerPageMixin.mixin_contact_panels, heading=_("Contact and hours")),
            ObjectList(PartnerPageMixin.mixin_location_panels, heading=_("Location")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + PartnerPageMixin.mixin_search_fields
    override_translatable_fields = PartnerPageMixin.mixin_translatable_fields
    parent_page_types = ["widunetz_partners.PartnerDirectoryPage"]
    subpage_types = []

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


# Models hanging on the concrete ``PartnerPage``. Each has an abstract base without the
# ``ParentalKey``, so a site with its own base page model (where the concrete pages below are
# abstract, see core.compat) defines the same relations on its own profile page, with the same
# related names (``partner_topics``, ``partner_target_groups``, ``partner_districts``,
# ``partner_languages``, ``offers``, ``cooperations``, ``tagged_items``). Missing relations are
# skipped: the directory then has no facets, the profile no offers.


class FacetLink(TranslatableMixin, Orderable):
    """Base of the inline links from a partner to one facet snippet."""

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


class PartnerTopicBase(FacetLink):
    topic = models.ForeignKey(
        "widunetz_core.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("topic")]

    class Meta(FacetLink.Meta):
        abstract = True
        verbose_name = _("topic of a partner")


class PartnerTargetGroupBase(FacetLink):
    target_group = models.ForeignKey(
        "widunetz_core.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("target_group")]

    class Meta(FacetLink.Meta):
        abstract = True
        verbose_name = _("target group of a partner")


class PartnerDistrictBase(FacetLink):
    district = models.ForeignKey(
        "widunetz_core.District",
        verbose_name=_("district"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("district")]

    class Meta(FacetLink.Meta):
        abstract = True
        verbose_name = _("district served by a partner")


class PartnerLanguageBase(FacetLink):
    language = models.ForeignKey(
        "widunetz_core.Language",
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("language")]

    class Meta(FacetLink.Meta):
        abstract = True
        verbose_name = _("language spoken by a partner")


class PartnerOfferBase(TranslatableMixin, Orderable):
    """A concrete service a partner runs (e.g. "Elterncafé"), with its own facets."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=1000)
    topic = models.ForeignKey(
        "widunetz_core.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_group = models.ForeignKey(
        "widunetz_core.TargetGroup",
        verbose_name=_("target group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_("ISO codes of the languages the offer is held in, separated by commas: de, ar"),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("target_group")]),
        FieldPanel("languages"),
    ]
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("languages"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["sort_order"]

    def __str__(self):
        return self.title

    @property
    def language_codes(self):
        return directory.split_codes(self.languages)

    def clean(self):
        super().clean()
        try:
            self.languages = ", ".join(directory.clean_codes(self.languages))
        except ValidationError as error:
            raise ValidationError({"languages": error}) from None


class PartnerCooperationBase(Orderable):
    """ "``page`` cooperates with ``partner``": stored once, shown on both profiles."""

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("cooperation")

    def clean(self):
        super().clean()
        if self.page_id and self.partner_id and self.page_id == self.partner_id:
            raise ValidationError({"partner": _("A partner cannot cooperate with itself.")})


class PartnerPageTag(TaggedItemBase):
    """Free keywords (django-taggit); locale-less, copied to translations."""

    content_object = ParentalKey(
        "widunetz_partners.PartnerPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        abstract = page_model_swapped()  # see core.compat


def _page_key(related_name):
    return ParentalKey(
        "widunetz_partners.PartnerPage", on_delete=models.CASCADE, related_name=related_name
    )


class PartnerTopic(PartnerTopicBase):
    page = _page_key("partner_topics")

    class Meta(PartnerTopicBase.Meta):
        abstract = page_model_swapped()


class PartnerTargetGroup(PartnerTargetGroupBase):
    page = _page_key("partner_target_groups")

    class Meta(PartnerTargetGroupBase.Meta):
        abstract = page_model_swapped()


class PartnerDistrict(PartnerDistrictBase):
    page = _page_key("partner_districts")

    class Meta(PartnerDistrictBase.Meta):
        abstract = page_model_swapped()


class PartnerLanguage(PartnerLanguageBase):
    page = _page_key("partner_languages")

    class Meta(PartnerLanguageBase.Meta):
        abstract = page_model_swapped()


class PartnerOffer(PartnerOfferBase):
    page = _page_key("offers")

    class Meta(PartnerOfferBase.Meta):
        abstract = page_model_swapped()


class PartnerCooperation(PartnerCooperationBase):
    page = _page_key("cooperations")
    partner = models.ForeignKey(
        "widunetz_partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="cooperations_received",
    )

    class Meta(PartnerCooperationBase.Meta):
        abstract = page_model_swapped()


# Invitations of partner contacts (partner self-service): see invitations.py.
from .invitations import PartnerInvitation  # noqa: E402, F401
