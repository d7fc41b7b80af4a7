"""Behaviour every page type of the package shares.

Page types are built as *abstract mixins* plus a concrete page (Wagtail's ``FormMixin`` /
``AbstractForm`` pattern), so a site on Wagtail 8 with a swapped base page model
(``WAGTAIL_PAGE_MODEL``) can define ``class MyPartnerPage(PartnerPageMixin, MyBasePage)``.
Nothing here imports ``wagtail.models.Page``.
"""

from django.core.exceptions import BadRequest, ImproperlyConfigured
from django.core.paginator import EmptyPage, Paginator
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.utils.translation import gettext as _

from .conf import get_setting


class WidunetzPageMixin:
    """Template lookup and context shared by every page type of the package.

    ``widunetz_template`` is the package's template for the page type. A site overrides it by
    creating a template at Wagtail's default path for the concrete model
    (``<app_label>/<model_name>.html``), or by setting ``template`` on its own subclass; the
    package's template is the fallback, so nothing needs copying.
    """

    widunetz_template = None

    def get_template(self, request, *args, **kwargs):
        own = super().get_template(request, *args, **kwargs)
        if self.widunetz_template and own != self.widunetz_template:
            return [own, self.widunetz_template]
        return own

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["widunetz_base_template"] = get_setting("BASE_TEMPLATE")
        return context


def get_page_number(request, param="page"):
    """The requested page number; 400 for anything that is not a positive integer."""
    values = request.GET.getlist(param)
    if not values:
        return 1
    if len(values) > 1:
        raise BadRequest(_("Only one page number may be given."))
    value = values[0].strip()
    if not value.isdigit() or not (1 <= int(value) <= 1_000_000):
        raise BadRequest(_("The page number must be a whole number from 1."))
    return int(value)


def paginate(request, queryset, per_page=None, param="page"):
    """Paginate ``queryset``; 400 for a malformed page number, 404 for one past the end."""
    number = get_page_number(request, param)
    paginator = Paginator(queryset, per_page or get_setting("PAGE_SIZE"))
    try:
        return paginator.page(number)
    except EmptyPage:
        if number == 1:
            return paginator.page(1)
        raise Http404(_("There is no page %(number)s.") % {"number": number}) from None


class IndexPageMixin(WidunetzPageMixin):
    """An index page that lists items a page of results at a time.

    ``item_mixin`` names the abstract mixin of the listed pages; the concrete model is the
    first allowed subpage type built on it, so a site with its own page classes (swapped base
    page model) gets its own model here without overriding anything. The template receives
    ``page_obj`` (a Django ``Page`` of results) and ``items`` (its objects).
    """

    item_mixin = None

    def get_item_model(self):
        for model in self.specific_class.allowed_subpage_models():
            if self.item_mixin is not None and issubclass(model, self.item_mixin):
                return model
        raise ImproperlyConfigured(
            f"{type(self).__name__} allows no subpage type built on {self.item_mixin!r}."
        )

    def get_items(self, request=None):
        """Live, public item pages below this page, as concrete model instances."""
        return exclude_private(self.get_item_model().objects.child_of(self).live(), request)

    def get_listing_queryset(self, request):
        return self.get_items(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, self.get_listing_queryset(request))
        context["page_obj"] = page_obj
        context["items"] = page_obj.object_list
        return context


def private_q():
    """Pages under a view restriction, as one correlated SQL subquery (no extra query).

    Wagtail's ``PageQuerySet.private_q()`` first loads every ``PageViewRestriction`` and builds
    an ``OR`` of path prefixes, one query each time it is called; this states the same rule in
    SQL: a restriction on the page or an ancestor, i.e. on a page whose path is a prefix of the
    page's path. Use it as ``queryset.exclude(private_q())`` on any page queryset.
    """
    from wagtail.models import PageViewRestriction

    return Exists(
        PageViewRestriction.objects.filter(
            StartsWith(ExpressionWrapper(OuterRef("path"), CharField()), F("page__path"))
        )
    )


def exclude_private(queryset, request=None):
    """``queryset.public()`` without the extra query: pages under a view restriction left out.

    ``request`` is accepted for backwards compatibility and not needed.
    """
    return queryset.exclude(private_q())


def chapter_settings(request):
    """The current site's ``ChapterSettings``, read once per cache generation, not per page."""
    from wagtail.models import Site

    from . import cache
    from .models import ChapterSettings

    site = Site.find_for_request(request)
    if site is None:
        return None
    return cache.get_or_set(request, f"chapter:{site.pk}", lambda: ChapterSettings.for_site(site))


def cached_translations(page, request=None):
    """The live, public translations of ``page`` (itself included), ordered by language code.

    Plain ``Page`` instances with their locale, shared by every page of the same translation
    group through the cache (see ``core.cache``): the language switcher and ``hreflang`` links
    cost no query on a warm cache.
    """
    from . import cache

    def compute():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return list(exclude_private(translations).order_by("locale__language_code"))

    return cache.get_or_set(request, f"translations:{page.translation_key}", compute)


def endpoint_url(page, name, route_name=None):
    """URL of ``page``'s endpoint ``name`` (a feed): ``/widunetz/<id>/<name>/`` when the site
    includes ``wagtail_widunetz.urls``, otherwise the page's own route (``route_name``)."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("widunetz_endpoint", kwargs={"page_id": page.pk, "name": name})
    except NoReverseMatch:
        url = page.url
        return url + page.reverse_subpage(route_name or name) if url else ""
