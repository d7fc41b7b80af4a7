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

    One query, cached on the request (so a footer and a page body can both ask).
    """
    request = context.get("request")
    cached = getattr(request, "_widunetz_statement", False) if request is not None else False
    if cached is not False:
        return cached
    result = None
    site = getattr(request, "site", None) if request is not None else None
    models = statement_models()
    if models:
        from wagtail.models import Site

        site = site or (Site.find_for_request(request) if request is not None else None)
        pages = models[0].objects.live() if len(models) == 1 else None
        if pages is None:
            from ..compat import get_page_model

            pages = get_page_model().objects.live().type(*models)
        if site is not None:
            pages = pages.filter(in_site(site))
        pages = exclude_private(pages.select_related("locale"), request).order_by("path")[:20]
        language = (get_language() or "").lower()
        found = list(pages)
        for page in found:
            if page.locale.language_code.lower() == language:
                result = page
                break
        else:
            result = found[0] if found else None
    if request is not None:
        request._widunetz_statement = result
    return result
