"""Shared vocabulary of the network: facets that partners, offers and events are tagged with,
the abstract building blocks the feature apps reuse, and the chapter's site settings.

Facets are translatable snippets (not free tags) so that a visitor filtering in Arabic sees
Arabic names while the URL parameters (``slug``, ``code``) stay the same in every language.
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .conf import get_setting


class Facet(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term visitors filter by. ``slug`` is the stable value used in URLs."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_(
            "Used in filter links (?topic=…). Stays the same in every language; "
            "lower-case letters, digits and hyphens."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.IntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers are listed first.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Topic(Facet):
    """What kind of offer: counselling, language course, parent café, sports, …"""

    class Meta(Facet.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="widunetz_topic_unique_slug")
        ]


class TargetGroup(Facet):
    """For whom: children, families, youth, women, seniors, …"""

    class Meta(Facet.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="widunetz_targetgroup_unique_slug"
            )
        ]


class District(Facet):
    """A part of town (Stadtteil) that a partner serves or an event takes place in."""

    class Meta(Facet.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="widunetz_district_unique_slug")
        ]


language_code_validator = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Enter an ISO 639 language code such as “ar”, “tr”, “prs” or “ku-Arab”."),
)


class Language(TranslatableMixin, index.Indexed, models.Model):
    """A language a partner speaks or an event is held in.

    ``name`` is translated ("Arabisch", "Arabic"); ``endonym`` is the language's name for itself
    ("العربية") and is the same in every locale, as are the code and the writing direction.
    """

    class Direction(models.TextChoices):
        LTR = "ltr", _("left to right")
        RTL = "rtl", _("right to left")

    name = models.CharField(_("name"), max_length=100)
    code = models.CharField(
        _("ISO code"),
        max_length=20,
        validators=[language_code_validator],
        help_text=_("ISO 639-1 or 639-3 code, e.g. “ar”, “tr”, “uk”, “prs” (Dari)."),
    )
    endonym = models.CharField(
        _("name in the language itself"),
        max_length=100,
        help_text=_("How speakers write the language's name, e.g. “Türkçe”, “العربية”."),
    )
    direction = models.CharField(
        _("writing direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )
    sort_order = models.IntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("direction")]),
        FieldPanel("endonym"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("code"),
        SynchronizedField("endonym"),
        SynchronizedField("direction"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("endonym"),
        index.SearchField("code"),
        index.FilterField("locale"),
        index.FilterField("code"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "code"], name="widunetz_language_unique_code")
        ]

    def __str__(self):
        return self.name

    @property
    def slug(self):
        """Languages are filtered by their ISO code, so they fit the facet helpers."""
        return self.code


class AddressMixin(models.Model):
    """Postal address with optional coordinates, for partners, venues and the chapter."""

    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=10,
        blank=True,
        validators=[RegexValidator(r"^[0-9A-Za-z -]{3,10}$", _("Enter a valid postcode."))],
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, e.g. 52.115 for Herford."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, e.g. 8.673 for Herford."),
    )

    address_panels = [
        FieldPanel("street"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def address_lines(self):
        lines = [self.street, " ".join(p for p in (self.postcode, self.city) if p)]
        return [line for line in lines if line]


@register_setting(icon="site")
class ChapterSettings(AddressMixin, BaseSiteSetting):
    """Who runs the network on this site: shown in the header, footer and JSON-LD."""

    name = models.CharField(
        _("name of the chapter"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “DRK-Kreisverband Herford-Stadt e.V.”"),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    donation_url = models.URLField(_("donation link"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(AddressMixin.address_panels, heading=_("Address")),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")], heading=_("Contact")
        ),
        FieldPanel("donation_url"),
        FieldPanel("logo"),
    ]

    class Meta:
        verbose_name = _("chapter")
        verbose_name_plural = _("chapter")

    def __str__(self):
        return self.name or str(self.site)


# The accessibility statement page and barrier reports live in their own module; importing them
# here registers the models with the app (it needs nothing from above but the app's helpers).
from .accessibility import (  # noqa: E402
    AccessibilityStatementPage,
    AccessibilityStatementPageMixin,
    BarrierReport,
)
from .search import NetworkSearchPage, NetworkSearchPageMixin  # noqa: E402

__all__ = [
    "AccessibilityStatementPage",
    "AccessibilityStatementPageMixin",
    "AddressMixin",
    "BarrierReport",
    "ChapterSettings",
    "District",
    "Facet",
    "Language",
    "NetworkSearchPage",
    "NetworkSearchPageMixin",
    "TargetGroup",
    "Topic",
    "get_setting",
]
