import datetime
import random
import zoneinfo

import pytest

from tests.factories import (
    DistrictFactory,
    LanguageFactory,
    PartnerDirectoryPageFactory,
    TargetGroupFactory,
    TopicFactory,
)
from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.partners import generate, hours
from wagtail_widunetz.partners.models import (
    PartnerDistrict,
    PartnerLanguage,
    PartnerOffer,
    PartnerPage,
    PartnerTargetGroup,
    PartnerTopic,
)

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@pytest.fixture
def vocab(db):
    """A small German vocabulary: topics, target groups, districts, languages."""
    return {
        "topic": {
            slug: TopicFactory(name=name, slug=slug)
            for slug, name in [
                ("beratung", "Beratung"),
                ("elterncafe", "Elterncafé"),
                ("sprachkurs", "Sprachkurs"),
            ]
        },
        "group": {
            slug: TargetGroupFactory(name=name, slug=slug)
            for slug, name in [("eltern", "Eltern"), ("senioren", "Senioren")]
        },
        "district": {
            slug: DistrictFactory(name=name, slug=slug)
            for slug, name in [("ottelau", "Ottelau"), ("innenstadt", "Innenstadt")]
        },
        "language": {
            code: LanguageFactory(name=name, code=code, endonym=endonym, direction=direction)
            for code, name, endonym, direction in [
                ("de", "Deutsch", "Deutsch", "ltr"),
                ("tr", "Türkisch", "Türkçe", "ltr"),
                ("ar", "Arabisch", "العربية", "rtl"),
            ]
        },
    }


@pytest.fixture
def directory(home):
    return PartnerDirectoryPageFactory(parent=home)


@pytest.fixture
def make_partner(directory, vocab):
    """Create and publish a partner, facets given by slugs: ``make_partner("A", topic=[...])``."""

    def make(title, topic=(), group=(), district=(), language=(), offers=(), tags=(), **fields):
        page = PartnerPage(title=title, slug=fields.pop("slug", None) or _slug(title), **fields)
        page.partner_topics = [PartnerTopic(topic=vocab["topic"][s]) for s in topic]
        page.partner_target_groups = [
            PartnerTargetGroup(target_group=vocab["group"][s]) for s in group
        ]
        page.partner_districts = [PartnerDistrict(district=vocab["district"][s]) for s in district]
        page.partner_languages = [PartnerLanguage(language=vocab["language"][s]) for s in language]
        page.offers = [PartnerOffer(**offer) for offer in offers]
        page.tags.add(*tags)
        directory.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


def _slug(title):
    from django.utils.text import slugify

    return slugify(title)


@pytest.fixture
def fixed_clock(monkeypatch):
    """Fix "now" for opening hours: ``fixed_clock(2026, 11, 25, 10, 30)`` (Berlin time)."""

    def fix(*args):
        moment = datetime.datetime(*args, tzinfo=BERLIN)
        monkeypatch.setattr(hours, "current_time", lambda: moment)
        return moment

    return fix


def add_generated(directory, count, seed=1):
    """``count`` partners in bulk with facet links (as the benchmark generator makes them)."""
    rng = random.Random(seed)
    offset = directory.numchild
    pages = [
        PartnerPage(
            title=f"Partner {offset + i:05d}",
            slug=f"partner-{offset + i}",
            short_description="Ein Partner.",
            kind="association",
            latitude=52.1,
            longitude=8.6,
            opening_hours=[("slot", {"weekdays": ["0", "1"], "opens": "09:00", "closes": "12:00"})],
        )
        for i in range(count)
    ]
    bulk_add_children(directory, pages)
    generate.add_facet_links(pages, directory.locale_id, rng)
    return pages


@pytest.fixture
def partners_demo(db):
    """The core vocabulary and the partners of the Herford demo (without events and press)."""
    from wagtail_widunetz.core import demo as core_demo
    from wagtail_widunetz.partners import demo as partners_demo_module

    core_demo.load()
    partners_demo_module.load()
