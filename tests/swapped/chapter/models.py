"""A chapter's own base page model and the package's page types built on it."""

from django.db import models
from wagtail.models import AbstractPage, DefaultBasePageMixin

from wagtail_widunetz.events.models import EventCalendarPageMixin, EventPageMixin
from wagtail_widunetz.partners.models import PartnerDirectoryPageMixin, PartnerPageMixin
from wagtail_widunetz.press.models import PressReleasePageMixin, PressRoomPageMixin


class ChapterBasePage(AbstractPage, DefaultBasePageMixin):
    """Every page of this chapter carries a department name."""

    department = models.CharField(max_length=100, blank=True)

    search_fields = AbstractPage.search_fields + DefaultBasePageMixin.search_fields
    promote_panels = DefaultBasePageMixin.promote_panels


class NetworkPage(PartnerDirectoryPageMixin, ChapterBasePage):
    subpage_types = ["chapter.ProfilePage"]


class ProfilePage(PartnerPageMixin, ChapterBasePage):
    parent_page_types = ["chapter.NetworkPage"]


class CalendarPage(EventCalendarPageMixin, ChapterBasePage):
    subpage_types = ["chapter.DatePage"]


class DatePage(EventPageMixin, ChapterBasePage):
    parent_page_types = ["chapter.CalendarPage"]


class NewsroomPage(PressRoomPageMixin, ChapterBasePage):
    subpage_types = ["chapter.ReleasePage"]


class ReleasePage(PressReleasePageMixin, ChapterBasePage):
    parent_page_types = ["chapter.NewsroomPage"]
