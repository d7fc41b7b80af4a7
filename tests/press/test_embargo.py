"""Embargo: a scheduled release appears nowhere, in no language, until its time.

wagtail-localize does not copy go-live times to translations; ``press.signals`` makes every
translation follow its source.
"""

import datetime

import feedparser
import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.utils import timezone
from wagtail.models import Revision

from tests.factories import PressReleasePageFactory
from wagtail_widunetz.core.translation import ensure_translation
from wagtail_widunetz.press.blocks import LatestPressBlock
from wagtail_widunetz.press.models import PressReleasePage

pytestmark = pytest.mark.django_db

TITLE = "Sperrfrist bis nächste Woche"
TITLES = {"en": "Embargoed until next week", "ar": "محظور حتى الأسبوع القادم"}


@pytest.fixture
def rooms(room, locales):
    result = {"de": room}
    for code, title in (("en", "Press"), ("ar", "الصحافة")):
        result[code], _ = ensure_translation(room, locales[code], {"Presse": title})
    return result


def schedule(page, when):
    revision = page.get_latest_revision_as_object()
    revision.go_live_at = when
    revision.save_revision().publish()
    page.refresh_from_db()
    return page


def versions(page):
    return {
        p.locale.language_code: p
        for p in PressReleasePage.objects.filter(translation_key=page.translation_key)
    }


def visible_anywhere(client, rooms, rf, titles):
    """Where any of ``titles`` shows up: lists, feeds, search, sitemap, the latest block."""
    found = []
    for code, room in rooms.items():
        html = client.get(room.url).content.decode()
        rss = client.get(room.url + "feed/").content.decode()
        atom = feedparser.parse(client.get(room.url + "atom/").content)
        search = [
            p.title
            for p in PressReleasePage.objects.live()
            .filter(locale=room.locale)
            .search(titles[0].split()[0])
        ]
        block = LatestPressBlock()
        request = rf.get(room.url)
        block_html = block.render(
            block.to_python({"count": 5, "include_clippings": True}),
            {"page": room, "request": request},
        )
        for title in titles:
            for where, text in (
                ("list", html),
                ("rss", rss),
                ("atom", " ".join(e.title for e in atom.entries)),
                ("search", " ".join(search)),
                ("block", block_html),
            ):
                if title in text:
                    found.append((code, where, title))
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in PressReleasePage.objects.filter(title__in=titles):
        if f"/{page.slug}/" in sitemap:
            found.append((page.locale.language_code, "sitemap", page.title))
    return found


@pytest.fixture
def embargoed(rooms, locales):
    """A release translated into en and ar while live, then scheduled for next week."""
    page = PressReleasePageFactory(parent=rooms["de"], title=TITLE, slug="sperrfrist")
    for code, title in TITLES.items():
        ensure_translation(page, locales[code], {TITLE: title})
    assert all(p.live for p in versions(page).values())
    return schedule(page, timezone.now() + datetime.timedelta(days=7))


def all_titles():
    return [TITLE, *TITLES.values()]


def test_scheduling_the_source_takes_every_translation_off_the_site(embargoed):
    for code, page in versions(embargoed).items():
        assert not page.live, code
        assert page.go_live_at.replace(microsecond=0) == embargoed.go_live_at.replace(microsecond=0)
        assert page.revisions.filter(approved_go_live_at__isnull=False).count() == 1, code


def test_an_embargoed_release_appears_nowhere_in_any_language(client, rooms, rf, embargoed):
    PressReleasePageFactory(parent=rooms["de"], title="Ohne Sperrfrist", slug="frei")
    assert visible_anywhere(client, rooms, rf, all_titles()) == []
    # ... while the checks do find a live release.
    assert ("de", "list", "Ohne Sperrfrist") in visible_anywhere(
        client, rooms, rf, ["Ohne Sperrfrist"]
    )
    for page in versions(embargoed).values():
        assert client.get(page.url).status_code == 404


def test_a_translation_published_during_the_embargo_is_held_back(embargoed, locales):
    en = versions(embargoed)["en"]
    draft = en.get_latest_revision_as_object()
    draft.go_live_at = None  # a translator publishes "now"
    draft.save_revision().publish()
    en.refresh_from_db()
    assert not en.live
    assert en.go_live_at.replace(microsecond=0) == embargoed.go_live_at.replace(microsecond=0)


def test_a_translation_made_during_the_embargo_is_scheduled_with_the_source(rooms, locales):
    page = PressReleasePageFactory(parent=rooms["de"], title=TITLE, slug="spaeter")
    schedule(page, timezone.now() + datetime.timedelta(days=3))
    en, _ = ensure_translation(page, locales["en"], {TITLE: TITLES["en"]})
    en.refresh_from_db()
    assert not en.live
    assert en.go_live_at.replace(microsecond=0) == page.go_live_at.replace(microsecond=0)
    assert en.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_translations_go_live_with_the_source(client, rooms, rf, embargoed):
    past = timezone.now() - datetime.timedelta(minutes=1)
    # Time passes: the scheduled revisions are due (their content says when, too).
    for revision in Revision.objects.filter(approved_go_live_at__isnull=False):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    PressReleasePage.objects.filter(translation_key=embargoed.translation_key).update(
        go_live_at=past
    )
    call_command("publish_scheduled", verbosity=0)
    assert all(p.live for p in versions(embargoed).values())
    found = visible_anywhere(client, rooms, rf, all_titles())
    for code, title in (("de", TITLE), ("en", TITLES["en"]), ("ar", TITLES["ar"])):
        for where in ("list", "rss", "atom", "block", "sitemap"):
            assert (code, where, title) in found, (code, where)


def test_lifting_the_embargo_publishes_the_translations_too(embargoed):
    source = embargoed.get_latest_revision_as_object()
    source.go_live_at = None
    source.save_revision().publish()
    assert all(p.live for p in versions(embargoed).values())


def test_expiry_is_copied_to_the_translations(rooms, locales):
    page = PressReleasePageFactory(parent=rooms["de"], title=TITLE, slug="ablauf")
    ensure_translation(page, locales["en"], {TITLE: TITLES["en"]})
    expiry = timezone.now() + datetime.timedelta(days=30)
    draft = page.get_latest_revision_as_object()
    draft.expire_at = expiry
    draft.save_revision().publish()
    en = versions(page)["en"]
    assert en.live and en.expire_at == expiry


def test_go_live_is_a_synchronised_field():
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    fields = {f.field_name: f for f in get_translatable_fields(PressReleasePage)}
    assert isinstance(fields["go_live_at"], SynchronizedField)
    assert isinstance(fields["expire_at"], SynchronizedField)


def test_other_page_types_are_left_alone(rooms, locales):
    """The receiver only acts on press releases."""
    room = rooms["de"]
    room_en = rooms["en"]
    draft = room.get_latest_revision_as_object()
    draft.go_live_at = timezone.now() + datetime.timedelta(days=2)
    draft.save_revision().publish()
    room_en.refresh_from_db()
    assert room_en.live


def test_template_render_of_block_without_a_room(rf, db):
    block = LatestPressBlock()
    html = block.render(block.to_python({"count": 3}), {"request": rf.get("/")})
    assert html.strip() == ""
    assert Template("{% load wagtailcore_tags %}").render(Context({})) == ""
