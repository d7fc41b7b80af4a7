"""A press release translated end to end: text translated; date, embargo, contacts, downloads
and related pages synchronised; the Arabic release under /ar/ and re-synchronised."""

import datetime

import pytest
import wagtail_factories
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from tests.factories import (
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PressReleasePageFactory,
    PressRoomPageFactory,
)
from tests.i18n.conftest import publish_edit
from tests.press.factories import PressBoilerplateFactory, PressContactFactory
from wagtail_widunetz.press.models import PressReleasePage

pytestmark = pytest.mark.django_db

RELEASE_AR = {
    "Geburtsstunde von Widunetz": "ولادة شبكة فيدونيتس",
    "Ein Netzwerk für Integration": "شبكة من أجل الاندماج",
    "Kitas und Beratungsdienste schließen sich zusammen.": ("رياض الأطفال وخدمات الاستشارة تتحد."),
    "Der ganze Text.": "النص الكامل.",
    "Integration, Netzwerk": "اندماج، شبكة",
    "Beim Treffen": "خلال اللقاء",
    "Pressemitteilung als PDF": "البيان الصحفي بصيغة PDF",
}


def same_moment(a, b):
    return a is b if a is None or b is None else abs((a - b).total_seconds()) < 1


@pytest.fixture
def german(home):
    room = PressRoomPageFactory(parent=home)
    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(parent=directory, title="Kita Ottelau", slug="kita-ottelau")
    contact = PressContactFactory(
        name="Selin Kaya",
        role="Pressestelle",
        phone="05221 / 56784",
        email="presse@drk-herford.de",
        languages="de, ar",
    )
    boilerplate = PressBoilerplateFactory(text="<p>Über den Kreisverband.</p>")
    image = wagtail_factories.ImageFactory(title="Gründungstreffen")
    document = wagtail_factories.DocumentFactory(title="PDF")
    release = PressReleasePageFactory(
        parent=room,
        title="Geburtsstunde von Widunetz",
        slug="widunetz",
        subtitle="Ein Netzwerk für Integration",
        place="Herford",
        date=datetime.datetime(2026, 3, 4, 10, 0, tzinfo=datetime.UTC),
        lead="Kitas und Beratungsdienste schließen sich zusammen.",
        body="<p>Der ganze Text.</p>",
        keywords="Integration, Netzwerk",
        boilerplate=boilerplate,
        images=[("image", {"image": image, "caption": "Beim Treffen", "credit": "DRK"})],
        downloads=[("document", {"document": document, "label": "Pressemitteilung als PDF"})],
        contacts=[("contact", contact)],
        related=[("page", partner)],
    )
    return {
        "room": room,
        "directory": directory,
        "partner": partner,
        "contact": contact,
        "boilerplate": boilerplate,
        "release": release,
    }


@pytest.fixture
def arabic_release(german, translate, translated_home, arabic):
    translate(german["room"], arabic, {"Presse": "الصحافة"})
    translate(german["directory"], arabic, {"Netzwerk": "الشبكة"})
    translate(german["partner"], arabic, {"Kita Ottelau": "روضة أوتيلاو"})
    translate(german["contact"], arabic, {"Pressestelle": "المكتب الصحفي"})
    translate(german["boilerplate"], arabic, {"Über den Kreisverband.": "عن الجمعية."})
    return translate(german["release"], arabic, RELEASE_AR)


def test_translation_translates_text_and_synchronises_the_rest(german, arabic_release):
    release, release_ar = german["release"], arabic_release
    assert release_ar.live
    assert (release_ar.title, release_ar.subtitle) == (
        "ولادة شبكة فيدونيتس",
        "شبكة من أجل الاندماج",
    )
    assert release_ar.keywords == "اندماج، شبكة"
    assert "النص الكامل." in release_ar.body
    assert same_moment(release_ar.date, release.date)
    assert release_ar.pinned is release.pinned
    assert release_ar.images[0].value["caption"] == "خلال اللقاء"
    assert release_ar.images[0].value["image"] == release.images[0].value["image"]
    assert release_ar.downloads[0].value["document"] == release.downloads[0].value["document"]
    assert release_ar.downloads[0].value["label"] == "البيان الصحفي بصيغة PDF"
    assert release_ar.boilerplate.locale == release_ar.locale
    assert release_ar.boilerplate.translation_key == german["boilerplate"].translation_key


def test_arabic_release_page(client, german, arabic_release):
    response = client.get("/ar/presse/widunetz/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    for text in (
        "ولادة شبكة فيدونيتس",
        "رياض الأطفال وخدمات الاستشارة تتحد.",
        "خلال اللقاء",
        "البيان الصحفي بصيغة PDF",
        "عن الجمعية.",  # boilerplate in Arabic
        "المكتب الصحفي",  # the contact's role in Arabic
        "روضة أوتيلاو",  # the related partner in Arabic
        "مارس",  # the release date with an Arabic month name
    ):
        assert text in html, text
    assert 'href="/ar/netzwerk/kita-ottelau/"' in html
    assert "Über den Kreisverband." not in html and "Pressestelle" not in html
    assert 'dir="ltr">05221 / 56784</a>' in html
    assert '<span class="wn-email" dir="ltr"' in html
    room = client.get("/ar/presse/").content.decode()
    assert "ولادة شبكة فيدونيتس" in room and "Geburtsstunde" not in room


def test_resync_after_editing_the_german_source(
    client, german, arabic_release, translate, resync, arabic, home
):
    from tests.factories import EventCalendarPageFactory, EventPageFactory

    calendar = EventCalendarPageFactory(parent=home)
    event = EventPageFactory(parent=calendar, title="Netzwerktreffen", slug="netzwerktreffen")
    translate(calendar, arabic, {"Veranstaltungen": "الفعاليات"})
    translate(event, arabic, {"Netzwerktreffen": "لقاء الشبكة"})
    new_contact = PressContactFactory(
        name="Jonas Weber", role="Leitung", phone="05221 / 77777", languages="de"
    )
    translate(new_contact, arabic, {"Leitung": "الإدارة"})

    release = PressReleasePage.objects.get(pk=german["release"].pk)
    document = wagtail_factories.DocumentFactory(title="Faktenblatt")
    downloads = list(release.downloads.raw_data) + [
        {"type": "document", "value": {"document": document.pk, "label": "Faktenblatt"}}
    ]
    publish_edit(
        release,
        date=datetime.datetime(2026, 5, 6, 8, 30, tzinfo=datetime.UTC),
        pinned=True,
        boilerplate=None,
        contacts=[("contact", new_contact)],
        related=[("page", german["partner"]), ("page", event)],
        downloads=downloads,
        lead="Kitas, Schulen und Beratungsdienste schließen sich zusammen.",
    )
    release_ar = resync(release, {"ar": {"Faktenblatt": "ورقة الحقائق"}})["ar"]
    release_ar = PressReleasePage.objects.get(pk=release_ar.pk)
    assert same_moment(release_ar.date, release.date) and release_ar.pinned is True
    assert release_ar.boilerplate is None
    assert release_ar.title == "ولادة شبكة فيدونيتس"
    assert release_ar.lead == "Kitas, Schulen und Beratungsdienste schließen sich zusammen."
    assert [b.value["label"] for b in release_ar.downloads] == [
        "البيان الصحفي بصيغة PDF",
        "ورقة الحقائق",
    ]
    assert len(release_ar.related) == 2
    html = client.get(release_ar.url).content.decode()
    assert "الإدارة" in html and "05221 / 77777" in html and "Selin Kaya" not in html
    assert "لقاء الشبكة" in html and 'href="/ar/veranstaltungen/netzwerktreffen/"' in html
    assert "عن الجمعية." not in html
    assert "مايو" in html  # the new date, Arabic month name


def test_embargo_is_synchronised_and_scheduled_through_the_machinery(
    client, german, arabic_release, resync
):
    release = PressReleasePage.objects.get(pk=german["release"].pk)
    embargo = timezone.now() + datetime.timedelta(hours=3)
    expiry = timezone.now() + datetime.timedelta(days=30)
    revision = release.get_latest_revision_as_object()
    revision.go_live_at, revision.expire_at = embargo, expiry
    revision.save_revision().publish()
    release.refresh_from_db()
    assert not release.live

    release_ar = resync(release)["ar"]
    release_ar = PressReleasePage.objects.get(pk=release_ar.pk)
    assert not release_ar.live
    assert same_moment(release_ar.go_live_at, embargo)
    assert same_moment(release_ar.expire_at, expiry)
    scheduled = Revision.page_revisions.filter(
        object_id=str(release_ar.pk), approved_go_live_at__isnull=False
    )
    assert scheduled.exists()
    assert client.get("/ar/presse/widunetz/").status_code == 404
    assert "ولادة شبكة فيدونيتس" not in client.get("/ar/presse/").content.decode()

    # The embargo ends: both go live with the scheduler.
    past = timezone.now() - datetime.timedelta(minutes=1)
    for revision in Revision.page_revisions.filter(approved_go_live_at__isnull=False):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    PressReleasePage.objects.filter(translation_key=release.translation_key).update(go_live_at=past)
    call_command("publish_scheduled", verbosity=0)
    assert client.get("/ar/presse/widunetz/").status_code == 200
    assert client.get("/de/presse/widunetz/").status_code == 200
    release_ar.refresh_from_db()
    assert same_moment(release_ar.expire_at, expiry)
