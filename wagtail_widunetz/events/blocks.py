"""StreamField blocks for any chapter page: the next dates of the network."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock


class UpcomingEventsBlock(blocks.StructBlock):
    """The next dates, optionally of one calendar, one topic or one organising partner.

    Reads ``EventOccurrence`` in the visitor's locale: one query for the dates (plus one to
    find the chosen calendar's translation), whatever the number of events.
    """

    heading = blocks.CharBlock(label=_("heading"), required=False, default="")
    calendar = blocks.PageChooserBlock(
        label=_("calendar"), page_type="widunetz_events.EventCalendarPage", required=False
    )
    topic = SnippetChooserBlock("widunetz_core.Topic", label=_("topic"), required=False)
    partner = blocks.PageChooserBlock(
        label=_("organiser"), page_type="widunetz_partners.PartnerPage", required=False
    )
    count = blocks.IntegerBlock(label=_("number of dates"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "date"
        label = _("Upcoming events")
        template = "wagtail_widunetz/events/blocks/upcoming_events.html"

    def get_occurrences(self, value, request=None):
        from .models import EventOccurrence, EventOrganiser, EventPage, EventTopic
        from .views import private_q

        locale = Locale.get_active()
        pages = EventPage.objects.live().filter(locale=locale).exclude(private_q())
        calendar = value.get("calendar")
        if calendar is not None:
            local_calendar = (
                type(calendar.specific_deferred)
                .objects.filter(translation_key=calendar.translation_key, locale=locale)
                .first()
            ) or calendar
            pages = pages.child_of(local_calendar)
        topic = value.get("topic")
        if topic is not None:
            pages = pages.filter(
                pk__in=EventTopic.objects.filter(topic__slug=topic.slug).values("page_id")
            )
        partner = value.get("partner")
        if partner is not None:
            pages = pages.filter(
                pk__in=EventOrganiser.objects.filter(
                    partner__translation_key=partner.translation_key
                ).values("page_id")
            )
        return list(
            EventOccurrence.objects.filter(
                locale=locale, end__gt=timezone.now(), page_id__in=pages.values("pk")
            )
            .select_related("page")
            .order_by("start", "pk")[: value.get("count") or 5]
        )

    def get_context(self, value, parent_context=None):
        from wagtail_widunetz.core.conf import get_setting

        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        context["occurrences"] = self.get_occurrences(value, request)
        context["widunetz_tz"] = get_setting("TIME_ZONE")
        return context
