"""Template tags shared by every template of the package (``{% load widunetz_tags %}``)."""

import codecs

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import get_language

from .. import jsonld
from ..i18n import language_direction, language_info
from ..pages import cached_translations, chapter_settings, endpoint_url

register = template.Library()


@register.simple_tag
def widunetz_dir(code=None):
    """``rtl`` or ``ltr`` for the active language (or ``code``)."""
    return language_direction(code)


@register.simple_tag(takes_context=True)
def widunetz_chapter(context):
    """The chapter settings of the current site (no query while the shared cache holds them)."""
    request = context.get("request")
    if request is None:
        return None
    return chapter_settings(request)


@register.simple_tag(takes_context=True)
def widunetz_home_url(context):
    """URL of the site's home page in the active language (falling back to the site root)."""
    try:
        # Under i18n_patterns this is the prefix of the active language ("/de/"): no query.
        return reverse("wagtail_serve", args=("",))
    except NoReverseMatch:
        return "/"


@register.simple_tag(takes_context=True)
def widunetz_translations(context, page=None):
    """The live translations of ``page`` (itself included), for hreflang links and the switcher.

    Returns dicts with ``code``, ``name_local``, ``dir``, ``url`` and ``is_current``; one query
    for the translations, URLs from Wagtail's per-request cache of site root paths.
    """
    page = page or context.get("page")
    request = context.get("request")
    if page is None or not hasattr(page, "get_translations"):
        return []
    current = (get_language() or "").lower()
    result = []
    for translation in cached_translations(page, request):
        url = translation.get_url(request=request)
        if not url:
            continue
        code = translation.locale.language_code
        info = language_info(code)
        result.append(
            {
                "pk": translation.pk,
                "code": code,
                "name_local": info.get("name_local") or code,
                "dir": "rtl" if info["bidi"] else "ltr",
                "url": url,
                "full_url": (
                    request.build_absolute_uri(url)
                    if request is not None
                    else translation.get_full_url()
                ),
                "is_current": code.lower() == current,
                # An alias (wagtail-localize's synchronised trees) shows another language's
                # text: it is not a translation a visitor can choose or a search engine index.
                "is_fallback": translation.alias_of_id is not None,
            }
        )
    return result


@register.simple_tag(takes_context=True)
def widunetz_fallback(context, page=None):
    """The page whose text ``page`` shows, if ``page`` is an untranslated stand-in.

    wagtail-localize's synchronised trees fill a language's tree with *aliases* of pages not
    yet translated: the page exists under ``/ar/...`` but shows the German text. For such a page
    this returns the original's ``code``, ``name_local``, ``dir`` and ``url`` (the base template
    shows a notice with a link and marks the content with the original's ``lang``); for every
    other page ``None``. No query: the original is among the cached translations.
    """
    page = page or context.get("page")
    if page is None or getattr(page, "alias_of_id", None) is None:
        return None
    for translation in widunetz_translations(context, page):
        if translation["pk"] == page.alias_of_id and not translation["is_current"]:
            return translation
    return None


@register.simple_tag
def widunetz_source_language():
    """Language code of the site's default content language (the language aliases show)."""
    from django.conf import settings
    from wagtail.coreutils import get_content_languages, get_supported_content_language_variant

    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return code if code in get_content_languages() else settings.LANGUAGE_CODE


@register.simple_tag
def widunetz_untranslated(item):
    """For an item in a list: its language if it is an untranslated stand-in (alias), else None.

    Lists show one entry per item in the visitor's language; an item not yet translated
    appears as wagtail-localize's alias with the source text. Cards mark that text with its
    ``lang`` and show the language's name, so screen readers switch voice and visitors know.
    """
    if getattr(item, "alias_of_id", None) is None:
        return None
    code = widunetz_source_language()
    if code == getattr(getattr(item, "locale", None), "language_code", None):
        return None
    info = language_info(code)
    return {
        "code": code,
        "name_local": info.get("name_local") or code,
        "dir": "rtl" if info["bidi"] else "ltr",
    }


@register.simple_tag
def widunetz_endpoint_url(page, name, route_name=None):
    """URL of a page's feed ``name`` (``rss``, ``atom``, ``ical``): see ``core.views``."""
    return endpoint_url(page, name, route_name)


@register.simple_tag(takes_context=True)
def widunetz_organization_jsonld(context):
    """JSON-LD for the chapter (schema.org NGO), or nothing if no chapter name is set."""
    request = context.get("request")
    chapter = widunetz_chapter(context)
    url = request.build_absolute_uri("/") if request else None
    data = jsonld.organization(chapter, url)
    return jsonld.to_script(data) if data else ""


@register.filter
def widunetz_jsonld(data):
    """Serialise a dict as a JSON-LD script element."""
    return jsonld.to_script(data) if data else ""


@register.filter
def widunetz_email(address):
    """An e-mail address that harvesters cannot read but people can, with or without JavaScript.

    Renders ``name [at] example [dot] org`` (readable, and spoken sensibly by screen readers);
    ``widunetz.js`` turns it into a ``mailto:`` link from the ROT13 data attribute.
    """
    if not address or "@" not in address:
        return ""
    local, domain = address.rsplit("@", 1)
    readable = f"{local} [at] {domain.replace('.', ' [dot] ')}"
    return format_html(
        '<span class="wn-email" dir="ltr" data-wn-email="{}">{}</span>',
        codecs.encode(address, "rot13"),
        readable,
    )
