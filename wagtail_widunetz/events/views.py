"""What visitors get: the upcoming list, the month grid, the event page and the iCalendar feeds.

Every view reads ``EventOccurrence`` with range queries; none expands a rule. Query budgets
(tests/events/test_queries.py): list and month <= 12, event page <= 15, feeds <= 6.
"""

import calendar as pycalendar
import datetime
import hashlib
from urllib.parse import urlencode

from django.core.exceptions import BadRequest
from django.db.models import CharField, F, Min, Q, Value
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _

from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.filtering import (
    FacetChoice,
    FilterResult,
    get_date,
    get_query,
    get_slugs,
    select_known,
)
from wagtail_widunetz.core.pages import (
    endpoint_url,
    exclude_private,
    paginate,
    private_q,  # noqa: F401 (used by blocks.py)
)

from . import ical, jsonld, recurrence
from .models import (
    EventLanguage,
    EventOccurrence,
    EventOrganiser,
    EventTargetGroup,
    EventTopic,
    widunetz_tz,
)

# Facet parameters: (parameter, through model, field of the value, field of the label, order)
FACETS = [
    ("topic", EventTopic, "topic__slug", "topic__name", "topic__sort_order"),
    (
        "group",
        EventTargetGroup,
        "target_group__slug",
        "target_group__name",
        "target_group__sort_order",
    ),
    ("language", EventLanguage, "language__code", "language__name", "language__sort_order"),
    ("partner", EventOrganiser, "partner__slug", "partner__title", "sort_order"),
]
FACET_LABELS = {
    "topic": "Topic",
    "group": "Target group",
    "language": "Language",
    "partner": "Organiser",
}
MIN_YEAR, MAX_YEAR = 1900, 2200


def live_event_ids(calendar, request):
    """Subquery of the live, public events of ``calendar`` (private ones left out)."""
    pages = calendar.get_item_model().objects.child_of(calendar).live()
    return exclude_private(pages, request).values("pk")


def facet_choices(calendar, request):
    """The facet values used by this calendar's events: one UNION query for all four facets."""
    events = calendar.get_item_model().objects.child_of(calendar).live().values("pk")
    queries = []
    for param, model, value, label, order in FACETS:
        queries.append(
            model.objects.filter(page_id__in=events)
            .annotate(
                facet=Value(param, output_field=CharField()),
                facet_value=F(value),
                facet_label=F(label),
                facet_order=F(order),
            )
            .values_list("facet", "facet_value", "facet_label", "facet_order")
            .order_by()
        )
    rows = queries[0].union(*queries[1:])
    choices = {param: {} for param, *_rest in FACETS}
    for facet, value, label, order in rows:
        choices[facet].setdefault(value, (order, label))
    return {
        param: [
            FacetChoice(value=value, label=label)
            for value, (order, label) in sorted(values.items(), key=lambda kv: (kv[1], kv[0]))
        ]
        for param, values in choices.items()
    }


def read_filters(calendar, request, with_choices=True):
    """The visitor's filters, cleaned; 400 for malformed values (see core.filtering)."""
    result = FilterResult(query=get_query(request))
    result.date_from = get_date(request, "from")
    result.date_to = get_date(request, "to")
    if result.date_from and result.date_to and result.date_to < result.date_from:
        raise BadRequest(_("“to” must not lie before “from”."))
    result.choices = facet_choices(calendar, request) if with_choices else {}
    for param, *_rest in FACETS:
        known = {c.value for c in result.choices.get(param, [])}
        selected = select_known(request, param, known, result)
        for choice in result.choices.get(param, []):
            choice.selected = choice.value in selected
    return result


def apply_filters(queryset, filters):
    """Restrict an ``EventOccurrence`` queryset by the visitor's ``filters``."""
    if filters.query:
        queryset = queryset.filter(
            Q(page__title__icontains=filters.query)
            | Q(page__short_description__icontains=filters.query)
        )
    for param, model, value, _label, _order in FACETS:
        selected = filters.selected.get(param)
        if selected:
            links = model.objects.filter(**{f"{value}__in": selected}).values("page_id")
            queryset = queryset.filter(page_id__in=links)
    return queryset


def local_midnight(day):
    return datetime.datetime.combine(day, datetime.time(), tzinfo=widunetz_tz())


def calendar_occurrences(calendar, request):
    return EventOccurrence.objects.filter(page_id__in=live_event_ids(calendar, request))


def filter_querystring(request, exclude=("page",)):
    pairs = [(k, v) for k, values in request.GET.lists() if k not in exclude for v in values]
    return urlencode(pairs)


def group_by_day(occurrences, today):
    """``[(date, [occurrence, ...]), ...]``; a running multi-day event is listed under today."""
    groups = []
    for occurrence in occurrences:
        day = max(occurrence.local_start.date(), today)
        if groups and groups[-1][0] == day:
            groups[-1][1].append(occurrence)
        else:
            groups.append((day, [occurrence]))
    return groups


def upcoming(calendar, request):
    filters = read_filters(calendar, request)
    now = timezone.now()
    tz = widunetz_tz()
    today = timezone.localdate(now, tz)
    queryset = calendar_occurrences(calendar, request)
    if filters.date_from and filters.date_from > today:
        queryset = queryset.filter(end__gt=local_midnight(filters.date_from))
        today = filters.date_from
    else:
        queryset = queryset.filter(end__gt=now)
    if filters.date_to:
        queryset = queryset.filter(
            start__lt=local_midnight(filters.date_to + datetime.timedelta(days=1))
        )
    queryset = apply_filters(queryset, filters).select_related("page").order_by("start", "pk")
    page_obj = paginate(request, queryset)
    context = calendar.get_context(request)
    month = today
    querystring = filter_querystring(request)
    context.update(
        {
            "filters": filters,
            "facets": [
                (param, FACET_LABELS[param], filters.choices.get(param, []))
                for param, *_rest in FACETS
            ],
            "page_obj": page_obj,
            "items": page_obj.object_list,
            "days": group_by_day(page_obj.object_list, today),
            "querystring_base": querystring,
            "feed_querystring": filter_querystring(request, exclude=("page", "from", "to")),
            "month_url": calendar.url
            + calendar.reverse_subpage(
                "month", kwargs={"year": f"{month.year:04d}", "month": f"{month.month:02d}"}
            ),
            "ical_url": endpoint_url(calendar, "ical"),
        }
    )
    context["webcal_url"] = webcal_url(request, context["ical_url"], context["feed_querystring"])
    return TemplateResponse(request, calendar.get_template(request), context)


def webcal_url(request, path, querystring):
    absolute = request.build_absolute_uri(path + (f"?{querystring}" if querystring else ""))
    return "webcal://" + absolute.split("://", 1)[1]


def month_grid(calendar, request, year, month):
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        raise Http404(_("There is no such month in this calendar."))
    first = datetime.date(year, month, 1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    occurrences = list(
        calendar_occurrences(calendar, request)
        .filter(start__lt=local_midnight(following), end__gt=local_midnight(first))
        .select_related("page")
        .order_by("start", "pk")
    )
    tz = widunetz_tz()
    today = timezone.localdate(timezone.now(), tz)
    by_day = {}
    for occurrence in occurrences:
        day = max(occurrence.local_start.date(), first)
        last = min(occurrence.last_day, following - datetime.timedelta(days=1))
        while day <= last:
            by_day.setdefault(day, []).append(occurrence)
            day += datetime.timedelta(days=1)
    weeks = [
        [
            {
                "date": day,
                "in_month": day.month == month,
                "is_today": day == today,
                "occurrences": by_day.get(day, []) if day.month == month else [],
            }
            for day in week
        ]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]

    def month_url(day):
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            return None
        return calendar.url + calendar.reverse_subpage(
            "month", kwargs={"year": f"{day.year:04d}", "month": f"{day.month:02d}"}
        )

    context = calendar.get_context(request)
    context.update(
        {
            "month": first,
            "weeks": weeks,
            "weekdays": [
                first + datetime.timedelta(days=(i - first.weekday()) % 7) for i in range(7)
            ],
            "days_with_events": sorted((d, by_day[d]) for d in by_day if d.month == month),
            "previous_url": month_url(previous),
            "next_url": month_url(following),
            "today_url": month_url(today.replace(day=1)),
            "list_url": calendar.url,
            "ical_url": endpoint_url(calendar, "ical"),
        }
    )
    own = f"{calendar._meta.app_label}/{calendar._meta.model_name}_month.html"
    return TemplateResponse(request, [own, calendar.widunetz_month_template], context)


# -- iCalendar feeds ---------------------------------------------------------------------------


def feed_window(now=None):
    now = now or timezone.now()
    return (
        now - datetime.timedelta(days=get_setting("ICAL_FEED_PAST_DAYS")),
        now + datetime.timedelta(days=get_setting("OCCURRENCE_HORIZON_DAYS")),
    )


def serve_ical(request, rows, filename, name, window_end, pages=None, base_url=None):
    """Answer with a ``text/calendar`` body, or 304 when the client's copy is current."""
    body, last_modified = ical.export_calendar(
        rows, request, name=name, window_end=window_end, pages=pages, base_url=base_url
    )
    etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
    last_modified_ts = int(last_modified.timestamp()) if last_modified else None
    response = get_conditional_response(request, etag=etag, last_modified=last_modified_ts)
    if response is None:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    if last_modified_ts:
        response["Last-Modified"] = http_date(last_modified_ts)
    patch_cache_control(response, public=True, max_age=900)
    return response


def feed_rows(queryset):
    """Of the occurrences in the window, the first row of each event (it carries the event)
    and every changed row (cancelled, moved, ...): one query, streamed, ordered by event.
    The rule itself comes from the event, so the feed does not need the other rows."""
    firsts = queryset.order_by().values("page_id").annotate(first=Min("pk")).values("first")
    return (
        queryset.filter(Q(pk__in=firsts) | ~Q(status=recurrence.SCHEDULED))
        .select_related("page", "page__venue")
        .order_by("page_id", "start", "pk")
        .iterator(chunk_size=500)
    )


def calendar_feed(calendar, request):
    filters = read_filters(calendar, request, with_choices=False)
    # Without the facet query, every well-formed value filters (unknown values match nothing).
    for param, *_rest in FACETS:
        filters.selected[param] = get_slugs(request, param)
    start, end = feed_window()
    rows = feed_rows(
        apply_filters(
            calendar_occurrences(calendar, request).filter(end__gt=start, start__lt=end), filters
        )
    )
    base_url = calendar.get_full_url(request)
    return serve_ical(request, rows, f"{calendar.slug}.ics", calendar.title, end, None, base_url)


def event_feed(page, request):
    start, end = feed_window()
    rows = list(
        EventOccurrence.objects.filter(page_id=page.pk, end__gt=start, start__lt=end)
        .filter(~Q(status=recurrence.SCHEDULED) | Q(pk__in=_first_row(page, start, end)))
        .order_by("start", "pk")
    )
    for row in rows:
        row.page = page
    # an event without dates in the window (long past) still exports its series
    return serve_ical(
        request, rows, f"{page.slug}.ics", page.title, end, pages=None if rows else [page]
    )


def _first_row(page, start, end):
    return (
        EventOccurrence.objects.filter(page_id=page.pk, end__gt=start, start__lt=end)
        .order_by("start", "pk")
        .values("pk")[:1]
    )


# -- the event page ----------------------------------------------------------------------------


def event_context(page, request):
    """Dates, organisers, facets and JSON-LD for the event page (a constant number of queries)."""
    now = timezone.now()
    if getattr(request, "is_preview", False):
        # previews show what the unsaved form gives: expand in memory, no table rows yet
        occurrences = [
            PreviewOccurrence(page, occ)
            for occ in page.get_series().expand(
                now, now + datetime.timedelta(days=get_setting("OCCURRENCE_HORIZON_DAYS")), limit=12
            )
        ]
    else:
        occurrences = list(
            EventOccurrence.objects.filter(page_id=page.pk, end__gt=now).order_by("start", "pk")[
                :12
            ]
        )
        for occurrence in occurrences:
            occurrence.page = page
    organisers = localized_organisers(page, request)
    if page.pk and (page.venue_id or page.image_id) and not getattr(request, "is_preview", False):
        # venue and image in one query rather than one lazy query each
        related = type(page).objects.select_related("venue", "image").get(pk=page.pk)
        page.venue, page.image = related.venue, related.image
    facets = page_facets(page)
    from .text import describe

    context = {
        "widunetz_tz": get_setting("TIME_ZONE"),
        "recurrence_text": describe(page) if page.is_recurring else "",
        # the parent's URL without a query: the calendar is the parent by page type
        "calendar_url": (page.url or "").rsplit("/", 2)[0] + "/" if page.url else "",
        "occurrences": occurrences,
        "organisers": organisers,
        "facets": facets,
        "ical_url": endpoint_url(page, "ical"),
    }
    context["event_jsonld"] = jsonld.event(page, occurrences, organisers, facets, request)
    return context


def localized_organisers(page, request):
    """The organising partners, each in the event's language where translated: one query."""
    from wagtail_widunetz.partners.models import PartnerPage

    if getattr(request, "is_preview", False) or not page.pk:
        ids = [o.partner_id for o in page.organisers.all()]
    else:
        ids = EventOrganiser.objects.filter(page_id=page.pk).values("partner_id")
    originals = PartnerPage.objects.filter(pk__in=ids)
    partners = list(
        exclude_private(
            PartnerPage.objects.live().filter(
                Q(pk__in=ids)
                | Q(
                    translation_key__in=originals.values("translation_key"),
                    locale_id=page.locale_id,
                )
            ),
            request,
        )
        .only("pk", "title", "url_path", "translation_key", "locale_id", "depth", "path")
        .order_by("title", "pk")
    )
    by_key = {}
    for partner in partners:
        if partner.locale_id == page.locale_id or partner.translation_key not in by_key:
            by_key[partner.translation_key] = partner
    return sorted(by_key.values(), key=lambda p: p.title.casefold())


class PreviewOccurrence:
    """An occurrence computed in memory, shaped like an ``EventOccurrence`` for templates."""

    def __init__(self, page, occurrence):
        self.page = page
        self.start = occurrence.start
        self.end = occurrence.end
        self.recurrence_id = occurrence.recurrence_id
        self.all_day = occurrence.all_day
        self.status = occurrence.status
        self.reason = occurrence.reason

    local_start = EventOccurrence.local_start
    local_end = EventOccurrence.local_end
    last_day = EventOccurrence.last_day
    is_multi_day = EventOccurrence.is_multi_day
    is_cancelled = EventOccurrence.is_cancelled

    @property
    def page_id(self):
        return self.page.pk


def page_facets(page):
    """Topics, target groups and languages of one event in one UNION query."""
    if not page.pk:
        return {"topic": [], "group": [], "language": []}
    queries = []
    for param, model, value, label, _order in FACETS[:3]:
        queries.append(
            model.objects.filter(page_id=page.pk)
            .annotate(
                facet=Value(param, output_field=CharField()),
                facet_value=F(value),
                facet_label=F(label),
                facet_order=F("sort_order"),
            )
            .values_list("facet", "facet_value", "facet_label", "facet_order")
            .order_by()
        )
    result = {"topic": [], "group": [], "language": []}
    for facet, value, label, _order in sorted(
        queries[0].union(*queries[1:], all=True), key=lambda r: (r[0], r[3])
    ):
        result[facet].append(FacetChoice(value=value, label=label))
    return result
