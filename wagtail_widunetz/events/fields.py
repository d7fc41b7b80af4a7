"""Model fields that store recurrence parts as structured values editors can fill in.

``WeekdaysField`` keeps weekdays as ``"0,2"`` (0 = Monday) and edits them as checkboxes;
``DateListField`` keeps dates as ISO lines and accepts ``24.12.2026`` or ``2026-12-24`` one per
line. Both give Python lists, so revisions (JSON) and wagtail-localize synchronisation see
plain values.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

WEEKDAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
MAX_DATES = 366
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(text):
    """A date from ``YYYY-MM-DD`` or ``DD.MM.YYYY``; ``ValueError`` otherwise."""
    text = text.strip()
    match = _GERMAN_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return datetime.date(year, month, day)
    return datetime.date.fromisoformat(text)


class WeekdaysField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return []
        if isinstance(value, str):
            value = [v for v in value.split(",") if v.strip()]
        try:
            days = sorted({int(v) for v in value})
        except (TypeError, ValueError):
            raise ValidationError(_("Choose weekdays from the list.")) from None
        if any(not 0 <= d <= 6 for d in days):
            raise ValidationError(_("Choose weekdays from the list."))
        return days

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def get_prep_value(self, value):
        return ",".join(str(d) for d in self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        # the choices are checked in to_python; CharField's max_length check sees the list
        pass

    def run_validators(self, value):
        pass

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=WEEKDAY_CHOICES,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class DateListForm(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(d.strftime("%d.%m.%Y") for d in value)
        return value

    def to_python(self, value):
        dates = []
        for line in re.split(r"[\n,;]+", value or ""):
            if not line.strip():
                continue
            try:
                dates.append(parse_date(line))
            except ValueError:
                raise ValidationError(
                    _("“%(value)s” is not a date; write e.g. 24.12.2026."),
                    params={"value": line.strip()[:40]},
                ) from None
        if len(dates) > MAX_DATES:
            raise ValidationError(_("At most %(max)s dates.") % {"max": MAX_DATES})
        return sorted(set(dates))


class DateListField(models.TextField):
    """A list of dates, stored as ISO dates one per line."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return []
        if isinstance(value, str):
            value = [v for v in value.split() if v]
        result = []
        for item in value:
            if isinstance(item, datetime.datetime):
                item = item.date()
            elif isinstance(item, str):
                try:
                    item = parse_date(item)
                except ValueError:
                    raise ValidationError(_("Enter valid dates.")) from None
            result.append(item)
        return sorted(set(result))

    def from_db_value(self, value, expression, connection):
        try:
            return self.to_python(value)
        except ValidationError:
            return []

    def get_prep_value(self, value):
        return "\n".join(d.isoformat() for d in self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        pass

    def run_validators(self, value):
        pass

    def formfield(self, **kwargs):
        return DateListForm(
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )
