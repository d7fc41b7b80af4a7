"""The embeddable blocks on a page model outside the package (the example site's HomePage)."""

import json

import pytest
from django.core.cache import cache

from tests.factories import (
    PartnerPageFactory,
    PressReleasePageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_all_blocks_render_on_the_chapter_home_page(client, home, network, search_page, add_event):
    from wagtail_widunetz.partners.models import PartnerTopic

    topic = TopicFactory(slug="beratung")
    partner = PartnerPageFactory(parent=network["partners"], title="Beratungsstelle Mitte")
    PartnerTopic.objects.create(page=partner, topic=topic, locale_id=partner.locale_id)
    add_event(network["events"], "Sprachcafé am Freitag")
    PressReleasePageFactory(parent=network["press"], title="Netzwerktreffen im Rathaus")
    home.body = json.dumps(
        [
            {"type": "network_search", "value": {"heading": "Im Netzwerk suchen", "kind": ""}},
            {
                "type": "upcoming_events",
                "value": {
                    "heading": "Termine",
                    "calendar": None,
                    "topic": None,
                    "partner": None,
                    "count": 3,
                },
            },
            {
                "type": "partner_teasers",
                "value": {"heading": "Beratung", "partners": [], "topic": topic.pk, "limit": 3},
            },
            {
                "type": "latest_press",
                "value": {
                    "heading": "Presse",
                    "press_room": None,
                    "count": 3,
                    "include_clippings": False,
                },
            },
        ]
    )
    home.save_revision().publish()
    cache.clear()
    response = client.get(home.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="{search_page.url}"' in html
    assert "Sprachcafé am Freitag" in html
    assert "Beratungsstelle Mitte" in html
    assert "Netzwerktreffen im Rathaus" in html
