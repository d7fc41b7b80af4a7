"""The flyers, the statement page (with and without form errors) and the BITV blocks are valid
HTML (Nu HTML Checker, one run)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import EventCalendarPageFactory
from tests.validation.vnu import VnuUnavailable, describe, validate
from wagtail_widunetz.core.accessibility import AccessibilityStatementPage

pytestmark = pytest.mark.django_db


def test_pages_validate(client, partner, home, chapter, tmp_path):
    from wagtail_widunetz.events.models import EventPage

    calendar = EventCalendarPageFactory(parent=home)
    start = (timezone.now() + datetime.timedelta(days=2)).replace(microsecond=0)
    event = EventPage(
        title="Elterncafé", slug="elterncafe", start=start, end=start + datetime.timedelta(hours=2)
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()
    statement = AccessibilityStatementPage(
        title="Erklärung zur Barrierefreiheit",
        slug="barrierefreiheit",
        non_accessible_content="<ul><li>Alte PDF-Dateien</li></ul>",
        prepared_on=datetime.date(2026, 10, 1),
    )
    home.add_child(instance=statement)
    statement.save_revision().publish()
    home.body = [
        ("easy_language", {"heading": "Leicht", "text": "<p>Wir helfen.</p>", "page": home}),
        (
            "sign_language_video",
            {"heading": "DGS", "embed_url": "https://vimeo.com/76979871", "description": "D"},
        ),
    ]
    home.save_revision().publish()

    responses = {
        "partner-flyer": client.get(partner.url + "print/?lang=de&lang=ar"),
        "event-flyer": client.get(event.url + "print/?lang=tr"),
        "calendar-flyer": client.get(calendar.url + "print/?from=2026-01-01"),
        "flyer-error": client.get(partner.url + "print/?lang=xx"),
        "event-page": client.get(event.url),
        "calendar-page": client.get(calendar.url),
        "partner-page": client.get(partner.url),
        "statement": client.get(statement.url),
        "statement-errors": client.post(statement.url, {"description": "x"}),
        "statement-sent": client.get(statement.url + "sent/"),
        "home": client.get(home.url),
    }
    files = {}
    for name, response in responses.items():
        assert response.status_code in (200, 400), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files[name] = path
    try:
        results = validate(files.values())
    except VnuUnavailable as reason:
        pytest.skip(str(reason))
    errors = {name: describe(results[path.resolve()]) for name, path in files.items()}
    assert not any(errors.values()), "\n".join(f"{k}: {v}" for k, v in errors.items() if v)
