import datetime

import pytest
from django.core.exceptions import BadRequest
from django.test import RequestFactory

from wagtail_widunetz.core.filtering import (
    FilterResult,
    get_date,
    get_query,
    get_slugs,
    select_known,
)

rf = RequestFactory()


def test_slugs_repeated_and_comma_separated_are_merged():
    request = rf.get("/", {"topic": ["beratung", "sport,beratung", ""]})
    assert get_slugs(request, "topic") == ["beratung", "sport"]


def test_too_many_values_are_rejected():
    request = rf.get("/", {"topic": [f"t{i}" for i in range(31)]})
    with pytest.raises(BadRequest):
        get_slugs(request, "topic")


@pytest.mark.parametrize("value", ["x" * 101, "a\x00b", "\u202e" * 0 + "a\x07"])
def test_overlong_or_control_characters_are_rejected(value):
    with pytest.raises(BadRequest):
        get_slugs(rf.get("/", {"topic": value}), "topic")


def test_unicode_query_is_normalised_and_kept():
    assert get_query(rf.get("/", {"q": "  Cafe\u0301 العربية "})) == "Café العربية"


def test_query_repeated_is_rejected():
    with pytest.raises(BadRequest):
        get_query(rf.get("/?q=a&q=b"))


def test_unknown_values_are_ignored_with_a_note():
    result = FilterResult()
    selected = select_known(rf.get("/?topic=sport&topic=gone"), "topic", {"sport"}, result)
    assert selected == ["sport"]
    assert result.ignored == [("topic", "gone")]
    assert result.active


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2026-12-01", datetime.date(2026, 12, 1)), ("", None)],
)
def test_dates(value, expected):
    assert get_date(rf.get("/", {"from": value}), "from") == expected


@pytest.mark.parametrize(
    "value", ["2026-13-01", "2026-02-30", "0000-01-01", "99999-01-01", "morgen"]
)
def test_bad_dates_are_rejected(value):
    with pytest.raises(BadRequest):
        get_date(rf.get("/", {"from": value}), "from")
