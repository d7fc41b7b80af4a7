"""factory_boy / wagtail-factories factories for the package's models."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from wagtail_widunetz.core.models import District, Language, TargetGroup, Topic
from wagtail_widunetz.events.models import EventCalendarPage, EventPage
from wagtail_widunetz.partners.models import PartnerDirectoryPage, PartnerPage
from wagtail_widunetz.press.models import PressReleasePage, PressRoomPage


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.get_default())

    class Meta:
        abstract = True


class TopicFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Topic


class TargetGroupFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")
    slug = factory.Sequence(lambda n: f"zielgruppe-{n}")

    class Meta:
        model = TargetGroup


class DistrictFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Stadtteil {n}")
    slug = factory.Sequence(lambda n: f"stadtteil-{n}")

    class Meta:
        model = District


class LanguageFactory(LocaleMixin):
    name = "Arabisch"
    code = "ar"
    endonym = "العربية"
    direction = "rtl"

    class Meta:
        model = Language


class PartnerDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Netzwerk"
    slug = "netzwerk"

    class Meta:
        model = PartnerDirectoryPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    short_description = "Ein Partner im Netzwerk."

    class Meta:
        model = PartnerPage


class EventCalendarPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"

    class Meta:
        model = EventCalendarPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Elterncafé {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=2))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))

    class Meta:
        model = EventPage


class PressRoomPageFactory(wagtail_factories.PageFactory):
    title = "Presse"
    slug = "presse"

    class Meta:
        model = PressRoomPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pressemitteilung {n}")
    slug = factory.Sequence(lambda n: f"pm-{n}")
    lead = "Herford. Etwas ist geschehen."

    class Meta:
        model = PressReleasePage
