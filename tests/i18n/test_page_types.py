"""Every page type of the package is translated end to end; the index and service pages here,
partners, events and press releases in their own modules."""

import pytest
from wagtail.models import get_page_models

from tests.factories import (
    EventCalendarPageFactory,
    PartnerDirectoryPageFactory,
    PressRoomPageFactory,
)

pytestmark = pytest.mark.django_db

# page type -> where its end-to-end translation test lives
COVERED = {
    "widunetz_partners.PartnerPage": "test_partner_translation",
    "widunetz_events.EventPage": "test_event_translation",
    "widunetz_press.PressReleasePage": "test_press_translation",
    "widunetz_partners.PartnerDirectoryPage": "test_page_types",
    "widunetz_events.EventCalendarPage": "test_page_types",
    "widunetz_press.PressRoomPage": "test_page_types",
    "widunetz_core.NetworkSearchPage": "test_page_types",
    "widunetz_core.AccessibilityStatementPage": "test_page_types",
}


def test_every_page_type_has_a_translation_test():
    labels = {m._meta.label for m in get_page_models() if m._meta.app_label.startswith("widunetz")}
    assert labels == set(COVERED), "a new page type: add an end-to-end translation test"


INTRO = "Alle Angebote des Netzwerks auf einen Blick."
INTRO_AR = "جميع عروض الشبكة في لمحة."


@pytest.mark.parametrize(
    "factory, path",
    [
        (PartnerDirectoryPageFactory, "netzwerk"),
        (EventCalendarPageFactory, "veranstaltungen"),
        (PressRoomPageFactory, "presse"),
    ],
)
def test_index_page_intro(client, home, translate, resync, translated_home, arabic, factory, path):
    page = factory(parent=home, intro=f"<p>{INTRO}</p>")
    page_ar = translate(page, arabic, {page.title: "عنوان", INTRO: INTRO_AR})
    html = client.get(f"/ar/{path}/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert INTRO_AR in html and "عنوان" in html and INTRO not in html
    page.intro = "<p>Neu: alle Angebote.</p>"
    page.save_revision().publish()
    resync(page)
    page_ar.refresh_from_db()
    assert page_ar.intro == "<p>Neu: alle Angebote.</p>"  # new text: German until translated
    assert page_ar.title == "عنوان"


def test_network_search_page(client, home, translate, translated_home, arabic):
    from wagtail_widunetz.core.search import NetworkSearchPage

    page = NetworkSearchPage(title="Suche", slug="suche", intro="Finden Sie Angebote.")
    home.add_child(instance=page)
    page.save_revision().publish()
    translate(page, arabic, {"Suche": "بحث", "Finden Sie Angebote.": "ابحث عن العروض."})
    html = client.get("/ar/suche/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "ابحث عن العروض." in html


def test_accessibility_statement_page(client, home, translate, resync, translated_home, arabic):
    import datetime

    from wagtail_widunetz.core.accessibility import AccessibilityStatementPage

    page = AccessibilityStatementPage(
        title="Erklärung zur Barrierefreiheit",
        slug="barrierefreiheit",
        scope="Diese Website des Kreisverbands.",
        prepared_on=datetime.date(2026, 11, 1),
        contact_name="Integrationsagentur",
        contact_phone="05221 / 56784",
        contact_email="barrierefrei@drk-herford.de",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page_ar = translate(
        page,
        arabic,
        {
            "Erklärung zur Barrierefreiheit": "بيان إمكانية الوصول",
            "Diese Website des Kreisverbands.": "هذا الموقع التابع للجمعية.",
        },
    )
    assert (page_ar.prepared_on, page_ar.contact_phone, page_ar.contact_email) == (
        page.prepared_on,
        page.contact_phone,
        page.contact_email,
    )
    response = client.get("/ar/barrierefreiheit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "بيان إمكانية الوصول" in html and "هذا الموقع التابع للجمعية." in html
    assert 'dir="ltr">05221 / 56784</a>' in html

    page.reviewed_on = datetime.date(2026, 11, 20)
    page.contact_phone = "05221 / 11111"
    page.save_revision().publish()
    page_ar = resync(page)["ar"]
    assert page_ar.reviewed_on == datetime.date(2026, 11, 20)
    assert page_ar.contact_phone == "05221 / 11111"
    assert page_ar.scope == "هذا الموقع التابع للجمعية."
