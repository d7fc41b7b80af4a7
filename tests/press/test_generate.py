from io import StringIO

import pytest
from django.core.management import call_command

from wagtail_widunetz.press.models import PressClipping, PressReleasePage

pytestmark = pytest.mark.django_db


def test_generate_adds_releases_and_a_clipping_per_four(client, home):
    out = StringIO()
    call_command("widunetz_generate", press=40, stdout=out)
    assert PressReleasePage.objects.live().count() == 40
    assert PressClipping.objects.count() == 10
    assert "press: 50 created" in out.getvalue()
    response = client.get("/de/presse/")
    assert response.status_code == 200
    assert response.content.decode().count('class="wn-card"') == 20
