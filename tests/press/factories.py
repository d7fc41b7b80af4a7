"""Factories for the press app's snippets (kept beside the press tests)."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from wagtail_widunetz.press.models import (
    MediaOutlet,
    PressBoilerplate,
    PressClipping,
    PressContact,
)


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.get_default())

    class Meta:
        abstract = True


class MediaOutletFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Zeitung {n}")
    kind = "newspaper"

    class Meta:
        model = MediaOutlet


class PressClippingFactory(LocaleMixin):
    headline = factory.Sequence(lambda n: f"Bericht {n}")
    outlet = factory.SubFactory(MediaOutletFactory)
    published = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
    url = factory.Sequence(lambda n: f"https://zeitung.example/artikel-{n}")
    excerpt = "Die Zeitung berichtet über das Netzwerk."

    class Meta:
        model = PressClipping


class PressContactFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Pressekontakt {n}")
    role = "Öffentlichkeitsarbeit"
    phone = "05221 / 56784"
    email = "presse@example.org"
    languages = "de, ar"

    class Meta:
        model = PressContact


class PressBoilerplateFactory(LocaleMixin):
    name = "Über uns"
    text = "<p>Der DRK-Kreisverband verbindet Menschen.</p>"

    class Meta:
        model = PressBoilerplate
