"""Event calendars, events, venues, materialised occurrences and partner feeds.

Page types are abstract mixins plus concrete pages, as in ``partners.models``. The start and
end of an ``EventPage`` are its *first* occurrence; the recurrence fields say how it repeats.
On publish the occurrences for the horizon are written to ``EventOccurrence`` (see
``occurrences.py``), which every list, month grid, feed and block reads.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from wagtail_widunetz.core.compat import page_model_swapped
from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.models import AddressMixin
from wagtail_widunetz.core.pages import IndexPageMixin, WidunetzPageMixin
from wagtail_widunetz.core.printing import PrintableMixin
from wagtail_widunetz.core.translation import TranslatableForeignKey

from . import recurrence
from .fields import DateListField, WeekdaysField
from .panels import RecurrencePreviewPanel
from .permissions import EventPageForm


class Venue(TranslatableMixin, AddressMixin, index.Indexed, models.Model):
    """A place where events happen: a Kita, a community hall, a library room."""

    name = models.CharField(_("name"), max_length=200)
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, lift, accessible toilet, hearing loop, ..."),
    )
    room_notes = models.TextField(
        _("room and directions"), blank=True, help_text=_("e.g. “2nd floor, room 204”.")
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(AddressMixin.address_panels, heading=_("Address")),
        FieldPanel("accessibility"),
        FieldPanel("room_notes"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("accessibility"),
        TranslatableField("room_notes"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("takes place")
    CANCELLED = "cancelled", _("cancelled")
    POSTPONED = "postponed", _("postponed")
    MOVED_ONLINE = "moved_online", _("moved online")


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("on site")
    ONLINE = "online", _("online")
    MIXED = "mixed", _("on site and online")


class Repeat(models.TextChoices):
    NEVER = "", _("does not repeat")
    DAILY = recurrence.DAILY, _("daily")
    WEEKLY = recurrence.WEEKLY, _("weekly")
    MONTHLY = recurrence.MONTHLY, _("monthly")
    YEARLY = recurrence.YEARLY, _("yearly")


class MonthlyMode(models.TextChoices):
    DAY = recurrence.MONTHLY_DAY, _("on the same day of the month (e.g. the 15th)")
    NTH = recurrence.MONTHLY_NTH, _("on the same weekday of the same week (e.g. 2nd Tuesday)")
    LAST = recurrence.MONTHLY_LAST_WEEKDAY, _("on the last such weekday (e.g. last Friday)")
    LAST_DAY = recurrence.MONTHLY_LAST_DAY, _("on the last day of the month")


class Registration(models.TextChoices):
    NOT_NEEDED = "none", _("no registration needed")
    REQUIRED = "required", _("registration required")
    WELCOME = "welcome", _("registration welcome")


class DateChangeStatus(models.TextChoices):
    CANCELLED = recurrence.CANCELLED, _("cancelled")
    POSTPONED = recurrence.POSTPONED, _("postponed (new date to follow)")
    MOVED = recurrence.MOVED, _("moved to another time")
    FULLY_BOOKED = recurrence.FULLY_BOOKED, _("fully booked")


def widunetz_tz():
    return ZoneInfo(get_setting("TIME_ZONE"))


class EventCalendarPageMixin(PrintableMixin, RoutablePageMixin, IndexPageMixin, models.Model):
    """A calendar of the network's courses, cafés, classes and meetings.

    Routes: ``./`` upcoming occurrences, ``./<yyyy>/<mm>/`` month grid, ``./ical/`` feed,
    ``./print/`` a flyer of the filtered dates (core.printing, events.printing).
    """

    widunetz_print_template = "wagtail_widunetz/events/print/event_calendar_page.html"
    widunetz_print_context = "wagtail_widunetz.events.printing.calendar_sheet"

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    widunetz_template = "wagtail_widunetz/events/event_calendar_page.html"
    widunetz_month_template = "wagtail_widunetz/events/event_calendar_month.html"
    mixin_content_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def item_mixin(self):
        return EventPageMixin

    def get_context(self, request, *args, **kwargs):
        # Skip IndexPageMixin's generic listing: the list reads EventOccurrence (views.py).
        context = WidunetzPageMixin.get_context(self, request, *args, **kwargs)
        context["widunetz_tz"] = get_setting("TIME_ZONE")
        return context

    @path("")
    def upcoming_view(self, request):
        from .views import upcoming

        return upcoming(self, request)

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_view(self, request, year, month):
        from .views import month_grid

        return month_grid(self, request, int(year), int(month))

    # Served at /widunetz/<id>/ical/ too, without page routing (core.views).
    widunetz_endpoints = {"ical": "ical_view"}

    @path("ical/", name="ical")
    def ical_view(self, request):
        from .views import calendar_feed

        return calendar_feed(self, request)


class EventPageMixin(PrintableMixin, RoutablePageMixin, WidunetzPageMixin, models.Model):
    """A course, café, class or meeting: once, or repeating after an RFC 5545 rule.
    ``./ical/`` answers its iCalendar, ``./print/`` a flyer (core.printing)."""

    widunetz_print_template = "wagtail_widunetz/events/print/event_page.html"
    widunetz_print_context = "wagtail_widunetz.events.printing.event_sheet"

    start = models.DateTimeField(
        _("starts"), help_text=_("Start of the first date; for repeating events, the first one.")
    )
    end = models.DateTimeField(_("ends"), help_text=_("End of the first date."))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Only the days count; an event over several days ends on the day of “ends”."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=255,
        blank=True,
        help_text=_("e.g. why the whole series is cancelled."),
    )
    short_description = models.TextField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences for lists and search results."),
    )
    body = RichTextField(_("description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Recurrence (RFC 5545 RRULE, RDATE, EXDATE), stored as structured fields.
    repeat = models.CharField(
        _("repeats"), max_length=10, choices=Repeat.choices, default=Repeat.NEVER, blank=True
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("1 = every week (month, ...), 2 = every second one, ..."),
    )
    repeat_weekdays = WeekdaysField(
        _("on these weekdays"),
        help_text=_("For weekly events; the weekday of the first date must be among them."),
    )
    repeat_monthly = models.CharField(
        _("monthly"),
        max_length=10,
        choices=MonthlyMode.choices,
        default=MonthlyMode.DAY,
        help_text=_("For monthly events: which day of the month, taken from the first date."),
    )
    repeat_until = models.DateField(
        _("until"), null=True, blank=True, help_text=_("Last day on which a date may be.")
    )
    repeat_count = models.PositiveSmallIntegerField(
        _("number of dates"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("Instead of “until”: how many dates in all."),
    )
    extra_dates = DateListField(
        _("additional dates"),
        help_text=_("One date per line, e.g. 24.12.2026; at the same time as the first date."),
    )
    skipped_dates = DateListField(
        _("dates left out"),
        help_text=_(
            "One date per line; these dates simply do not take place. To show visitors that a "
            "date is cancelled, with a reason, add a change below instead."
        ),
    )

    attendance_mode = models.CharField(
        _("attendance"), max_length=10, choices=AttendanceMode.choices, default="offline"
    )
    venue = models.ForeignKey(
        "widunetz_events.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty if the event is at the organiser's own address."),
    )
    online_url = models.URLField(_("online meeting link"), blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"), max_length=100, blank=True, help_text=_("e.g. “5 € per course day”.")
    )
    registration = models.CharField(
        _("registration"),
        max_length=10,
        choices=Registration.choices,
        default=Registration.NOT_NEEDED,
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=100, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    # Imported events: where they came from (``ical.py``); ``import_feed`` is on EventPage.
    import_uid = models.CharField(_("iCalendar UID"), max_length=255, blank=True, db_index=True)
    import_sequence = models.IntegerField(null=True, blank=True, editable=False)
    import_last_modified = models.DateTimeField(null=True, blank=True, editable=False)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    widunetz_template = "wagtail_widunetz/events/event_page.html"
    mixin_content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("First date"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_interval")]),
                FieldPanel("repeat_weekdays"),
                FieldPanel("repeat_monthly"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldRowPanel([FieldPanel("extra_dates"), FieldPanel("skipped_dates")]),
                RecurrencePreviewPanel(),
            ],
            heading=_("Repeats"),
        ),
        InlinePanel(
            "date_changes",
            heading=_("Changes to single dates"),
            label=_("change"),
            help_text=_("Cancel, postpone or move one date, or mark it as fully booked."),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Status")),
        FieldPanel("short_description"),
        FieldPanel("body"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        InlinePanel("organisers", heading=_("Organisers"), label=_("organiser")),
        InlinePanel("event_topics", heading=_("Topics"), label=_("topic")),
        InlinePanel("event_target_groups", heading=_("Target groups"), label=_("target group")),
        InlinePanel("event_languages", heading=_("Held in"), label=_("language")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldRowPanel([FieldPanel("registration"), FieldPanel("registration_url")]),
                FieldPanel("capacity"),
            ],
            heading=_("Price and registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_phone"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        FieldPanel("keywords"),
        MultiFieldPanel([FieldPanel("source_url")], heading=_("Import"), classname="collapsed"),
    ]
    mixin_search_fields = [
        index.SearchField("short_description"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    mixin_override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "start",
            "end",
            "all_day",
            "status",
            "repeat",
            "repeat_interval",
            "repeat_weekdays",
            "repeat_monthly",
            "repeat_until",
            "repeat_count",
            "extra_dates",
            "skipped_dates",
            "attendance_mode",
            "online_url",
            "is_free",
            "registration",
            "registration_url",
            "capacity",
            "contact_phone",
            "contact_email",
            "image",
            "import_uid",
            "source_url",
        )
    ] + [
        # The translation points at the venue's translation (the German venue until it is
        # translated), not at the German venue; clearing the venue clears it everywhere.
        TranslatableForeignKey("venue"),
    ]

    class Meta:
        abstract = True

    # -- recurrence ------------------------------------------------------------------------

    @property
    def widunetz_tz_name(self):
        return get_setting("TIME_ZONE")

    def get_rule(self):
        if not self.repeat:
            return None
        return recurrence.Rule(
            freq=self.repeat,
            interval=self.repeat_interval or 1,
            weekdays=tuple(self.repeat_weekdays or ()),
            monthly=self.repeat_monthly or recurrence.MONTHLY_DAY,
            until=self.repeat_until,
            count=None if self.repeat_until else self.repeat_count,
        )

    def get_series(self, changes=None):
        """The event as a ``recurrence.Series`` in the site's time zone."""
        if changes is None:
            changes = {
                c.date: recurrence.Change(c.status, c.new_start, c.new_end, c.reason)
                for c in self.date_changes.all()
                if c.date
            }
        return recurrence.Series(
            start=self.start,
            end=self.end,
            tz=widunetz_tz(),
            all_day=self.all_day,
            rule=self.get_rule(),
            rdates=tuple(self.extra_dates or ()),
            exdates=tuple(self.skipped_dates or ()),
            changes=changes,
        )

    def next_dates(self, count=10, after=None):
        """The next ``count`` occurrences computed from the fields (admin preview)."""
        after = after or timezone.now()
        horizon = after + datetime.timedelta(days=get_setting("OCCURRENCE_HORIZON_DAYS"))
        return self.get_series().expand(after, horizon, limit=count)

    @property
    def is_recurring(self):
        return bool(self.repeat or self.extra_dates)

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.repeat:
            if self.repeat_until and self.repeat_count:
                errors["repeat_count"] = _("Give either “until” or a number of dates, not both.")
            if self.start and self.repeat_until:
                first_day = self.start.astimezone(widunetz_tz()).date()
                if self.repeat_until < first_day:
                    errors["repeat_until"] = _("“Until” lies before the first date.")
            if self.repeat == Repeat.WEEKLY and self.start and self.repeat_weekdays:
                weekday = self.start.astimezone(widunetz_tz()).weekday()
                if weekday not in self.repeat_weekdays:
                    errors["repeat_weekdays"] = _(
                        "The weekday of the first date must be one of the weekdays."
                    )
            too_long = (
                self.start and self.end and self.end - self.start > datetime.timedelta(days=31)
            )
            if too_long:
                errors["end"] = _("A repeating date can last at most 31 days.")
        if errors:
            raise ValidationError(errors)

    # -- views -----------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from .views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    widunetz_endpoints = {"ical": "ical_view"}

    @path("ical/", name="ical")
    def ical_view(self, request):
        from .views import event_feed

        return event_feed(self, request)

    def permissions_for_user(self, user):
        # Partner editors may edit the events their partner organises (permissions.py).
        from .permissions import EventPagePermissionTester

        return EventPagePermissionTester(user, self)


class EventCalendarPage(EventCalendarPageMixin, Page):
    content_panels = Page.content_panels + EventCalendarPageMixin.mixin_content_panels
    subpage_types = ["widunetz_events.EventPage"]

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")


class EventPage(EventPageMixin, Page):
    # On the concrete page, not the mixin: PartnerFeed hangs on the package's concrete pages,
    # so a site with its own base page model has no feeds to point at.
    import_feed = models.ForeignKey(
        "widunetz_events.PartnerFeed",
        verbose_name=_("imported from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    keywords = ClusterTaggableManager(
        verbose_name=_("keywords"),
        through="widunetz_events.EventPageTag",
        blank=True,
        help_text=_("Free keywords for search; use topics and target groups for filters."),
    )

    content_panels = Page.content_panels + EventPageMixin.mixin_content_panels
    base_form_class = EventPageForm  # partner editors name only their own partners
    search_fields = Page.search_fields + EventPageMixin.mixin_search_fields
    override_translatable_fields = EventPageMixin.mixin_override_translatable_fields + [
        SynchronizedField("import_feed")
    ]
    parent_page_types = ["widunetz_events.EventCalendarPage"]
    subpage_types = []

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("event")
        verbose_name_plural = _("events")


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat


class EventFacetLink(TranslatableMixin, Orderable):
    """Base of the through-models that link an event to a translatable snippet.

    ``TranslatableMixin`` makes wagtail-localize point the link of a translated event at the
    translated snippet (a plain ``Orderable`` would keep the German one).
    """

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class EventTopic(EventFacetLink):
    page = ParentalKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="event_topics"
    )
    topic = models.ForeignKey(
        "widunetz_core.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("topic")]

    class Meta(EventFacetLink.Meta):
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("topic")


class EventTargetGroup(EventFacetLink):
    page = ParentalKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="event_target_groups"
    )
    target_group = models.ForeignKey(
        "widunetz_core.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("target_group")]

    class Meta(EventFacetLink.Meta):
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("target group")


class EventLanguage(EventFacetLink):
    page = ParentalKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="event_languages"
    )
    language = models.ForeignKey(
        "widunetz_core.Language",
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("language")]

    class Meta(EventFacetLink.Meta):
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("language")


class EventOrganiser(Orderable):
    """A partner organising the event.

    A plain ``Orderable``: wagtail-localize copies the link to the (German) partner page into
    translations; views show the partner's translation in the visitor's language when there is
    one (one query for all organisers).
    """

    page = ParentalKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="organisers"
    )
    partner = models.ForeignKey(
        "widunetz_partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("organiser")


class EventDateChange(TranslatableMixin, Orderable):
    """One date of a series that is cancelled, postponed, moved or fully booked."""

    page = ParentalKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="date_changes"
    )
    date = models.DateField(_("date"), help_text=_("The day the date was originally planned."))
    status = models.CharField(
        _("change"),
        max_length=20,
        choices=DateChangeStatus.choices,
        default=DateChangeStatus.CANCELLED,
    )
    new_start = models.DateTimeField(_("new start"), null=True, blank=True)
    new_end = models.DateTimeField(_("new end"), null=True, blank=True)
    reason = models.CharField(
        _("reason"), max_length=255, blank=True, help_text=_("Shown to visitors, e.g. “holiday”.")
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("reason"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("status"),
        SynchronizedField("new_start"),
        SynchronizedField("new_end"),
        TranslatableField("reason"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("change to a single date")
        verbose_name_plural = _("changes to single dates")

    def clean(self):
        super().clean()
        if self.status == DateChangeStatus.MOVED and not self.new_start:
            raise ValidationError({"new_start": _("A moved date needs its new start.")})
        if self.new_start and self.new_end and self.new_end < self.new_start:
            raise ValidationError({"new_end": _("The date cannot end before it starts.")})


class EventOccurrence(models.Model):
    """One date of one event in one locale, written at publish time (``occurrences.py``).

    Each translation of an event has its own rows (written when the translation is published),
    so a list is a range query in the visitor's locale and carries the translated reason.
    """

    page = models.ForeignKey(
        "widunetz_events.EventPage", on_delete=models.CASCADE, related_name="occurrences"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    recurrence_id = models.DateTimeField(_("originally planned start"))
    all_day = models.BooleanField(default=False)
    status = models.CharField(
        max_length=20,
        choices=[(s, s) for s in recurrence.STATUSES],
        default=recurrence.SCHEDULED,
    )
    reason = models.CharField(max_length=255, blank=True)

    class Meta:
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["locale", "end", "start"], name="widunetz_occ_locale_end")]

    def __str__(self):
        return f"{self.page_id} @ {self.start.isoformat()}"

    @property
    def is_cancelled(self):
        return self.status == recurrence.CANCELLED or (
            self.page.status == EventStatus.CANCELLED if self.page_id else False
        )

    @property
    def local_start(self):
        return timezone.localtime(self.start, widunetz_tz())

    @property
    def local_end(self):
        return timezone.localtime(self.end, widunetz_tz())

    @property
    def last_day(self):
        """The last local day the occurrence covers (all-day ends are exclusive)."""
        end = self.local_end
        if self.all_day or (end.time() == datetime.time() and end > self.local_start):
            return (end - datetime.timedelta(days=1)).date()
        return end.date()

    @property
    def is_multi_day(self):
        return self.last_day > self.local_start.date()


class PartnerFeed(models.Model):
    """A partner's iCalendar feed, pulled into one calendar by ``widunetz_import_feeds``."""

    calendar = models.ForeignKey(
        "widunetz_events.EventCalendarPage",
        verbose_name=_("calendar"),
        on_delete=models.CASCADE,
        related_name="partner_feeds",
    )
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed address"), max_length=500, help_text=_("https://… .ics"))
    organiser = models.ForeignKey(
        "widunetz_partners.PartnerPage",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_topic = models.ForeignKey(
        "widunetz_core.Topic",
        verbose_name=_("default topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    categories = models.CharField(
        _("only these categories"),
        max_length=255,
        blank=True,
        help_text=_("Comma-separated iCalendar CATEGORIES; empty imports every event."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    last_run = models.DateTimeField(_("last import"), null=True, blank=True, editable=False)
    last_ok = models.BooleanField(_("last import succeeded"), null=True, editable=False)
    last_result = models.TextField(_("last result"), blank=True, editable=False)

    panels = [
        FieldPanel("calendar"),
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("organiser"),
        FieldPanel("default_topic"),
        FieldPanel("categories"),
        FieldPanel("enabled"),
    ]

    class Meta:
        abstract = page_model_swapped()  # hangs on EventPage: see core.compat
        verbose_name = _("partner feed")
        verbose_name_plural = _("partner feeds")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def category_list(self):
        return [c.strip().casefold() for c in self.categories.split(",") if c.strip()]
