"""Machine translation through wagtail-localize, as docs/admin/machine-translation.md sets it up.

The real LibreTranslate backend of wagtail-localize talks to a fake LibreTranslate server on
127.0.0.1, so the whole path (settings, admin view, stored translations, publishing) is tested
without a network.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from wagtail_widunetz.core.models import Topic

from ..factories import TopicFactory

pytestmark = pytest.mark.django_db

GLOSSARY = {
    ("de", "ar", "Elterncafé"): "مقهى الأهل",
    ("de", "ar", "Treffen für Eltern"): "لقاء للأهل",
}


class FakeLibreTranslate(BaseHTTPRequestHandler):
    requests = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        texts = body["q"]
        translated = [GLOSSARY.get((body["source"], body["target"], t), f"«{t}»") for t in texts]
        payload = json.dumps({"translatedText": translated}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeLibreTranslate.requests = []
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": f"http://127.0.0.1:{server.server_port}",
            "API_KEY": "test-key",
            "TIMEOUT": 5,
        },
    }
    yield FakeLibreTranslate
    server.shutdown()


def test_editor_machine_translates_a_topic(client, locales, libretranslate):
    editor = get_user_model().objects.create_superuser("agentur", "a@example.org", "pw")
    client.force_login(editor)
    topic = TopicFactory(name="Elterncafé", slug="elterncafe", description="Treffen für Eltern")
    source, _ = TranslationSource.get_or_create_from_instance(topic)
    translation = Translation.objects.create(source=source, target_locale=locales["ar"])
    translation.save_target()  # the untranslated Arabic copy, as "Translate" in the admin makes

    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.id]), {"next": "/admin/"}
    )
    assert response.status_code == 302
    translation.save_target()

    arabic = Topic.objects.get(locale=locales["ar"], translation_key=topic.translation_key)
    assert arabic.name == "مقهى الأهل"
    assert arabic.description == "لقاء للأهل"
    assert arabic.slug == "elterncafe"  # synchronised, never sent for translation
    (sent,) = libretranslate.requests
    assert sent["source"] == "de" and sent["target"] == "ar" and sent["api_key"] == "test-key"
    assert "elterncafe" not in sent["q"]


def test_without_a_configured_translator_the_view_is_not_there(client, locales, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    client.force_login(get_user_model().objects.create_superuser("x", "x@example.org", "pw"))
    topic = TopicFactory()
    source, _ = TranslationSource.get_or_create_from_instance(topic)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    url = reverse("wagtail_localize:machine_translate", args=[translation.id])
    # Django's LocaleMiddleware turns the admin's 404 into a redirect to /de/…, which is a 404 too.
    assert client.post(url, follow=True).status_code == 404
