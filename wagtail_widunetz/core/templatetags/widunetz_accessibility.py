"""Template tags for the accessibility hooks (``{% load widunetz_accessibility %}``)."""

from django import template
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from django.db.models.lookups import StartsWith
from django.utils.translation import get_language
from wagtail.models import get_page_models

from ..accessibility import AccessibilityStatementPageMixin
from ..pages import exclude_private

register = template.Library()


def statement_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, AccessibilityStatementPageMixin) and not model._meta.abstract
    ]


def in_site(site):
    """Below the site's root page or one of its translations (translated home pages are the
    root's siblings, not its descendants), as one SQL subquery."""
    from ..compat import get_page_model

    page_model = get_page_model()
    root_key = page_model.objects.filter(pk=site.root_page_id).values("translation_key")
    return Exists(
        page_model.objects.filter(translation_key__in=root_key).filter(
            StartsWith(ExpressionWrapper(OuterRef("path"), CharField()), F("path"))
        )
    )


@register.simple_tag(takes_context=True)
def widunetz_accessibility_statement(context):
    """The live accessibility statement of the current site, in the active language where it
    is translated, else in any language (the site's default first); ``None`` if there is none.

    One query at most per cache generation: kept in the shared cache (``core.cache``) per site
    and language, which publishing, moving, deleting or restricting a page invalidates, so the
    footer link costs no query on a warm cache.
    """
    from wagtail.models import Site

    from .. import cache

    request = context.get("request")
    site = getattr(request, "site", None) if request is not None else None
    if site is None and request is not None:
        site = Site.find_for_request(request)
    language = (get_language() or "").lower()
    site_key = site.pk if site is not None else "-"
    return cache.get_or_set(
        request, f"statement:{site_key}:{language}", lambda: _find_statement(site, language)
    )


def _find_statement(site, language):
    models = statement_models()
    if not models:
        return None
    if len(models) == 1:
        pages = models[0].objects.live()
    else:
        from ..compat import get_page_model

        pages = get_page_model().objects.live().type(*models)
    if site is not None:
        pages = pages.filter(in_site(site))
    found = list(exclude_private(pages.select_related("locale")).order_by("path")[:20])
    for page in found:
        if page.locale.language_code.lower() == language:
            return page
    return found[0] if found else None
