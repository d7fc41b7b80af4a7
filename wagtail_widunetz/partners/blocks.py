"""StreamField blocks of the partners app.

Opening hours, contact persons and social links are stored as StreamFields on the profile: they
are structured data (validated, synchronised to translations by wagtail-localize, only the
human-readable texts become translatable segments) and they cost no query when a profile or a
directory card is shown. ``PartnerTeaserBlock`` is the embeddable teaser for any StreamField.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

WEEKDAYS = [
    ("0", _("Monday")),
    ("1", _("Tuesday")),
    ("2", _("Wednesday")),
    ("3", _("Thursday")),
    ("4", _("Friday")),
    ("5", _("Saturday")),
    ("6", _("Sunday")),
]

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()/.\-]{3,30}$",
    _("Enter a phone number with digits, spaces, “/”, “-” or a leading “+”, e.g. 05221 / 56784."),
)


def language_code_choices():
    """The network's languages (ISO codes) for choosers; read when a form is built."""
    from wagtail.models import Locale

    from wagtail_widunetz.core.models import Language

    try:
        locale = Locale.get_default()
    except Locale.DoesNotExist:  # pragma: no cover - a site without locales
        return []
    return list(
        Language.objects.filter(locale=locale)
        .order_by("sort_order", "name")
        .values_list("code", "name")
    )


class PhoneBlock(blocks.FieldBlock):
    """A phone number. Not a ``CharBlock``, so wagtail-localize keeps it synchronised."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=required,
            max_length=40,
            validators=[phone_validator],
            help_text=help_text,
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "mobile-alt"


class OpeningSlotBlock(blocks.StructBlock):
    """Regular opening: on these weekdays from … to …."""

    weekdays = blocks.MultipleChoiceBlock(
        choices=WEEKDAYS,
        label=_("Weekdays"),
        widget=forms.CheckboxSelectMultiple,
    )
    opens = blocks.TimeBlock(label=_("Opens at"), format="%H:%M")
    closes = blocks.TimeBlock(label=_("Closes at"), format="%H:%M")

    class Meta:
        icon = "time"
        label = _("Opening hours")
        help_text = _("e.g. Monday to Thursday 09:00 to 12:00. Add a second slot for afternoons.")

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] and value["closes"] and value["closes"] <= value["opens"]:
            raise StructBlockValidationError(
                {"closes": ValidationError(_("The closing time must be after the opening time."))}
            )
        return value


class OpeningExceptionBlock(blocks.StructBlock):
    """A date range with different hours (holidays, a closing day, a special Saturday)."""

    start_date = blocks.DateBlock(label=_("From"))
    end_date = blocks.DateBlock(
        label=_("Until"), required=False, help_text=_("Leave empty for a single day.")
    )
    closed = blocks.BooleanBlock(label=_("Closed"), required=False, default=True)
    opens = blocks.TimeBlock(
        label=_("Opens at"), required=False, format="%H:%M", help_text=_("Only if not closed.")
    )
    closes = blocks.TimeBlock(label=_("Closes at"), required=False, format="%H:%M")
    note = blocks.CharBlock(
        label=_("Note"), required=False, max_length=120, help_text=_("e.g. “Summer holidays”")
    )

    class Meta:
        icon = "date"
        label = _("Exception")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        start, end = value["start_date"], value["end_date"]
        if start and end and end < start:
            errors["end_date"] = ValidationError(_("The end date must not be before the start."))
        if not value["closed"]:
            if not value["opens"]:
                errors["opens"] = ValidationError(_("Enter an opening time or tick “Closed”."))
            if not value["closes"]:
                errors["closes"] = ValidationError(_("Enter a closing time or tick “Closed”."))
            if value["opens"] and value["closes"] and value["closes"] <= value["opens"]:
                errors["closes"] = ValidationError(
                    _("The closing time must be after the opening time.")
                )
        if errors:
            raise StructBlockValidationError(errors)
        return value


class OpeningHoursBlock(blocks.StreamBlock):
    slot = OpeningSlotBlock()
    exception = OpeningExceptionBlock()


class ContactPersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(
        label=_("Role"), required=False, max_length=120, help_text=_("e.g. “Migration counsellor”")
    )
    phone = PhoneBlock(label=_("Phone"), required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    languages = blocks.MultipleChoiceBlock(
        choices=language_code_choices,
        label=_("Languages"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Languages in which this person can advise."),
    )

    class Meta:
        icon = "user"
        label = _("Contact person")


class ContactsBlock(blocks.StreamBlock):
    person = ContactPersonBlock()


SOCIAL_NETWORKS = [
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("mastodon", "Mastodon"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("whatsapp", "WhatsApp"),
    ("telegram", "Telegram"),
    ("other", _("Other")),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS, label=_("Network"))
    url = blocks.URLBlock(label=_("Address (URL)"))

    class Meta:
        icon = "link"
        label = _("Social media link")


class SocialLinksBlock(blocks.StreamBlock):
    link = SocialLinkBlock()


def partner_teasers(*, keys=None, topic_slug=None, limit=6, request=None, page=None):
    """Live, public partners in the active locale, for the teaser block and
    ``{% widunetz_partner_teasers %}``: those with the translation keys ``keys`` (in that
    order), else those with the topic ``topic_slug``, else all, by title.

    With a ``request``, only partners of the current site (its tree in the page's language).
    One query for the partners (plus, without a ``page``, one for the site's root).
    """
    from wagtail.models import Locale

    from wagtail_widunetz.core.pages import exclude_private
    from wagtail_widunetz.core.search import site_tree_path

    from .models import PartnerPage

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:  # pragma: no cover
        locale = None
    queryset = PartnerPage.objects.live()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    if request is not None:
        tree_path = site_tree_path(request, page=page, locale=locale)
        if tree_path is None:
            return []
        queryset = queryset.filter(path__startswith=tree_path)
    if keys:
        pages = exclude_private(queryset.filter(translation_key__in=keys), request)
        by_key = {p.translation_key: p for p in pages}
        return [by_key[k] for k in keys if k in by_key][:limit]
    if topic_slug is not None:
        queryset = queryset.filter(partner_topics__topic__slug=topic_slug).distinct()
    return list(exclude_private(queryset, request).order_by("title")[:limit])


class PartnerTeaserBlock(blocks.StructBlock):
    """Teasers of chosen partners, or of the partners with one topic, for any StreamField."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    partners = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="widunetz_partners.PartnerPage"),
        label=_("Partners"),
        required=False,
        help_text=_("Choose partners, or leave empty and choose a topic."),
    )
    topic = SnippetChooserBlock(
        "widunetz_core.Topic",
        label=_("Topic"),
        required=False,
        help_text=_("Shows the partners with this topic (if no partners are chosen above)."),
    )
    limit = blocks.IntegerBlock(label=_("At most"), default=6, min_value=1, max_value=24)

    class Meta:
        icon = "group"
        label = _("Partner teasers")
        template = "wagtail_widunetz/partners/blocks/partner_teaser.html"

    def clean(self, value):
        value = super().clean(value)
        if not value["partners"] and not value["topic"]:
            raise StructBlockValidationError(
                block_errors={"topic": ValidationError(_("Choose partners or a topic."))}
            )
        return value

    def get_partners(self, value, request=None, page=None):
        """Live, public partners in the active locale: the chosen ones, or those with the topic."""
        chosen = [p for p in value["partners"] if p is not None]
        if chosen:
            return partner_teasers(
                keys=[p.translation_key for p in chosen],
                limit=value["limit"],
                request=request,
                page=page,
            )
        if value["topic"] is not None:
            return partner_teasers(
                topic_slug=value["topic"].slug, limit=value["limit"], request=request, page=page
            )
        return []

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        page = (parent_context or {}).get("page")
        context["partners"] = self.get_partners(value, request, page=page)
        return context
