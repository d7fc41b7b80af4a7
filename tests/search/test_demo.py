"""The demo's search page at /de/suche/ and its translations, with the header box.

One test, because loading the demo takes most of a minute.
"""

import pytest
from django.core.management import call_command

from wagtail_widunetz.core.models import NetworkSearchPage

pytestmark = pytest.mark.django_db


def test_demo_search_page(client, demo):
    response = client.get("/de/suche/", {"q": "Widunetz"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geburtsstunde von Widunetz" in html
    assert "<mark>Widunetz</mark>" in html

    for code in ("en", "ar"):
        response = client.get(f"/{code}/suche/", {"q": "a"})
        assert response.status_code == 200
        assert f'lang="{code}"' in response.content.decode()

    html = client.get("/en/presse/").content.decode()
    assert 'action="/en/suche/"' in html and 'role="search"' in html

    before = NetworkSearchPage.objects.count()
    call_command("widunetz_demo", verbosity=0)
    assert NetworkSearchPage.objects.count() == before == 6
