"""The footer include linking the accessibility statement (wired into base.html by the lead)."""

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, Site

from wagtail_widunetz.core.accessibility import AccessibilityStatementPage
from wagtail_widunetz.core.translation import ensure_translation

pytestmark = pytest.mark.django_db

INCLUDE = "wagtail_widunetz/includes/footer_links.html"


def render(language="de"):
    request = RequestFactory().get("/")
    with translation.override(language):
        return render_to_string(INCLUDE, {"request": request})


def test_nothing_without_a_statement(home):
    assert render().strip() == ""


def test_links_the_statement_and_its_form(statement):
    html = render()
    assert f'href="{statement.url}"' in html
    assert f'href="{statement.url}#wn-report-heading"' in html
    assert "hreflang" not in html


def test_draft_statement_is_not_linked(statement):
    statement.unpublish()
    assert render().strip() == ""


def test_arabic_visitor_gets_the_arabic_statement(statement, home, locales):
    ensure_translation(home, locales["ar"])
    arabic, _ = ensure_translation(statement, locales["ar"])
    html = render("ar")
    assert f'href="{arabic.url}"' in html
    assert arabic.url.startswith("/ar/")
    assert "hreflang" not in html


def test_untranslated_statement_falls_back_with_hreflang(statement, locales):
    html = render("tr")
    assert f'href="{statement.url}"' in html
    assert 'hreflang="de"' in html


def test_statement_of_another_site_is_not_linked(home, chapter):
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=Page(title="Andere Seite", slug="andere"))
    Site.objects.create(hostname="other.example", root_page=other_home)
    other_home.add_child(instance=AccessibilityStatementPage(title="Erklärung", slug="erklaerung"))
    assert render().strip() == ""


def test_no_query_on_a_warm_cache(statement, settings):
    request = RequestFactory().get("/")
    Site.find_for_request(request)
    render_to_string(INCLUDE, {"request": RequestFactory().get("/")})  # fills the shared cache
    with CaptureQueriesContext(connection) as queries:
        html = render_to_string(INCLUDE, {"request": request})
        render_to_string(INCLUDE, {"request": request})
    assert statement.url in html
    assert len(queries) == 0, [q["sql"] for q in queries]
    # Without the shared cache (core.cache): one query, then cached on the request.
    settings.WIDUNETZ_CACHE_TIMEOUT = 0
    request = RequestFactory().get("/")
    Site.find_for_request(request)
    with CaptureQueriesContext(connection) as queries:
        render_to_string(INCLUDE, {"request": request})
        render_to_string(INCLUDE, {"request": request})
    assert len(queries) == 1, [q["sql"] for q in queries]


def test_a_new_statement_is_linked_at_once(home, chapter):
    assert render().strip() == ""
    page = AccessibilityStatementPage(title="Erklärung", slug="erklaerung")
    home.add_child(instance=page)
    page.save_revision().publish()
    assert page.url in render()
