"""The occurrence table follows publishing, translations and the daily refresh."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from wagtail_widunetz.core.translation import ensure_translation
from wagtail_widunetz.events import occurrences
from wagtail_widunetz.events.models import EventOccurrence, EventPage

from .conftest import local

pytestmark = pytest.mark.django_db


def soon(days=1, hour=15):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return local(day.year, day.month, day.day, hour)


def test_publish_writes_rows_for_the_horizon_and_unpublish_removes_them(
    calendar, publish, settings
):
    settings.WIDUNETZ_OCCURRENCE_HORIZON_DAYS = 70
    page = publish(calendar, start=soon(), repeat="WEEKLY")
    rows = EventOccurrence.objects.filter(page=page)
    assert 10 <= rows.count() <= 11
    assert {r.local_start.hour for r in rows} == {15}
    page.unpublish()
    assert not EventOccurrence.objects.filter(page=page).exists()
    page.save_revision().publish()
    assert EventOccurrence.objects.filter(page=page).exists()
    page.delete()
    assert not EventOccurrence.objects.exists()


def test_a_new_revision_replaces_the_rows(calendar, publish):
    page = publish(calendar, start=soon(), repeat="WEEKLY", repeat_count=3)
    assert EventOccurrence.objects.filter(page=page).count() == 3
    page.repeat_count = 5
    page.save_revision().publish()
    assert EventOccurrence.objects.filter(page=page).count() == 5


def test_a_draft_change_does_not_touch_the_rows(calendar, publish):
    page = publish(calendar, start=soon(), repeat="WEEKLY", repeat_count=3)
    page.repeat_count = 8
    page.save_revision()
    assert EventOccurrence.objects.filter(page=page).count() == 3


def test_date_changes_are_stored_with_status_and_reason(calendar, publish):
    first = soon(days=2)
    second_day = (first + datetime.timedelta(weeks=1)).date()
    page = publish(
        calendar,
        start=first,
        repeat="WEEKLY",
        repeat_count=3,
        changes=[{"date": second_day, "status": "cancelled", "reason": "Feiertag"}],
    )
    statuses = list(EventOccurrence.objects.filter(page=page).values_list("status", "reason"))
    assert statuses == [("scheduled", ""), ("cancelled", "Feiertag"), ("scheduled", "")]


def test_translations_get_their_own_rows_in_their_locale(calendar, publish, locales):
    page = publish(calendar, start=soon(), repeat="WEEKLY", repeat_count=2)
    ensure_translation(calendar, locales["en"], {calendar.title: "Events"})
    english, created = ensure_translation(page, locales["en"], {page.title: "Parents' café"})
    assert created and english.live
    codes = sorted(EventOccurrence.objects.values_list("locale__language_code", flat=True))
    assert codes == ["de", "de", "en", "en"]
    assert EventOccurrence.objects.filter(page=english).count() == 2
    english.unpublish()
    assert EventOccurrence.objects.filter(locale=locales["en"]).count() == 0
    assert EventOccurrence.objects.filter(locale=locales["de"]).count() == 2


def test_refresh_command_extends_the_horizon(calendar, publish, settings):
    settings.WIDUNETZ_OCCURRENCE_HORIZON_DAYS = 30
    page = publish(calendar, start=soon(), repeat="WEEKLY")
    before = EventOccurrence.objects.filter(page=page).count()
    settings.WIDUNETZ_OCCURRENCE_HORIZON_DAYS = 90
    out = StringIO()
    call_command("widunetz_refresh_occurrences", stdout=out)
    assert EventOccurrence.objects.filter(page=page).count() > before + 7
    assert "occurrences" in out.getvalue()


def test_refresh_drops_rows_of_pages_that_are_not_live(calendar, publish):
    page = publish(calendar, start=soon())
    EventPage.objects.filter(pk=page.pk).update(live=False)
    occurrences.refresh_all()
    assert not EventOccurrence.objects.exists()


def test_materialise_many_matches_materialise(calendar, publish):
    page = publish(
        calendar,
        start=soon(),
        repeat="WEEKLY",
        repeat_count=4,
        changes=[{"date": (soon() + datetime.timedelta(weeks=1)).date(), "status": "cancelled"}],
    )
    one = list(EventOccurrence.objects.values_list("start", "status"))
    occurrences.materialise_many([page])
    assert list(EventOccurrence.objects.values_list("start", "status")) == one


def test_bulk_created_events_get_occurrences(calendar):
    from tests.factories import EventPageFactory
    from tests.test_index_pages import add_items

    add_items(calendar, EventPageFactory, 3)
    assert EventOccurrence.objects.count() == 3
