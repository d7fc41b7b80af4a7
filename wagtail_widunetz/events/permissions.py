"""Partner self-service for events: partner editors edit the events their partner organises.

Events live under the event calendar, not under the partner's profile, so a subtree
permission cannot say "the events of this partner". The rule, on top of Wagtail's page
permissions (see docs/admin/self-service.md):

* A partner group gets *add* on the event calendars (``SelfService.grant_partner``): its
  members can create events there, and, as Wagtail's "add" means, edit the events they created.
* ``EventPagePermissionTester`` adds *change* on an event for a user who holds *change* directly
  on the profile page (in any locale) of one of the event's organisers. The organisers are read
  from the database, that is from the version last published (or created), which the agency
  approved; a draft cannot widen anyone's rights.
* ``EventPageForm`` makes an editor who has no *change* on the calendar itself (a partner
  editor) name at least one organiser, and only partners they edit.

Nobody in a partner group gets *publish*: changes go through the moderation workflow.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import PagePermissionTester

from wagtail_widunetz.partners import selfservice

_CACHE = "_widunetz_organised_event_ids"


def organiser_model(page_class):
    """The through-model of ``page_class.organisers`` (None if the page has no organisers)."""
    try:
        return page_class._meta.get_field("organisers").related_model
    except FieldDoesNotExist:
        return None


def organised_event_ids(user, page_class):
    """Ids of the events organised by partners whose profile ``user`` may change.

    Two queries per request and user, however many events a listing shows (cached on the user
    object, as Wagtail caches the user's page permissions).
    """
    cache = getattr(user, _CACHE, None)
    if cache is None:
        cache = {}
        setattr(user, _CACHE, cache)
    if page_class not in cache:
        model = organiser_model(page_class)
        keys = selfservice.managed_partner_keys(user) if model is not None else set()
        cache[page_class] = (
            set(
                model.objects.filter(partner__translation_key__in=keys).values_list(
                    "page_id", flat=True
                )
            )
            if keys
            else set()
        )
    return cache[page_class]


class EventPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, plus *change* for the editors of one of the event's organisers."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if (
            user.is_active
            and not user.is_superuser
            and "change" not in self.permissions
            and page.pk is not None
            and page.pk in organised_event_ids(user, type(page))
        ):
            self.permissions.add("change")


def can_change_calendar(user, calendar):
    """True if ``user`` may change every event of ``calendar`` (agency, admin)."""
    if user.is_superuser:
        return True
    return "change" in calendar.permissions_for_user(user).permissions


class EventPageForm(WagtailAdminPageForm):
    """The event form: a partner editor's event is organised by (only) their own partners."""

    def clean(self):
        cleaned_data = super().clean()
        user = self.for_user
        calendar = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        formset = self.formsets.get("organisers")
        if user is None or calendar is None or formset is None:
            return cleaned_data
        if can_change_calendar(user, calendar) or not formset.is_valid():
            return cleaned_data  # (the formset's own errors are shown anyway)
        allowed = selfservice.managed_partner_keys(user)
        chosen = [
            form.cleaned_data.get("partner")
            for form in formset.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        chosen = [partner for partner in chosen if partner is not None]
        if not chosen:
            self.add_error(None, _("Name your organisation as the organiser of the event."))
        elif any(partner.translation_key not in allowed for partner in chosen):
            self.add_error(
                None, _("You can only name organisations whose profile you edit as organisers.")
            )
        return cleaned_data


class SelfService:
    """What the events app adds to partner self-service (named in the AppConfig)."""

    @staticmethod
    def calendar_models():
        from wagtail.models import get_page_models

        from .models import EventCalendarPageMixin

        return [
            m
            for m in get_page_models()
            if issubclass(m, EventCalendarPageMixin) and not m._meta.abstract
        ]

    @classmethod
    def calendars(cls):
        models = cls.calendar_models()
        return list(selfservice.pages_of(models)) if models else []

    @classmethod
    def moderated_pages(cls):
        return cls.calendars()

    @classmethod
    def grant_partner(cls, group, partner):
        for calendar in cls.calendars():
            selfservice.grant_page(group, calendar, ["add"])
        # Venues are chosen from the shared list; partners do not edit it.
