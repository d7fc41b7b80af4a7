"""Event calendars and events.

Page types are abstract mixins plus concrete pages, as in ``partners.models``.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from wagtail_widunetz.core.pages import IndexPageMixin, WidunetzPageMixin


class EventCalendarPageMixin(IndexPageMixin, models.Model):
    """A calendar of the network's courses, cafés, classes and meetings."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    widunetz_template = "wagtail_widunetz/events/event_calendar_page.html"
    mixin_content_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def item_mixin(self):
        return EventPageMixin

    def get_listing_queryset(self, request):
        """Events that have not ended yet, soonest first."""
        return self.get_items(request).filter(end__gte=timezone.now()).order_by("start", "pk")


class EventPageMixin(WidunetzPageMixin, models.Model):
    """A course, café, class or meeting with a start and an end."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(_("all day"), default=False)
    short_description = models.TextField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences for lists and search results."),
    )
    body = RichTextField(_("description"), blank=True)

    widunetz_template = "wagtail_widunetz/events/event_page.html"
    mixin_content_panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("all_day"),
        FieldPanel("short_description"),
        FieldPanel("body"),
    ]
    mixin_search_fields = [
        index.SearchField("short_description"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})


class EventCalendarPage(EventCalendarPageMixin, Page):
    content_panels = Page.content_panels + EventCalendarPageMixin.mixin_content_panels
    subpage_types = ["widunetz_events.EventPage"]

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")


class EventPage(EventPageMixin, Page):
    content_panels = Page.content_panels + EventPageMixin.mixin_content_panels
    search_fields = Page.search_fields + EventPageMixin.mixin_search_fields
    parent_page_types = ["widunetz_events.EventCalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
