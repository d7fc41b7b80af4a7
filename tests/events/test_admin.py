"""The editor's side: creating a repeating event in the admin, the read-back panel, snippets."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from wagtail_widunetz.events.models import EventOccurrence, EventPage

pytestmark = pytest.mark.django_db


def form(**overrides):
    data = {
        "title": "Elterncafé",
        "slug": "elterncafe",
        "start": "2026-12-01 15:00",
        "end": "2026-12-01 17:00",
        "repeat": "WEEKLY",
        "repeat_interval": "2",
        "repeat_monthly": "day",
        "repeat_until": "2027-03-31",
        "extra_dates": "24.12.2026\n2026-12-30",
        "skipped_dates": "15.12.2026",
        "status": "scheduled",
        "attendance_mode": "offline",
        "registration": "none",
        "is_free": "on",
        "body": rich_text("<p>Mit Kinderbetreuung.</p>"),
        "date_changes": inline_formset(
            [{"date": "2026-12-03", "status": "cancelled", "reason": "Teamtag"}]
        ),
        "organisers": inline_formset([]),
        "event_topics": inline_formset([]),
        "event_target_groups": inline_formset([]),
        "event_languages": inline_formset([]),
        "action-publish": "publish",
    }
    weekdays = overrides.pop("repeat_weekdays", ["1", "3"])
    data.update(overrides)
    data = nested_form_data(data)
    data["repeat_weekdays"] = weekdays  # a multi-valued field (nested_form_data would split it)
    return data


def add_url(calendar):
    return reverse("wagtailadmin_pages:add", args=("widunetz_events", "eventpage", calendar.pk))


def test_editor_creates_a_repeating_event_in_the_admin(admin_client, calendar):
    response = admin_client.post(add_url(calendar), form())
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(slug="elterncafe")
    assert page.live and page.repeat_weekdays == [1, 3] and page.repeat_interval == 2
    assert page.extra_dates == [datetime.date(2026, 12, 24), datetime.date(2026, 12, 30)]
    assert page.skipped_dates == [datetime.date(2026, 12, 15)]
    assert [c.reason for c in page.date_changes.all()] == ["Teamtag"]
    rows = EventOccurrence.objects.filter(page=page)
    assert rows.filter(status="cancelled", reason="Teamtag").count() == 1
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert "15:00" in edit and "2027" in edit  # the rule read back and the next dates


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"extra_dates": "31.02.2026"}, "extra_dates"),
        ({"repeat_weekdays": ["3"]}, "repeat_weekdays"),  # 1 December 2026 is a Tuesday
        ({"repeat_until": "2026-11-01"}, "repeat_until"),
        ({"repeat_count": "5"}, "repeat_count"),
        ({"end": "2026-12-01 14:00"}, "end"),
    ],
)
def test_the_admin_form_refuses_rules_that_cannot_work(admin_client, calendar, overrides, field):
    response = admin_client.post(add_url(calendar), form(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not EventPage.objects.exists()


def test_network_menu_lists_venues_and_partner_feeds(admin_client):
    for model in ("venue", "partnerfeed"):
        response = admin_client.get(f"/admin/snippets/widunetz_events/{model}/")
        assert response.status_code == 200
