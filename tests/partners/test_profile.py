"""The partner profile: content, open now, e-mail protection, vCard, JSON-LD, cooperations."""

import json
import re

import pytest
import vobject
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail_widunetz.partners.models import PartnerCooperation
from wagtail_widunetz.partners.profile import Profile

from .conftest import add_generated

pytestmark = pytest.mark.django_db

HOURS = [
    ("slot", {"weekdays": ["0", "1", "2", "3"], "opens": "09:00", "closes": "12:00"}),
    ("slot", {"weekdays": ["1"], "opens": "14:00", "closes": "17:00"}),
    (
        "exception",
        {
            "start_date": "2026-12-24",
            "end_date": "2027-01-01",
            "closed": True,
            "opens": None,
            "closes": None,
            "note": "Weihnachten",
        },
    ),
]
CONTACTS = [
    (
        "person",
        {
            "name": "Maria Schäfer",
            "role": "Leitung",
            "phone": "05221 / 34567",
            "email": "m.schaefer@example.org",
            "languages": ["de", "tr"],
        },
    )
]


@pytest.fixture
def kita(make_partner):
    return make_partner(
        "Familienzentrum DRK Kita Ottelau",
        slug="kita-ottelau",
        kind="family_centre",
        short_description="Kita und Familienzentrum.",
        topic=["elterncafe", "beratung"],
        group=["eltern"],
        district=["ottelau"],
        language=["de", "tr", "ar"],
        tags=["Sprachförderung"],
        offers=[
            {
                "title": "Elterncafé",
                "description": "Mittwochs",
                "languages": "de, tr",
            }
        ],
        street="Ottelau 12",
        postcode="32049",
        city="Herford",
        latitude="52.123400",
        longitude="8.650100",
        phone="05221 / 34567",
        email="kita-ottelau@example.org",
        website="https://www.example.org/kita",
        opening_hours=HOURS,
        contacts=CONTACTS,
        social_links=[("link", {"network": "instagram", "url": "https://instagram.example/kita"})],
        step_free_access="yes",
        hearing_loop="no",
    )


def get(client, page, suffix=""):
    response = client.get(page.url + suffix)
    assert response.status_code == 200, response.status_code
    return response


def jsonld(page_html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    return [json.loads(b) for b in blocks]


def test_profile_shows_everything(client, kita, fixed_clock):
    fixed_clock(2026, 11, 24, 10, 0)  # a Tuesday morning
    html = get(client, kita).content.decode()
    for text in [
        "Familienzentrum DRK Kita Ottelau",
        "Kita und Familienzentrum.",
        "Elterncafé",
        "Mittwochs",
        "Maria Schäfer",
        "Leitung",
        "Ottelau 12",
        "32049 Herford",
        "Sprachförderung",
        "Türkçe",  # the endonym next to the language name
        "https://www.example.org/kita",
        "https://instagram.example/kita",
        "24.12.2026",
        "Weihnachten",
        "vcard/",
    ]:
        assert text in html, text
    assert 'data-wn-status="open"' in html
    assert "12:00" in html
    # Offer languages are named, not given as codes.
    assert "Deutsch, Türkisch" in html
    # Facets link to the filtered directory.
    assert 'href="/de/netzwerk/?topic=elterncafe"' in html


def test_closed_now_names_the_next_opening(client, kita, fixed_clock):
    fixed_clock(2026, 11, 24, 12, 30)
    html = get(client, kita).content.decode()
    assert 'data-wn-status="closed"' in html
    with translation.override("de"):
        expected = _("Closed now, opens today at %(time)s") % {"time": "14:00"}
        monday = _("Closed now, opens %(weekday)s at %(time)s") % {
            "weekday": _("Monday"),
            "time": "09:00",
        }
    assert expected in html
    fixed_clock(2026, 11, 27, 18, 0)  # Friday evening: next is Monday
    html = get(client, kita).content.decode()
    assert monday in html


def test_closed_during_a_holiday_exception(client, kita, fixed_clock):
    fixed_clock(2026, 12, 29, 10, 0)  # Tuesday, within the Christmas closure
    html = get(client, kita).content.decode()
    assert 'data-wn-status="closed"' in html


def test_temporarily_closed(client, kita, fixed_clock):
    fixed_clock(2026, 11, 24, 10, 0)
    kita.temporarily_closed = True
    kita.save_revision().publish()
    html = get(client, kita).content.decode()
    assert 'data-wn-status="temporarily_closed"' in html


def test_email_addresses_are_not_in_plain_text(client, kita):
    html = get(client, kita).content.decode()
    assert "kita-ottelau@example.org" not in html
    assert "m.schaefer@example.org" not in html
    assert "kita-ottelau [at] example [dot] org" in html
    assert "m.schaefer [at] example [dot] org" in html
    assert "mailto:" not in html


def test_vcard_is_one_valid_card(client, kita):
    response = get(client, kita, "vcard/")
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="kita-ottelau.vcf"' in response["Content-Disposition"]
    assert "noindex" in response["X-Robots-Tag"]
    text = response.content.decode()
    assert text.count("BEGIN:VCARD") == 1
    assert "\r\n" in text  # RFC 2426 line endings
    card = vobject.readOne(text)
    assert card.fn.value == "Familienzentrum DRK Kita Ottelau"
    assert card.org.value == ["Familienzentrum DRK Kita Ottelau"]
    assert card.email.value == "kita-ottelau@example.org"
    assert card.tel.value == "05221 / 34567"
    assert card.adr.value.street == "Ottelau 12"
    assert card.adr.value.code == "32049"
    assert card.geo.value == "52.123400;8.650100"
    assert "Maria Schäfer" in card.note.value


def test_vcard_of_a_bare_partner(client, make_partner):
    bare = make_partner("Nur ein Name")
    card = vobject.readOne(get(client, bare, "vcard/").content.decode())
    assert card.fn.value == "Nur ein Name"


def test_jsonld_describes_the_organisation(client, kita, fixed_clock):
    fixed_clock(2026, 11, 24, 10, 0)
    html = get(client, kita).content.decode()
    (data,) = [d for d in jsonld(html) if d.get("name") == kita.title]
    assert data["@type"] == "NGO"
    assert data["address"]["postalCode"] == "32049"
    assert data["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 52.1234,
        "longitude": 8.6501,
    }
    assert data["contactPoint"][0]["availableLanguage"] == ["de", "tr"]
    specs = data["location"]["openingHoursSpecification"]
    assert specs[0]["dayOfWeek"][0] == "https://schema.org/Monday"
    assert any(s.get("validFrom") == "2026-12-24" for s in specs)
    assert "https://www.example.org/kita" in data["sameAs"]
    assert "email" not in json.dumps(data)


def test_jsonld_type_is_organization_for_authorities(client, make_partner):
    agency = make_partner("Agentur für Arbeit", kind="job_agency")
    (data,) = [
        d
        for d in jsonld(get(client, agency).content.decode())
        if d.get("name") == "Agentur für Arbeit"
    ]
    assert data["@type"] == "Organization"


def test_cooperation_is_shown_on_both_profiles_from_one_relation(client, kita, make_partner):
    agency = make_partner("Integrationsagentur")
    other = make_partner("Unbeteiligter Verein")
    kita.cooperations = [PartnerCooperation(partner=agency)]
    kita.save_revision().publish()
    assert PartnerCooperation.objects.count() == 1
    kita_html = get(client, kita).content.decode()
    agency_html = get(client, agency).content.decode()
    assert f'href="{agency.url}"' in kita_html
    assert f'href="{kita.url}"' in agency_html
    assert other.title not in kita_html and other.title not in agency_html
    # An unpublished partner disappears from the other profile.
    agency.unpublish()
    assert "Integrationsagentur" not in get(client, kita).content.decode()


def test_cooperation_with_itself_is_refused(kita):
    from django.core.exceptions import ValidationError

    link = PartnerCooperation(page=kita, partner=kita)
    with pytest.raises(ValidationError) as error:
        link.clean()
    assert "partner" in error.value.message_dict


def test_profile_query_count_does_not_grow(client, kita, directory, make_partner):
    agency = make_partner("Integrationsagentur")
    kita.cooperations = [PartnerCooperation(partner=agency)]
    kita.save_revision().publish()
    add_generated(directory, 10)
    client.get(kita.url)
    with CaptureQueriesContext(connection) as at_10:
        get(client, kita)
    add_generated(directory, 990)
    get(client, kita)  # warm the shared cache again (core.cache): adding pages cleared it
    with CaptureQueriesContext(connection) as at_1000:
        get(client, kita)
    assert len(at_10) == len(at_1000) <= 15
    # The related data of the profile is one union query.
    assert sum(" UNION " in q["sql"] for q in at_1000.captured_queries) == 1
    with CaptureQueriesContext(connection) as vcard:
        get(client, kita, "vcard/")
    assert len(vcard) <= 15


def test_preview_reads_relations_from_the_unsaved_page(kita, vocab):
    from wagtail_widunetz.partners.models import PartnerTopic

    request = RequestFactory().get("/")
    request.is_preview = True
    kita.partner_topics = [PartnerTopic(topic=vocab["topic"]["sprachkurs"])]
    profile = Profile(kita, request)
    assert [t["key"] for t in profile.topics] == ["sprachkurs"]
    assert [o.title for o in profile.offers] == ["Elterncafé"]
    assert profile.offers[0].languages == ["Deutsch", "Türkisch"]


def test_directory_card_shows_open_status(client, kita, directory, fixed_clock):
    fixed_clock(2026, 11, 24, 10, 0)
    html = client.get(directory.url).content.decode()
    assert "wn-status--open" in html


def test_logo_is_shown_with_its_alternative_text_within_budget(client, kita):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    kita.logo = Image.objects.create(title="Logo", file=get_test_image_file())
    kita.logo_alt = "Logo: DRK Kita Ottelau"
    kita.save_revision().publish()
    client.get(kita.url)  # renders the rendition once
    with CaptureQueriesContext(connection) as queries:
        html = get(client, kita).content.decode()
    assert 'alt="Logo: DRK Kita Ottelau"' in html
    assert len(queries) <= 15


def test_copying_a_partner_keeps_its_data_and_gives_children_new_keys(kita):
    copy = kita.copy(update_attrs={"slug": "kita-ottelau-kopie", "title": "Kopie"})
    copy = type(kita).objects.get(pk=copy.pk)
    assert [t.topic.slug for t in copy.partner_topics.all()] == ["elterncafe", "beratung"]
    assert [o.title for o in copy.offers.all()] == ["Elterncafé"]
    original_keys = {o.translation_key for o in kita.offers.all()}
    assert original_keys.isdisjoint({o.translation_key for o in copy.offers.all()})
