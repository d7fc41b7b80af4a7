"""Reading visitors' filter parameters safely.

Every public list of the package takes its filters from the query string. This module turns
them into clean values or says what was wrong:

* malformed values a person would not type by accident (a non-numeric page, a date that does
  not exist, a parameter repeated hundreds of times, control characters) raise ``BadRequest``,
  which Django answers with 400;
* well-formed values that match nothing (a topic slug that was renamed) are dropped and
  reported in ``FilterResult.ignored`` so the template can show a visible note.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _

MAX_VALUES_PER_PARAM = 30
MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 200
SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", re.IGNORECASE)


def clean_text(value, max_length, param):
    """Normalise unicode (NFC), strip, refuse control characters and overlong values."""
    value = unicodedata.normalize("NFC", value).strip()
    if len(value) > max_length:
        raise BadRequest(
            _("The value of “%(param)s” is too long (at most %(max)s characters).")
            % {"param": param, "max": max_length}
        )
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in value):
        raise BadRequest(
            _("The value of “%(param)s” contains invalid characters.") % {"param": param}
        )
    return value


def get_query(request, param="q"):
    """The free-text search term, or ``""``."""
    values = request.GET.getlist(param)
    if len(values) > 1:
        raise BadRequest(_("Only one search term may be given."))
    return clean_text(values[0], MAX_QUERY_LENGTH, param) if values else ""


def get_slugs(request, param):
    """All values of a multi-valued slug parameter (``?topic=a&topic=b``), de-duplicated.

    Comma-separated values are accepted too (``?topic=a,b``). Empty values are skipped.
    """
    raw = request.GET.getlist(param)
    if len(raw) > MAX_VALUES_PER_PARAM:
        raise BadRequest(
            _("Too many values for “%(param)s” (at most %(max)s).")
            % {"param": param, "max": MAX_VALUES_PER_PARAM}
        )
    values = []
    for item in raw:
        for part in item.split(","):
            part = clean_text(part, MAX_VALUE_LENGTH, param)
            if part and part not in values:
                values.append(part)
    if len(values) > MAX_VALUES_PER_PARAM:
        raise BadRequest(
            _("Too many values for “%(param)s” (at most %(max)s).")
            % {"param": param, "max": MAX_VALUES_PER_PARAM}
        )
    return values


def get_date(request, param):
    """An ISO date (``2026-12-01``) or ``None``; 400 for anything else."""
    values = request.GET.getlist(param)
    if not values or values == [""]:
        return None
    if len(values) > 1:
        raise BadRequest(_("Only one value may be given for “%(param)s”.") % {"param": param})
    value = clean_text(values[0], 10, param)
    try:
        parsed = datetime.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(
            _("“%(value)s” is not a date; use the form YYYY-MM-DD.") % {"value": value}
        ) from None
    if not 1900 <= parsed.year <= 2200:
        raise BadRequest(_("The date in “%(param)s” is out of range.") % {"param": param})
    return parsed


@dataclass
class FacetChoice:
    """One option of a facet filter, for the template."""

    value: str
    label: str
    count: int = 0
    selected: bool = False
    obj: object = None


@dataclass
class FilterResult:
    """What the visitor asked for, cleaned: selected values per facet and what was ignored."""

    query: str = ""
    selected: dict = field(default_factory=dict)
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.query or any(self.selected.values()))


def select_known(request, param, known_values, result):
    """Keep the values of ``param`` that are in ``known_values``; note the others as ignored."""
    wanted = get_slugs(request, param)
    selected = [v for v in wanted if v in known_values]
    for value in wanted:
        if value not in known_values:
            result.ignored.append((param, value))
    result.selected[param] = selected
    return selected
