"""StreamField blocks for any chapter page: the next dates of the network."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock


def upcoming_occurrences(
    *, calendar=None, topic_slug=None, partner_key=None, count=5, request=None, page=None
):
    """The next ``count`` dates in the active locale (block and ``widunetz_upcoming_events``).

    Only live, public events; with a ``request``, only those of the current site (its tree in
    the page's language). One query for the dates, plus one to find the chosen calendar's
    translation and, without a ``page``, one for the site's root in the active language.
    """
    from wagtail_widunetz.core.search import site_tree_path

    from .models import EventOccurrence, EventOrganiser, EventPage, EventTopic

    try:
        from wagtail_widunetz.core.pages import private_q
    except ImportError:  # before private_q moved to core
        from .views import private_q

    locale = Locale.get_active()
    pages = EventPage.objects.live().filter(locale=locale).exclude(private_q())
    if request is not None:
        tree_path = site_tree_path(request, page=page, locale=locale)
        if tree_path is None:
            return []
        pages = pages.filter(path__startswith=tree_path)
    if calendar is not None:
        local_calendar = (
            type(calendar.specific_deferred)
            .objects.filter(translation_key=calendar.translation_key, locale=locale)
            .first()
        ) or calendar
        pages = pages.child_of(local_calendar)
    if topic_slug is not None:
        pages = pages.filter(
            pk__in=EventTopic.objects.filter(topic__slug=topic_slug).values("page_id")
        )
    if partner_key is not None:
        pages = pages.filter(
            pk__in=EventOrganiser.objects.filter(partner__translation_key=partner_key).values(
                "page_id"
            )
        )
    return list(
        EventOccurrence.objects.filter(
            locale=locale, end__gt=timezone.now(), page_id__in=pages.values("pk")
        )
        .select_related("page")
        .order_by("start", "pk")[:count]
    )


def search_queryset(queryset, search):
    """The network search's hook: upcoming events only (unless the visitor asks for past
    ones), each with its next date as ``next_start``.

    Filters on ``id`` with a subquery, which every Wagtail search backend understands (the
    Elasticsearch/OpenSearch backends run the subquery first).
    """
    from django.db.models import OuterRef, Subquery

    from .models import EventOccurrence

    now = timezone.now()
    upcoming = EventOccurrence.objects.filter(end__gt=now)
    if not search.include_past:
        queryset = queryset.filter(id__in=upcoming.values("page_id"))
    return queryset.annotate(
        next_start=Subquery(
            upcoming.filter(page_id=OuterRef("pk")).order_by("start").values("start")[:1]
        )
    )


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

    def get_occurrences(self, value, request=None, page=None):
        calendar = value.get("calendar")
        topic = value.get("topic")
        partner = value.get("partner")
        return upcoming_occurrences(
            calendar=calendar,
            topic_slug=topic.slug if topic is not None else None,
            partner_key=partner.translation_key if partner is not None else None,
            count=value.get("count") or 5,
            request=request,
            page=page,
        )

    def get_context(self, value, parent_context=None):
        from wagtail_widunetz.core.conf import get_setting

        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        page = (parent_context or {}).get("page")
        context["occurrences"] = self.get_occurrences(value, request, page=page)
        context["widunetz_tz"] = get_setting("TIME_ZONE")
        return context
