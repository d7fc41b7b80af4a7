"""One search for the whole network: partners, events, press releases … on one page.

``core`` imports none of the feature apps. Each app says what it contributes in its
``AppConfig.widunetz_search_kinds``, a list of dicts:

``slug``
    the value of ``?kind=`` (``"partner"``),
``label``
    the group's heading (lazily translated),
``model``
    dotted path of the abstract page mixin; the kind searches the concrete page model built on it
    (the package's own, or a site's own on a swapped base page model),
``queryset``
    optional dotted path of ``hook(queryset, search) -> queryset`` that narrows or annotates the
    kind's pages (events: upcoming only unless the visitor asks for past ones),
``template``
    optional template of one result (default ``wagtail_widunetz/core/search_result.html``),
``snippet_fields``
    the fields a result's snippet is taken from, first match wins,
``order``
    position of the group on the page.

The search itself goes through Wagtail's search backend (``get_search_backend()``) with filters
every backend understands (``live``, ``locale``, ``path`` prefixes, ``id`` lists), so it runs on
the database backend (SQLite FTS5, PostgreSQL full text) and on Elasticsearch/OpenSearch alike.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.core.exceptions import BadRequest
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import escape, strip_tags
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .compat import page_model_swapped
from .pages import WidunetzPageMixin, paginate

MAX_QUERY_LENGTH = 200
GROUP_SIZE = 5  # results per kind on the overview (no ``kind`` chosen)
SNIPPET_LENGTH = 180
DEFAULT_RESULT_TEMPLATE = "wagtail_widunetz/core/search_result.html"


# -- what the apps contribute -----------------------------------------------------------------


@dataclass(frozen=True)
class SearchKind:
    slug: str
    label: str
    model_path: str
    queryset_path: str | None = None
    template: str = DEFAULT_RESULT_TEMPLATE
    snippet_fields: tuple = ()
    order: int = 0

    @cached_property
    def model(self):
        """The concrete page model built on the kind's mixin, or None if the site has none."""
        from wagtail.models import get_page_models

        mixin = import_string(self.model_path)
        for model in get_page_models():
            if issubclass(model, mixin) and not model._meta.abstract:
                return model
        return None

    def get_queryset(self, queryset, search):
        if self.queryset_path:
            return import_string(self.queryset_path)(queryset, search)
        return queryset


@cache
def search_kinds():
    """The kinds of the installed apps, in order (kinds without a concrete page model left out)."""
    kinds = []
    for config in apps.get_app_configs():
        for spec in getattr(config, "widunetz_search_kinds", ()):
            kind = SearchKind(
                slug=spec["slug"],
                label=spec["label"],
                model_path=spec["model"],
                queryset_path=spec.get("queryset"),
                template=spec.get("template") or DEFAULT_RESULT_TEMPLATE,
                snippet_fields=tuple(spec.get("snippet_fields", ())),
                order=spec.get("order", 0),
            )
            if kind.model is not None:
                kinds.append(kind)
    return sorted(kinds, key=lambda k: (k.order, k.slug))


# -- the current site -------------------------------------------------------------------------


def site_tree_path(request, page=None, locale=None):
    """Tree path of the current site's root in the page's (or ``locale``'s) language.

    Each language has its own tree beside the site's root page (wagtail-localize copies the
    root), at the same depth. With a ``page`` of that language the path is a prefix of the
    page's own path: no query. Without one, the root's translation is looked up once per
    request. ``None`` if the request has no site (nothing should be shown then).
    """
    from wagtail.models import Site

    if request is None:
        return None
    root = getattr(request, "_widunetz_site_root", False)
    if root is False:
        site = Site.find_for_request(request)
        root = request._widunetz_site_root = site.root_page if site is not None else None
    if root is None:
        return None
    if page is not None and getattr(page, "path", None) and page.depth >= root.depth:
        return page.path[: len(root.path)]
    locale_id = getattr(locale, "pk", locale)
    if locale_id is None or locale_id == root.locale_id:
        return root.path
    cache_attr = "_widunetz_site_roots"
    roots = getattr(request, cache_attr, None)
    if roots is None:
        roots = {}
        setattr(request, cache_attr, roots)
    if locale_id not in roots:
        translation = root.get_translation_or_none(locale_id)
        roots[locale_id] = translation.path if translation is not None else root.path
    return roots[locale_id]


def restricted_paths(request):
    """Tree paths of the pages under a view restriction (their subtrees are private).

    Read once per request. Excluding ``path`` prefixes is a filter every search backend
    applies; a correlated subquery (``core.pages.private_q``) is not.
    """
    from wagtail.models import PageViewRestriction

    paths = getattr(request, "_widunetz_restricted_paths", None)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        if request is not None:
            request._widunetz_restricted_paths = paths
    return paths


# -- the visitor's input ----------------------------------------------------------------------


def clean_query(request):
    """The search term: one value, control characters removed, spaces collapsed.

    400 for a repeated ``q``; a term over ``MAX_QUERY_LENGTH`` characters is cut (with a note).
    """
    values = request.GET.getlist("q")
    if len(values) > 1:
        raise BadRequest(_("Only one search term may be given."))
    value = values[0] if values else ""
    # Control and format characters (NUL breaks PostgreSQL) and double quotes (which end a
    # term in SQLite's FTS5 syntax) mean nothing in a plain-text search: drop them.
    value = "".join(
        " " if unicodedata.category(ch).startswith("C") or ch == '"' else ch for ch in value
    )
    value = " ".join(value.split())
    too_long = len(value) > MAX_QUERY_LENGTH
    return value[:MAX_QUERY_LENGTH].strip(), too_long


def query_terms(query):
    """The words of the term, longest first, for highlighting."""
    words = {w for w in re.findall(r"\w+", query) if len(w) > 1 or not w.isascii()}
    return sorted(words, key=len, reverse=True)


def highlight(text, terms, length=SNIPPET_LENGTH):
    """A short excerpt of plain ``text`` around the first match, escaped, matches in ``<mark>``.

    Matches are found at word starts (a search for "kurs" marks "Kurse"), case-insensitively.
    The text is escaped first, then cut and marked on the escaped text's *unescaped* positions,
    so no markup from the content survives.
    """
    text = " ".join(text.split())
    if not text:
        return ""
    pattern = None
    if terms:
        pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")", re.IGNORECASE)
    start = 0
    match = pattern.search(text) if pattern else None
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    excerpt = text[start:]
    cut = len(excerpt) > length
    if cut:
        excerpt = excerpt[:length].rsplit(" ", 1)[0]
    parts = []
    last = 0
    if pattern:
        for m in pattern.finditer(excerpt):
            parts.append(escape(excerpt[last : m.start()]))
            parts.append(f"<mark>{escape(m.group(0))}</mark>")
            last = m.end()
    parts.append(escape(excerpt[last:]))
    result = "".join(parts)
    if start:
        result = "… " + result
    if cut:
        result += " …"
    return mark_safe(result)  # noqa: S308 - every piece of text above is escaped


def plain_text(value):
    """Plain text of a field value (rich text and StreamField included)."""
    if value is None:
        return ""
    if hasattr(value, "render_as_block") or hasattr(value, "stream_block"):
        value = str(value)
    return html.unescape(strip_tags(str(value)))


# -- results ----------------------------------------------------------------------------------


@dataclass
class Result:
    page: object
    kind: SearchKind
    snippet: str = ""

    @property
    def template(self):
        return self.kind.template


@dataclass
class Group:
    kind: SearchKind
    count: int = 0
    results: list = field(default_factory=list)
    page_obj: object = None

    @property
    def slug(self):
        return self.kind.slug

    @property
    def label(self):
        return self.kind.label

    @property
    def has_more(self):
        return self.count > len(self.results)


class NetworkSearch:
    """The visitor's search on one search page: cleaned input, the groups, and notes.

    Queries: the site's root (once a request, shared with other tags), the view restrictions
    (once a request), and per kind one page of results plus, only where a group is full, its
    count: constant in the number of pages.
    """

    def __init__(self, page, request):
        self.page = page
        self.request = request
        self.backend = get_search_backend()
        self.notes = []
        self.query, too_long = clean_query(request)
        if too_long:
            self.notes.append(
                _("The search term was shortened to %(count)s characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
        self.kinds = search_kinds()
        self.kind = self._clean_kind()
        self.include_past = self._clean_flag("past")
        self.terms = query_terms(self.query)

    def _clean_kind(self):
        values = self.request.GET.getlist("kind")
        if len(values) > 1:
            raise BadRequest(_("Only one kind of result may be chosen."))
        if not values or not values[0]:
            return None
        for kind in self.kinds:
            if kind.slug == values[0]:
                return kind
        self.notes.append(_("This kind of result does not exist; all kinds are shown."))
        return None

    def _clean_flag(self, name):
        values = self.request.GET.getlist(name)
        if len(values) > 1:
            raise BadRequest(_("Only one value may be given for “%(name)s”.") % {"name": name})
        return bool(values) and values[0] in ("1", "on", "true")

    @cached_property
    def tree_path(self):
        return site_tree_path(self.request, page=self.page)

    def base_queryset(self, kind):
        """Live, public pages of the kind in this site's tree and the page's language."""
        queryset = kind.model.objects.live().filter(
            locale_id=self.page.locale_id, path__startswith=self.tree_path
        )
        for path in restricted_paths(self.request):
            queryset = queryset.exclude(path__startswith=path)
        return kind.get_queryset(queryset, self)

    def search(self, kind):
        return self.backend.search(self.query, self.base_queryset(kind), operator="and")

    def snippet(self, kind, page):
        fields = kind.snippet_fields or ("search_description",)
        texts = [plain_text(getattr(page, name, "")) for name in fields]
        pattern = (
            re.compile(r"\b(" + "|".join(re.escape(t) for t in self.terms) + r")", re.IGNORECASE)
            if self.terms
            else None
        )
        for text in texts:
            if text and pattern and pattern.search(text):
                return highlight(text, self.terms)
        first = next((t for t in texts if t.strip()), "")
        return highlight(Truncator(first).chars(SNIPPET_LENGTH * 2), self.terms)

    def results(self, kind, pages):
        return [Result(page=p, kind=kind, snippet=self.snippet(kind, p)) for p in pages]

    @cached_property
    def groups(self):
        """One group per kind (only the chosen one with ``kind``), each with its count."""
        if not self.query or self.tree_path is None:
            return []
        groups = []
        if self.kind is not None:
            page_obj = paginate(self.request, self.search(self.kind))
            group = Group(kind=self.kind, count=page_obj.paginator.count, page_obj=page_obj)
            group.results = self.results(self.kind, page_obj.object_list)
            return [group]
        for kind in self.kinds:
            results = self.search(kind)
            pages = list(results[:GROUP_SIZE])
            count = len(pages) if len(pages) < GROUP_SIZE else results.count()
            groups.append(Group(kind=kind, count=count, results=self.results(kind, pages)))
        return groups

    @property
    def total(self):
        return sum(group.count for group in self.groups)

    @cached_property
    def suggestion(self):
        """ "Did you mean …?" where the backend can say (none of Wagtail's own can, yet).

        A backend offers it by a method ``suggest(query) -> str | None``; the suggestion is
        shown only if it differs from what the visitor typed.
        """
        suggest = getattr(self.backend, "suggest", None)
        if not self.query or not callable(suggest):
            return None
        suggestion = suggest(self.query)
        if suggestion and suggestion.strip().lower() != self.query.lower():
            return suggestion.strip()
        return None


# -- the page type ----------------------------------------------------------------------------


class NetworkSearchPageMixin(WidunetzPageMixin, models.Model):
    """A search over the network's partners, events and press releases (``?q=&kind=&page=``)."""

    intro = models.TextField(
        gettext_lazy("introduction"),
        blank=True,
        help_text=gettext_lazy("Shown above the search box, e.g. what visitors can find here."),
    )

    widunetz_template = "wagtail_widunetz/core/search_page.html"
    mixin_content_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True

    def get_network_search(self, request):
        search = getattr(request, "_widunetz_network_search", None)
        if search is None or search.page.pk != self.pk:
            search = request._widunetz_network_search = NetworkSearch(self, request)
        return search

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        search = self.get_network_search(request)
        groups = search.groups  # evaluated here, so a bad page number is a 400 before rendering
        context.update(
            search=search,
            search_groups=groups,
            search_kinds=search.kinds,
            querystring_base=search_querystring(search),
        )
        return context


def search_querystring(search):
    """The query string of the current search without ``page``, for the pagination links."""
    from urllib.parse import urlencode

    params = {"q": search.query}
    if search.kind is not None:
        params["kind"] = search.kind.slug
    if search.include_past:
        params["past"] = "1"
    return escape(urlencode(params))


# -- where the search page is, without a query on every page -----------------------------------


def search_page_models():
    from wagtail.models import get_page_models

    return [
        m
        for m in get_page_models()
        if issubclass(m, NetworkSearchPageMixin) and not m._meta.abstract
    ]


def search_page_paths():
    """``{"<site id>:<language code>": url path}`` of the first live, public search page of
    each site and language, from the shared cache (``core.cache``: filled with one query,
    forgotten whenever a page is published, unpublished, moved, deleted or restricted)."""
    from . import cache as shell_cache

    return shell_cache.get_or_set(None, "search-pages", _find_search_pages)


def _find_search_pages():
    from .compat import get_page_model

    paths = {}
    page_models = search_page_models()
    if page_models:
        pages = (
            get_page_model()
            .objects.live()
            .public()
            .type(*page_models)
            .select_related("locale")
            .order_by("-depth", "path")
        )
        for page in pages:
            site_id, _root, url = page.get_url_parts() or (None, None, None)
            if site_id is not None and url:
                paths[f"{site_id}:{page.locale.language_code.lower()}"] = url
    return paths


def forget_search_pages(**kwargs):
    from . import cache as shell_cache

    shell_cache.bump()


def search_page_url(request):
    """URL of the search page of the request's site in the active language, or None."""
    from wagtail.models import Site

    if request is None:
        return None
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        site = Site.find_for_request(request)
    if site is None:
        return None
    language = (get_language() or "").lower()
    paths = search_page_paths()
    return paths.get(f"{site.pk}:{language}") or paths.get(f"{site.pk}:{language.split('-')[0]}")


def connect_signals():
    """Re-index published pages of the search kinds (connected at import).

    The search pages' URLs need no signal of their own: they live in the shared cache, which
    publishing, moving, deleting and restricting pages invalidate (``core.cache``).
    """
    from wagtail.signals import page_published

    page_published.connect(_reindex_published, dispatch_uid="widunetz_search_reindex")


def _reindex_published(sender, instance=None, **kwargs):
    """Index a published page of a search kind once more, now with its inline children.

    Wagtail indexes a page when its row is saved, before modelcluster writes the inline
    children (a partner's offers), so ``RelatedFields`` would miss what was just added.
    """
    from wagtail.search import index

    models_ = tuple(kind.model for kind in search_kinds())
    if instance is not None and models_ and isinstance(instance, models_):
        index.insert_or_update_object(instance)


class NetworkSearchPage(NetworkSearchPageMixin, Page):
    content_panels = Page.content_panels + NetworkSearchPageMixin.mixin_content_panels
    subpage_types = []

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = gettext_lazy("network search")
        verbose_name_plural = gettext_lazy("network searches")


connect_signals()
