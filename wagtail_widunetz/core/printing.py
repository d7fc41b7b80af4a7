"""Printed flyers: a ``./print/`` route for pages, one A4 sheet per chosen language.

Kindergartens and counselling services hang flyers on their notice boards, in several languages
at once. ``PrintableMixin`` gives a routable page a ``./print/`` view:
``./print/?lang=de&lang=ar&lang=tr`` renders one sheet per language (``break-after: page``), each
from the page's translation in that language (with ``lang`` and ``dir``), or from the German page
with a note in the chosen language where there is no translation yet. Every sheet carries a QR
code, made locally with segno as inline SVG, that leads to the page in that language.

A page type provides its sheet template (``widunetz_print_template``, overridable at
``<app_label>/print/<model_name>.html``) and optionally the dotted path of a function
``(page, request, sheet) -> dict`` that adds what the template needs
(``widunetz_print_context``); the function may set ``sheet.url`` (the QR code's target).

Query budget: the page's routing, one query for all chosen translations, the chapter settings,
then per sheet what the page type's context function costs (constant in the number of items).
"""

from dataclasses import dataclass, field

import segno
from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant

from .conf import get_setting
from .i18n import language_info
from .pages import exclude_private

DOCUMENT_TEMPLATE = "wagtail_widunetz/core/print/document.html"
ERROR_TEMPLATE = "wagtail_widunetz/core/print/error.html"


@dataclass
class Sheet:
    """One printed page: the language the visitor chose and the page shown in it."""

    code: str  # the chosen language
    page: object  # the translation in that language, or the German fallback
    url: str = ""  # where the QR code leads (absolute)
    extra: dict = field(default_factory=dict)

    @property
    def content_code(self):
        return self.page.locale.language_code

    @property
    def is_fallback(self):
        return self.content_code.lower() != self.code.lower()

    @property
    def dir(self):
        return "rtl" if language_info(self.content_code)["bidi"] else "ltr"

    @property
    def chosen_dir(self):
        return "rtl" if language_info(self.code)["bidi"] else "ltr"

    @property
    def language_name(self):
        """The chosen language in its own name (e.g. "العربية")."""
        return language_info(self.code).get("name_local") or self.code

    @property
    def short_url(self):
        """The QR code's target without the scheme, for people who type it."""
        return self.url.split("://", 1)[-1]

    @property
    def qr_svg(self):
        return qr_svg(self.url)


def qr_svg(url):
    """The QR code of ``url`` as inline SVG (hidden from screen readers: the URL is printed
    next to it). Made locally by segno; nothing is written to disk."""
    if not url:
        return ""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=1, border=2, omitsize=True, svgclass="wn-qr__code", lineclass="")
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))  # noqa: S308 (segno's own markup)


def content_languages():
    """``{code: name}`` of the languages pages can be written in on this site."""
    return {code.lower(): name for code, name in get_content_languages().items()}


def default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE).lower()


def requested_languages(request, page):
    """The ``lang`` values, cleaned: 400 for unknown codes or too many; the page's own
    language if none is given."""
    values = request.GET.getlist("lang")
    if not values:
        # the language the page is being read in (the URL's language prefix): no query
        current = (translation.get_language() or "").lower()
        return [current if current in content_languages() else default_language()]
    limit = get_setting("PRINT_MAX_LANGUAGES")
    if len(values) > 3 * limit:
        raise BadRequest(_("Too many languages: choose at most %(max)s.") % {"max": limit})
    known = content_languages()
    codes = []
    for value in values:
        code = value.strip().lower()
        if code not in known:
            raise BadRequest(
                _("Unknown language code “%(code)s”. Choose from: %(codes)s.")
                % {"code": value[:20], "codes": ", ".join(sorted(known))}
            )
        if code not in codes:
            codes.append(code)
    if len(codes) > limit:
        raise BadRequest(_("Too many languages: choose at most %(max)s.") % {"max": limit})
    return codes


def sheet_pages(page, request, codes):
    """``{language code: page}`` of the live, public translations of ``page`` in ``codes`` and
    in the default language (the fallback): one query."""
    model = page.specific_class
    wanted = {*codes, default_language()}
    translations = exclude_private(
        model.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code__in=wanted)
        .select_related("locale"),
        request,
    )
    return {t.locale.language_code.lower(): t for t in translations}


class PrintableMixin:
    """Adds the route ``./print/`` (named ``print``) to a page that also uses
    ``RoutablePageMixin``; list it among the bases before ``RoutablePageMixin``."""

    widunetz_print_template = None
    widunetz_print_context = None

    def get_print_template(self):
        opts = self.specific_class._meta
        own = f"{opts.app_label}/print/{opts.model_name}.html"
        return [own, self.widunetz_print_template] if self.widunetz_print_template else [own]

    def get_print_context(self, request, sheet):
        if not self.widunetz_print_context:
            return {}
        return import_string(self.widunetz_print_context)(sheet.page, request, sheet)

    def get_print_sheets(self, request):
        codes = requested_languages(request, self)
        pages = sheet_pages(self, request, codes)
        fallback = pages.get(default_language()) or self  # (a draft German page: its own)
        sheets = []
        for code in codes:
            sheet = Sheet(code=code, page=pages.get(code) or fallback)
            sheet.url = sheet.page.get_full_url(request)
            sheets.append(sheet)
        return sheets

    @path("print/", name="print")
    def print_view(self, request):
        return print_response(self, request)


def print_response(page, request):
    """The flyer; for bad input (languages, the calendar's filters) a 400 page that says why."""
    try:
        return render_flyer(page, request)
    except BadRequest as error:
        body = render_to_string(
            ERROR_TEMPLATE,
            {"page": page, "message": str(error), "back_url": page.get_url(request)},
            request=request,
        )
        return HttpResponse(body, status=400)


def render_flyer(page, request):
    from .models import ChapterSettings

    sheets = page.get_print_sheets(request)
    chapter = ChapterSettings.for_request(request)
    chapter_logo = chapter.logo.get_rendition("height-120") if chapter.logo_id else None
    rendered = []
    for sheet in sheets:
        with translation.override(sheet.content_code):
            context = {
                "page": sheet.page,
                "sheet": sheet,
                "chapter": chapter,
                "chapter_logo": chapter_logo,
                "request": request,
            }
            context.update(sheet.page.get_print_context(request, sheet))
            html = render_to_string(sheet.page.get_print_template(), context, request=request)
        note = ""
        if sheet.is_fallback:
            with translation.override(sheet.code):
                note = format_html(
                    '<p class="wn-sheet__note" lang="{}" dir="{}">{}</p>',
                    sheet.code,
                    sheet.chosen_dir,
                    _("This page is not yet available in %(language)s. Here is the German version.")
                    % {"language": sheet.language_name},
                )
        rendered.append((sheet, note, html))
    first = sheets[0]
    with translation.override(first.content_code):
        body = render_to_string(
            DOCUMENT_TEMPLATE,
            {
                "page": page,
                "sheets": rendered,
                "first": first,
                "chapter": chapter,
                "back_url": page.get_url(request),
            },
            request=request,
        )
    response = HttpResponse(body)
    response["X-Robots-Tag"] = "noindex"
    return response
