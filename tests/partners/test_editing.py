"""What editors get: validation, the tabbed admin form, search, translations, teaser block."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale

from wagtail_widunetz.core.translation import ensure_translation
from wagtail_widunetz.partners.blocks import (
    ContactPersonBlock,
    OpeningExceptionBlock,
    OpeningSlotBlock,
    PartnerTeaserBlock,
    SocialLinkBlock,
)
from wagtail_widunetz.partners.models import PartnerOffer, PartnerPage, PartnerTopic

pytestmark = pytest.mark.django_db
T = datetime.time


def test_slot_must_end_after_it_starts():
    block = OpeningSlotBlock()
    value = block.to_python({"weekdays": ["0"], "opens": "12:00", "closes": "09:00"})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "closes" in error.value.block_errors
    assert block.clean(block.to_python({"weekdays": ["0"], "opens": "09:00", "closes": "12:00"}))


def test_exception_dates_and_times_are_checked():
    block = OpeningExceptionBlock()
    backwards = block.to_python(
        {"start_date": "2026-12-24", "end_date": "2026-12-20", "closed": True}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(backwards)
    assert "end_date" in error.value.block_errors
    open_without_times = block.to_python({"start_date": "2026-12-24", "closed": False})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(open_without_times)
    assert {"opens", "closes"} <= set(error.value.block_errors)


def test_contact_phone_email_and_languages_are_validated(vocab):
    block = ContactPersonBlock()
    bad = block.to_python(
        {"name": "A", "phone": "call me", "email": "not-an-address", "languages": ["xx"]}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(bad)
    assert {"phone", "email", "languages"} <= set(error.value.block_errors)
    good = block.to_python(
        {"name": "A", "phone": "+49 5221 / 56784", "email": "a@example.org", "languages": ["ar"]}
    )
    assert block.clean(good)["languages"] == ["ar"]


def test_social_link_needs_a_url():
    block = SocialLinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"network": "instagram", "url": "instagram kita"}))


def test_page_validation_messages(directory, vocab):
    page = PartnerPage(title="X", slug="x", latitude=95, longitude=None, email="nope", phone="?")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    fields = set(error.value.message_dict)
    assert {"latitude", "longitude", "email", "phone"} <= fields
    page = PartnerPage(title="X", slug="x", website="keine url")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "website" in error.value.message_dict


def test_logo_needs_alternative_text(directory):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Logo", file=get_test_image_file())
    page = PartnerPage(title="X", slug="x", logo=image)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "logo_alt" in error.value.message_dict


def test_offer_languages_must_be_known_codes(vocab):
    offer = PartnerOffer(title="Kurs", languages="de, xx")
    with pytest.raises(ValidationError, match="xx"):
        offer.clean()
    offer = PartnerOffer(title="Kurs", languages="de;ar, de")
    offer.clean()
    assert offer.languages == "de, ar"


def test_admin_edit_form_has_the_tabs(admin_client, make_partner):
    page = make_partner("Kita", topic=["beratung"], offers=[{"title": "Elterncafé"}])
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    # Profile, offers, contact and hours, location, promote (ids follow the language).
    assert html.count('id="tab-label-') >= 5
    for field in ["partner_topics", "offers", "opening_hours", "contacts", "step_free_access"]:
        assert field in html, field


def test_admin_can_add_a_partner_page(admin_client, directory):
    response = admin_client.get(f"/admin/pages/add/widunetz_partners/partnerpage/{directory.pk}/")
    assert response.status_code == 200


def test_wagtail_search_finds_offers_and_keywords(make_partner, django_capture_on_commit_callbacks):
    # Indexing happens when the publish is committed; offers and keywords are indexed with it.
    with django_capture_on_commit_callbacks(execute=True):
        make_partner(
            "Kita Sonnenschein", offers=[{"title": "Rucksackprogramm"}], tags=["Hausaufgabe"]
        )
        make_partner("Seniorentreff")
    assert [p.title for p in PartnerPage.objects.live().search("Rucksackprogramm")] == [
        "Kita Sonnenschein"
    ]
    assert [p.title for p in PartnerPage.objects.live().search("Hausaufgabe")] == [
        "Kita Sonnenschein"
    ]


def test_translation_points_facets_at_translated_snippets(client, make_partner, vocab):
    arabic = Locale.objects.create(language_code="ar")
    topic_ar, _ = ensure_translation(vocab["topic"]["beratung"], arabic, {"Beratung": "استشارة"})
    page = make_partner("Migrationsberatung", topic=["beratung"], language=["ar"])
    directory_ar, _ = ensure_translation(page.get_parent().specific, arabic)
    page_ar, _ = ensure_translation(page, arabic, {"Migrationsberatung": "استشارة الهجرة"})
    link = PartnerTopic.objects.get(page=page_ar)
    assert link.topic == topic_ar
    html = client.get(page_ar.url).content.decode()
    assert "استشارة الهجرة" in html and "استشارة" in html
    # The Arabic directory filters by the same slug and shows the Arabic name.
    listing = client.get(directory_ar.url, {"topic": "beratung"}).content.decode()
    assert "استشارة الهجرة" in listing
    assert 'value="beratung"' in listing


def test_teaser_block_by_choice_and_by_topic(rf, make_partner):
    kita = make_partner("Kita", topic=["elterncafe"])
    make_partner("Beratung", topic=["beratung"])
    cafe = make_partner("Elterncafé Verein", topic=["elterncafe"])
    block = PartnerTeaserBlock()
    chosen = block.to_python({"heading": "Partner", "partners": [cafe.pk, kita.pk], "limit": 6})
    html = block.render(chosen, context={"request": rf.get("/")})
    assert html.index("Elterncafé Verein") < html.index(">Kita<")
    assert "Beratung" not in html
    by_topic = block.to_python(
        {"partners": [], "topic": kita.partner_topics.first().topic_id, "limit": 1}
    )
    html = block.render(by_topic, context={"request": rf.get("/")})
    assert html.count('class="wn-card"') == 1
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"partners": [], "topic": None, "limit": 3}))
