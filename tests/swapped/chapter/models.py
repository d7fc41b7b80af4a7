"""The package's page types built on the chapter's own base page model."""

from tests.swapped.base.models import ChapterBasePage
from wagtail_widunetz.events.models import EventCalendarPageMixin, EventPageMixin
from wagtail_widunetz.partners.models import PartnerDirectoryPageMixin, PartnerPageMixin
from wagtail_widunetz.press.models import PressReleasePageMixin, PressRoomPageMixin


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
