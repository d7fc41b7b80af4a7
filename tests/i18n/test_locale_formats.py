"""Dates, times and numbers in each visitor's locale; phone numbers and e-mail addresses stay
left to right inside right-to-left pages."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Site

from tests.factories import (
    EventCalendarPageFactory,
    PartnerDirectoryPageFactory,
    PressReleasePageFactory,
    PressRoomPageFactory,
)
from tests.press.factories import PressContactFactory
from wagtail_widunetz.core.models import ChapterSettings
from wagtail_widunetz.core.translation import ensure_translation
from wagtail_widunetz.events.models import EventPage
from wagtail_widunetz.partners.models import PartnerPage

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
CODES = ("de", "ar", "tr", "ru", "uk")

# Month names as Django's catalogues write them: in dates (genitive in Russian and Ukrainian)
# and alone (month headings).
IN_DATE = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "ar": "يناير فبراير مارس إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
}
ALONE = {
    **IN_DATE,
    "ru": "Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь",
    "uk": "Січень Лютий Березень Квітень Травень Червень Липень Серпень Вересень Жовтень "
    "Листопад Грудень",
}


def long_date(code, day):
    """The locale's long date (Django's DATE_FORMAT of de, ar, tr, ru, uk), written out."""
    month = IN_DATE[code].split()[day.month - 1]
    return {
        "de": f"{day.day}. {month} {day.year}",
        "ar": f"{day.day} {month}، {day.year}",
        "tr": f"{day.day:02d} {month} {day.year}",
        "ru": f"{day.day} {month} {day.year} г.",
        "uk": f"{day.day:02d} {month} {day.year} р.",
    }[code]


def month_heading(code, day):
    month = ALONE[code].split()[day.month - 1]
    return f"{month} {day.year} г." if code == "ru" else f"{month} {day.year}"


# 15:00 and 17:00 as each locale writes the time.
TIMES = {
    "de": ("15:00", "17:00"),
    "ar": ("3:00 م", "5:00 م"),
    "tr": ("15:00", "17:00"),
    "ru": ("15:00", "17:00"),
    "uk": ("15:00", "17:00"),
}


@pytest.fixture
def site(home, locales):
    chapter = ChapterSettings.for_site(Site.objects.get(is_default_site=True))
    chapter.name = "DRK-Kreisverband Herford-Stadt e.V."
    chapter.phone = "05221 / 56784"
    chapter.email = "info@drk-herford.de"
    chapter.save()
    pages = {"home": {"de": home}}
    for code in CODES[1:]:
        pages["home"][code] = ensure_translation(home, locales[code])[0]
    return pages


@pytest.fixture
def event(site, home, locales):
    calendar = EventCalendarPageFactory(parent=home)
    day = timezone.localdate() + datetime.timedelta(days=40)
    start = datetime.datetime.combine(day, datetime.time(15), tzinfo=BERLIN)
    page = EventPage(
        title="Elterncafé",
        slug="elterncafe",
        start=start,
        end=start + datetime.timedelta(hours=2),
        contact_phone="05221 / 12345",
        contact_email="cafe@drk-herford.de",
    )
    calendar.add_child(instance=page)
    page.save_revision().publish()
    for code in CODES[1:]:
        ensure_translation(calendar, locales[code])
        ensure_translation(page, locales[code])
    return page


@pytest.mark.parametrize("code", CODES)
def test_event_page_dates_and_times(client, event, code):
    day = event.start.astimezone(BERLIN).date()
    html = client.get(f"/{code}/veranstaltungen/elterncafe/").content.decode()
    start, end = TIMES[code]
    assert f"{long_date(code, day)}, {start}</time>–<time" in html
    assert f">{end}</time>" in html


@pytest.mark.parametrize("code", CODES)
def test_calendar_list_and_month_grid(client, event, code):
    day = event.start.astimezone(BERLIN).date()
    listing = client.get(f"/{code}/veranstaltungen/").content.decode()
    heading = re.search(rf'<time datetime="{day:%Y-%m-%d}">([^<]*)</time></h2>', listing)
    assert heading and heading.group(1).endswith(", " + long_date(code, day))
    grid = client.get(f"/{code}/veranstaltungen/{day:%Y}/{day:%m}/").content.decode()
    assert f": {month_heading(code, day)}</h1>" in grid
    assert f">{TIMES[code][0]}</time> <a" in grid


def test_english_uses_its_own_formats(client, event, locales):
    ensure_translation(Site.objects.get(is_default_site=True).root_page, locales["en"])
    ensure_translation(event.get_parent().specific, locales["en"])
    ensure_translation(event, locales["en"])
    html = client.get("/en/veranstaltungen/elterncafe/").content.decode()
    assert ", 3 p.m.</time>–<time" in html and ">5 p.m.</time>" in html


@pytest.mark.parametrize("code", CODES)
def test_press_release_date(client, site, home, locales, code):
    room = PressRoomPageFactory(parent=home)
    release = PressReleasePageFactory(
        parent=room,
        slug="widunetz",
        date=datetime.datetime(2026, 3, 4, 10, 0, tzinfo=BERLIN),
    )
    if code != "de":
        ensure_translation(room, locales[code])
        ensure_translation(release, locales[code])
    html = client.get(f"/{code}/presse/widunetz/").content.decode()
    assert f">{long_date(code, datetime.date(2026, 3, 4))}</time>" in html
    room_html = client.get(f"/{code}/presse/").content.decode()
    assert f">{long_date(code, datetime.date(2026, 3, 4))}</time>" in room_html


@pytest.fixture
def partner(site, home, locales):
    directory = PartnerDirectoryPageFactory(parent=home)
    page = PartnerPage(
        title="Kita Ottelau",
        slug="kita-ottelau",
        phone="05221 / 56784",
        email="kita@drk-herford.de",
        opening_hours=[("slot", {"weekdays": ["0"], "opens": "09:00", "closes": "12:30"})],
        contacts=[
            ("person", {"name": "Anna", "role": "", "phone": "0170 1234567", "email": "a@b.de"})
        ],
    )
    directory.add_child(instance=page)
    page.save_revision().publish()
    ensure_translation(directory, locales["ar"])
    ensure_translation(page, locales["ar"])
    ensure_translation(directory, locales["ru"])
    ensure_translation(page, locales["ru"])
    return page


@pytest.mark.parametrize(
    "code, hours", [("de", "09:00–12:30"), ("ar", "9:00 ص–12:30 م"), ("ru", "9:00–12:30")]
)
def test_opening_hours_in_the_locale_time_format(client, partner, code, hours):
    html = client.get(f"/{code}/netzwerk/kita-ottelau/").content.decode()
    assert f'<span dir="auto">{hours}</span>' in html


LTR_NUMBER = re.compile(r'<a href="tel:[^"]+" dir="ltr">([^<]+)</a>')
LTR_EMAIL = re.compile(r'<span class="wn-email" dir="ltr" data-wn-email="[^"]+">([^<]+)</span>')


def assert_ltr(html, numbers, emails):
    assert '<html lang="ar" dir="rtl">' in html
    assert set(numbers) <= set(LTR_NUMBER.findall(html)), LTR_NUMBER.findall(html)
    assert set(emails) <= set(LTR_EMAIL.findall(html)), LTR_EMAIL.findall(html)


def test_phone_and_email_stay_ltr_on_the_arabic_profile(client, partner):
    html = client.get("/ar/netzwerk/kita-ottelau/").content.decode()
    assert_ltr(html, ["05221 / 56784", "0170 1234567"], ["kita [at] drk-herford [dot] de"])


def test_phone_and_email_stay_ltr_on_the_arabic_event(client, event):
    html = client.get("/ar/veranstaltungen/elterncafe/").content.decode()
    assert_ltr(html, ["05221 / 12345"], ["cafe [at] drk-herford [dot] de"])


def test_press_contacts_stay_ltr_in_arabic(client, site, home, locales):
    room = PressRoomPageFactory(parent=home)
    contact = PressContactFactory(phone="05221 / 99", email="presse@drk-herford.de")
    room.contacts = [("contact", contact)]
    room.save_revision().publish()
    ensure_translation(contact, locales["ar"])
    ensure_translation(room, locales["ar"])
    html = client.get("/ar/presse/").content.decode()
    assert_ltr(html, ["05221 / 99"], ["presse [at] drk-herford [dot] de"])


def test_footer_contact_stays_ltr_in_arabic(client, site):
    html = client.get("/ar/").content.decode()
    footer = html[html.index('<footer class="wn-footer"') :]
    assert_ltr(footer + '<html lang="ar" dir="rtl">', ["05221 / 56784"], [])
    assert LTR_EMAIL.search(footer).group(1) == "info [at] drk-herford [dot] de"
    assert '<html lang="ar" dir="rtl">' in html


@pytest.mark.parametrize(
    "code, size", [("de", "1,5\xa0KB"), ("en", "1.5\xa0KB"), ("ru", "1,5\xa0КБ")]
)
def test_file_sizes_use_the_locale_decimal_separator(client, site, home, locales, code, size):
    import wagtail_factories

    document = wagtail_factories.DocumentFactory(
        title="Faktenblatt", file__data=b"x" * 1536, file__filename="fakten.pdf"
    )
    room = PressRoomPageFactory(parent=home)
    release = PressReleasePageFactory(
        parent=room,
        slug="widunetz",
        downloads=[("document", {"document": document, "label": ""})],
    )
    if code != "de":
        ensure_translation(home, locales[code])
        ensure_translation(room, locales[code])
        ensure_translation(release, locales[code])
    html = client.get(f"/{code}/presse/widunetz/").content.decode()
    assert f"(PDF, {size})" in html


def test_coordinates_in_json_ld_are_not_localised(client, partner):
    from decimal import Decimal

    partner.latitude, partner.longitude = Decimal("52.115000"), Decimal("8.673000")
    partner.save_revision().publish()
    html = client.get("/de/netzwerk/kita-ottelau/").content.decode()
    assert '"latitude": 52.115' in html and '"longitude": 8.673' in html
    assert "52,115" not in html


@pytest.mark.parametrize("code, start, end", [("de", "15:00", "17:00"), ("ar", "3:00 م", "5:00 م")])
def test_rule_read_back_in_the_locale_time_format(code, start, end):
    from django.utils import translation

    from wagtail_widunetz.events.text import describe

    first = datetime.datetime(2026, 5, 5, 15, tzinfo=BERLIN)
    page = EventPage(
        start=first, end=first + datetime.timedelta(hours=2), repeat="WEEKLY", repeat_count=4
    )
    with translation.override(code):
        text = describe(page)
    assert start in text and end in text


@pytest.mark.parametrize("code, until", [("de", "12:30"), ("ar", "12:30 م")])
def test_open_now_status_in_the_locale_time_format(client, partner, monkeypatch, code, until):
    from wagtail_widunetz.partners import hours

    monday = datetime.date(2026, 11, 23)  # a Monday; the partner is open 9:00 to 12:30
    moment = datetime.datetime.combine(monday, datetime.time(10), tzinfo=BERLIN)
    monkeypatch.setattr(hours, "current_time", lambda: moment)
    html = client.get(f"/{code}/netzwerk/kita-ottelau/").content.decode()
    assert 'data-wn-status="open"' in html
    status = re.search(r'data-wn-status="open">([^<]*)</p>', html).group(1)
    assert until in status
