"""The accessibility statement page and its barrier report form."""

import smtplib

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_widunetz.core.accessibility import BarrierReport

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Aylin",
    "email": "aylin@example.org",
    "page_url": "https://www.drk-herford.example/de/kalender/",
    "description": "Der Monatskalender lässt sich nicht mit der Tastatur bedienen.",
    "homepage": "",
}


class FailingBackend:
    """An e-mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("connection refused")


def test_statement_renders_the_bitv_sections(client, statement):
    response = client.get(statement.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    for text in (
        "Diese Erklärung gilt für www.drk-herford.example.",
        "Ältere PDF-Dokumente sind nicht barrierefrei.",
        'datetime="2026-10-01"',
        'datetime="2026-11-01"',
        "https://www.schlichtungsstelle-bgg.de/",
        'name="description"',
        'id="wn-report-heading"',
    ):
        assert text in html, text
    # the e-mail address is protected from harvesters like everywhere else
    assert "barrierefreiheit@drk-herford.example" not in html


def test_compliance_status_sentence_follows_the_choice(client, statement):
    first = client.get(statement.url).content.decode()
    statement.compliance_status = "full"
    statement.save_revision().publish()
    second = client.get(statement.url).content.decode()
    assert first != second


def test_url_parameter_prefills_the_page_address(client, statement):
    html = client.get(statement.url, {"url": "/de/kalender/"}).content.decode()
    assert 'value="/de/kalender/"' in html
    html = client.get(statement.url, {"url": "javascript:alert(1)"}).content.decode()
    assert "javascript:alert" not in html


def test_report_is_stored_mailed_and_redirected(client, statement):
    response = client.post(statement.url, VALID)
    assert response.status_code == 302
    assert response["Location"] == statement.url + "sent/"
    report = BarrierReport.objects.get()
    assert report.description == VALID["description"]
    assert report.page_url == VALID["page_url"]
    assert report.language == "de"
    assert report.email_sent is True
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["integration@drk-herford.example"]
    assert message.reply_to == ["aylin@example.org"]
    assert VALID["description"] in message.body
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert 'role="status"' in thanks.content.decode()


def test_only_the_description_is_required(client, statement):
    response = client.post(statement.url, {"description": "Kontrast der Links zu schwach."})
    assert response.status_code == 302
    report = BarrierReport.objects.get()
    assert (report.name, report.email, report.page_url) == ("", "", "")
    assert mail.outbox[0].reply_to == []


@pytest.mark.parametrize(
    "changes",
    [
        {"description": ""},
        {"description": "kurz"},
        {"description": "x" * 5001},
        {"description": "Ein Zeichen \x00 das nicht geht"},
        {"email": "keine-adresse"},
        {"page_url": "https://example.org/\nBcc: spam@example.org"},
        {"name": "n" * 201},
    ],
)
def test_bad_input_is_400_and_stores_nothing(client, statement, changes):
    response = client.post(statement.url, {**VALID, **changes})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert BarrierReport.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_pretends_success_but_keeps_nothing(client, statement):
    response = client.post(statement.url, {**VALID, "homepage": "https://spam.example"})
    assert response.status_code == 302
    assert BarrierReport.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_per_address(client, statement, settings):
    settings.WIDUNETZ_BARRIER_REPORT_RATE = (2, 3600)
    for _ in range(2):
        assert client.post(statement.url, VALID).status_code == 302
    response = client.post(statement.url, VALID)
    assert response.status_code == 429
    assert response.context["form"].non_field_errors()
    assert BarrierReport.objects.count() == 2
    # another address is not affected
    other = client.post(statement.url, VALID, REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 302
    assert BarrierReport.objects.count() == 3


def test_failed_email_keeps_the_report(client, statement, settings):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    response = client.post(statement.url, VALID)
    assert response.status_code == 302
    report = BarrierReport.objects.get()
    assert report.email_sent is False
    assert report.description == VALID["description"]


def test_chapter_without_email_keeps_the_report(client, statement, chapter):
    chapter.email = ""
    chapter.save()
    assert client.post(statement.url, VALID).status_code == 302
    assert BarrierReport.objects.get().email_sent is False
    assert mail.outbox == []


def test_review_date_before_preparation_is_refused(statement):
    statement.reviewed_on = statement.prepared_on.replace(year=2025)
    with pytest.raises(ValidationError) as excinfo:
        statement.full_clean()
    assert "reviewed_on" in excinfo.value.message_dict


def test_unknown_route_is_404(client, statement):
    assert client.get(statement.url + "gibt-es-nicht/").status_code == 404


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


STATEMENT_BUDGET = 10  # Wagtail routing (site, locale, page, ancestors, restrictions) + shell


def test_statement_query_count_is_constant(client, statement):
    def add_reports(n, offset):
        BarrierReport.objects.bulk_create(
            BarrierReport(description=f"Barriere {offset + i}") for i in range(n)
        )

    add_reports(10, 0)
    before = [count(client, statement.url), count(client, statement.url + "sent/")]
    add_reports(990, 10)
    after = [count(client, statement.url), count(client, statement.url + "sent/")]
    assert before == after
    assert max(after) <= STATEMENT_BUDGET, after
    print("statement page queries:", after)
