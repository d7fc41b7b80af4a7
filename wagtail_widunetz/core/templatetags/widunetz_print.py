"""``{% load widunetz_print %}``: the "Print flyer" form of printable pages."""

from django import template
from django.utils.translation import get_language

from ..i18n import language_info
from ..printing import content_languages

register = template.Library()


@register.inclusion_tag("wagtail_widunetz/core/print/print_form.html", takes_context=True)
def widunetz_print_form(context, page=None, keep=()):
    """A GET form to ``./print/`` with a checkbox per content language (the current one
    ticked). ``keep`` names query parameters carried over (the calendar's filters), as a
    comma-separated string in templates: ``{% widunetz_print_form keep="topic,from,to" %}``."""
    if isinstance(keep, str):
        keep = [name.strip() for name in keep.split(",") if name.strip()]
    page = page or context.get("page")
    request = context.get("request")
    current = (get_language() or "").lower()
    languages = []
    for code in content_languages():
        info = language_info(code)
        languages.append(
            {
                "code": code,
                "name": info.get("name_local") or code,
                "dir": "rtl" if info["bidi"] else "ltr",
                "checked": code == current,
            }
        )
    hidden = []
    if request is not None and keep:
        hidden = [(k, v) for k in keep for v in request.GET.getlist(k)]
    url = page.get_url(request) if page is not None else ""
    return {
        "action": f"{url}print/" if url else "",
        "languages": languages,
        "hidden": hidden,
        "form_id": f"wn-print-{getattr(page, 'pk', '')}",
    }
