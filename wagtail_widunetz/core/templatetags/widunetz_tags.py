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
            }
        )
    return result


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
