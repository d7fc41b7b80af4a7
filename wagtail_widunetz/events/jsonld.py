"""schema.org ``Event`` for the event page: one entry per upcoming date."""

from django.utils import timezone

from wagtail_widunetz.core.jsonld import postal_address

from . import recurrence

EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
    "moved_online": "https://schema.org/EventMovedOnline",
}
OCCURRENCE_STATUS = {
    recurrence.CANCELLED: "https://schema.org/EventCancelled",
    recurrence.POSTPONED: "https://schema.org/EventPostponed",
    recurrence.MOVED: "https://schema.org/EventRescheduled",
}
ATTENDANCE = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def _iso(value, all_day, tz):
    local = timezone.localtime(value, tz)
    return local.date().isoformat() if all_day else local.isoformat()


def location(page, request):
    places = []
    if page.attendance_mode != "online" and page.venue_id:
        venue = page.venue
        place = {"@type": "Place", "name": venue.name}
        address = postal_address(venue)
        if address:
            place["address"] = address
        if venue.has_coordinates:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
        places.append(place)
    if page.attendance_mode != "offline" and page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    if not places:
        return None
    return places[0] if len(places) == 1 else places


def event(page, occurrences, organisers, facets, request):
    """A list of schema.org ``Event`` dicts, one per occurrence (or the first date)."""
    from .models import widunetz_tz

    tz = widunetz_tz()
    url = page.get_full_url(request) if page.pk else None
    base = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "eventAttendanceMode": ATTENDANCE.get(page.attendance_mode, ATTENDANCE["offline"]),
        "isAccessibleForFree": bool(page.is_free),
    }
    if url:
        base["url"] = url
    if page.short_description:
        base["description"] = page.short_description
    place = location(page, request)
    if place:
        base["location"] = place
    if organisers:
        base["organizer"] = [
            {"@type": "Organization", "name": o.title, "url": o.get_full_url(request)}
            for o in organisers
        ]
    languages = [choice.value for choice in facets.get("language", [])]
    if languages:
        base["inLanguage"] = languages if len(languages) > 1 else languages[0]
    if not page.is_free and page.price:
        base["offers"] = {"@type": "Offer", "description": page.price}
    series_status = EVENT_STATUS.get(page.status, EVENT_STATUS["scheduled"])
    dates = [(o.start, o.end, o.status, o.recurrence_id) for o in occurrences] or [
        (page.start, page.end, recurrence.SCHEDULED, page.start)
    ]
    result = []
    for start, end, status, original in dates:
        data = dict(base)
        data["startDate"] = _iso(start, page.all_day, tz)
        data["endDate"] = _iso(end, page.all_day, tz)
        data["eventStatus"] = (
            series_status
            if page.status != "scheduled"
            else OCCURRENCE_STATUS.get(status, series_status)
        )
        if status == recurrence.MOVED:
            data["previousStartDate"] = _iso(original, page.all_day, tz)
        result.append(data)
    return result
