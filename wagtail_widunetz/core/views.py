"""Page endpoints served outside Wagtail's page routing: feeds by page id.

Feed readers and calendar apps poll feeds every few minutes. Served through a page's
``RoutablePageMixin`` route, a feed first pays for Wagtail's routing: finding the site, the
locale, every page on the path and the view restrictions of its ancestors (seven or more
queries before the feed reads anything). ``/widunetz/<page id>/<name>/`` finds the page by its
id in two queries and checks the same rules itself:

- the page is live and not under a view restriction (private pages have no public feed),
- it belongs to the site the request is for,
- its type declares the endpoint in ``widunetz_endpoints`` (``{"ical": "ical_view"}``: the
  name in the URL and the method that answers, usually the page's own route method).

The page's language is activated, so the feed reads exactly as under ``./ical/`` or ``./feed/``,
which stay available: the endpoint is an address, not a second implementation.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from .compat import get_page_model
from .pages import private_q


def page_endpoint(request, page_id, name):
    page_model = get_page_model()
    row = (
        page_model.objects.live()
        .exclude(private_q())
        .filter(pk=page_id)
        .values("content_type_id", "path")
        .first()
    )
    if row is None:
        raise Http404(_("There is no such page."))
    model = ContentType.objects.get_for_id(row["content_type_id"]).model_class()
    method = getattr(model, "widunetz_endpoints", {}).get(name) if model else None
    if method is None:
        raise Http404(_("This page has no such feed."))
    if not _belongs_to_site(row["path"], request):
        raise Http404(_("There is no such page."))
    page = model.objects.select_related("locale").get(pk=page_id)
    with translation.override(page.locale.language_code):
        request.LANGUAGE_CODE = translation.get_language()
        return getattr(page, method)(request)


def _belongs_to_site(path, request):
    """Whether the page at ``path`` lies in a tree of the site ``request`` is for.

    A site's trees are its root page and the root's translations (one per locale). Both the
    site of a host name and the trees are kept in the shared cache (``core.cache``).
    """
    from . import cache

    host = request.get_host()
    site_id = cache.get_or_set(request, f"site-for:{host}", lambda: _site_id(request))
    if site_id is None:
        return False
    trees = cache.get_or_set(request, "site-trees", _site_trees)
    return any(path.startswith(tree) for tree in trees.get(site_id, ()))


def _site_id(request):
    site = Site.find_for_request(request)
    return site.pk if site is not None else None


def _site_trees():
    """``{site id: [tree path of the root page and of each of its translations]}``."""
    sites = {}
    for site_id, key in Site.objects.values_list("pk", "root_page__translation_key"):
        sites.setdefault(key, []).append(site_id)
    trees = {}
    rows = (
        get_page_model()
        .objects.filter(translation_key__in=sites)
        .values_list("translation_key", "path")
    )
    for key, path in rows:
        for site_id in sites[key]:
            trees.setdefault(site_id, []).append(path)
    return trees
