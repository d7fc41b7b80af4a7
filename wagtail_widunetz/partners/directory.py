"""Filtering the partner directory: facets with counts, search, paging and the map data.

Query plan for ``./`` and ``./map/`` (independent of the number of partners):

1. one UNION query returns every facet term of the page's locale (topics, target groups,
   districts, languages) with its count *and* the total number of results;
2. one query loads the page of result cards (opening hours, address and kind are columns of
   the page row, so cards need no further query).

Facet counts are "disjunctive": the count next to a topic is the number of partners that match
the search and the other facets' filters and have that topic, so ticking it adds exactly that
many (OR within a facet, AND between facets). Facet values are matched by ``slug`` (``code``
for languages), which is the same in every locale. A well-formed value that matches no term of
the locale is ignored in SQL and reported as a note; malformed input is answered with 400
(``core.filtering``).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    Q,
    Subquery,
    Value,
)
from django.http import Http404, JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.filtering import FacetChoice, FilterResult, get_query, get_slugs
from wagtail_widunetz.core.models import District, Language, TargetGroup, Topic
from wagtail_widunetz.core.pages import exclude_private, get_page_number

from . import hours as hours_module


@dataclass(frozen=True)
class Facet:
    param: str  # URL parameter
    label: str  # heading of the filter group (lazy)
    model: type  # the core snippet
    key: str  # "slug" or "code"
    relation: str  # related name of the inline link model on the partner page
    field: str  # FK name on the link model

    def link_queryset(self, page_model):
        return _relation(page_model, self.relation).objects.all()


def _relation(model, name):
    """The model of a child relation of ``model``, or None if the model has none."""
    try:
        return model._meta.get_field(name).related_model
    except FieldDoesNotExist:
        return None


def partner_facets(page_model):
    """The directory's facets; ``PartnerDirectoryPageMixin.get_facets()`` is the extension point."""
    return [
        Facet("topic", gettext_lazy("Topic"), Topic, "slug", "partner_topics", "topic"),
        Facet(
            "group",
            gettext_lazy("Target group"),
            TargetGroup,
            "slug",
            "partner_target_groups",
            "target_group",
        ),
        Facet(
            "district", gettext_lazy("District"), District, "slug", "partner_districts", "district"
        ),
        Facet(
            "language",
            gettext_lazy("Language"),
            Language,
            "code",
            "partner_languages",
            "language",
        ),
    ]


class SubqueryCount(Subquery):
    """``(SELECT COUNT(*) FROM (<subquery>))`` as an integer expression."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) widunetz_count)"
    output_field = IntegerField()


def split_codes(value):
    return [c.strip() for c in (value or "").replace(";", ",").split(",") if c.strip()]


def clean_codes(value):
    """Validate a comma-separated list of language codes against the Language snippets."""
    codes = []
    for code in split_codes(value):
        if code not in codes:
            codes.append(code)
    if not codes:
        return []
    known = set(Language.objects.filter(code__in=codes).values_list("code", flat=True))
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValidationError(
            _("Unknown language code(s): %(codes)s. Add them under Network → Languages first.")
            % {"codes": ", ".join(unknown)}
        )
    return codes


class DirectoryFilter:
    """The visitor's filters on one directory page, cleaned, with the querysets they give."""

    def __init__(self, directory, request, with_counts=True):
        self.directory = directory
        self.request = request
        self.page_model = directory.get_item_model()
        # A site with its own page models may not define every relation: skip missing ones.
        self.facets = [f for f in directory.get_facets() if _relation(self.page_model, f.relation)]
        self.locale_id = directory.locale_id
        self.result = FilterResult(query=get_query(request))
        self.wanted = {facet.param: get_slugs(request, facet.param) for facet in self.facets}
        self.total = None
        self.choices = {facet.param: [] for facet in self.facets}
        if with_counts:
            self._load_terms()

    # -- querysets ---------------------------------------------------------------------------
    def base_queryset(self):
        """Live, public partners below the directory, before any filter."""
        return exclude_private(
            self.page_model.objects.child_of(self.directory).live(), self.request
        )

    def search_q(self):
        query = self.result.query
        if not query:
            return Q()
        condition = Q(title__icontains=query) | Q(short_description__icontains=query)
        offers = _relation(self.page_model, "offers")
        if offers is not None:
            condition |= Q(
                pk__in=offers.objects.filter(
                    Q(title__icontains=query) | Q(description__icontains=query)
                ).values("page_id")
            )
        tagged = _relation(self.page_model, "tagged_items")
        if tagged is not None:
            condition |= Q(
                pk__in=tagged.objects.filter(tag__name__icontains=query).values("content_object_id")
            )
        return condition

    def facet_q(self, facet):
        """Partners with any of the wanted terms; neutral if none of them exists here."""
        wanted = self.wanted[facet.param]
        if not wanted:
            return Q()
        links = facet.link_queryset(self.page_model)
        # ``pk IN (…)`` rather than a correlated EXISTS: PostgreSQL hashes the subquery once,
        # even inside the OR below.
        has_term = Q(
            pk__in=links.filter(**{f"{facet.field}__{facet.key}__in": wanted}).values("page_id")
        )
        any_known = Exists(
            facet.model.objects.filter(locale_id=self.locale_id, **{f"{facet.key}__in": wanted})
        )
        return has_term | ~any_known

    def filtered(self, exclude_facet=None):
        queryset = self.base_queryset().filter(self.search_q())
        for facet in self.facets:
            if facet is not exclude_facet:
                queryset = queryset.filter(self.facet_q(facet))
        return queryset

    @cached_property
    def queryset(self):
        return self.filtered()

    # -- the one facet query -----------------------------------------------------------------
    def _terms_query(self):
        """One UNION: the locale's terms of every facet (part 0), the result counts per term
        (part 1, one grouped aggregate per facet over the link table) and the total (part 2).

        Counts are grouped by slug/code, so links of a translated profile that still point at a
        term of another locale count for the term with the same slug.
        """

        def integer(value):
            return Value(value, output_field=IntegerField())

        def text(value=""):
            return Value(value, output_field=CharField())

        columns = ("w_part", "w_facet", "w_key", "w_name", "w_sort", "w_count")
        parts = []
        for order, facet in enumerate(self.facets):
            parts.append(
                facet.model.objects.filter(locale_id=self.locale_id)
                .order_by()
                .annotate(
                    w_part=integer(0),
                    w_facet=integer(order),
                    w_key=F(facet.key),
                    w_name=F("name"),
                    w_sort=F("sort_order"),
                    w_count=integer(0),
                )
                .values_list(*columns)
            )
            base = self.filtered(exclude_facet=facet)
            parts.append(
                facet.link_queryset(self.page_model)
                .filter(page_id__in=base.order_by().values("pk"))
                .order_by()
                .values(w_key=F(f"{facet.field}__{facet.key}"))
                .annotate(w_count=Count("page_id", distinct=True))
                .annotate(
                    w_part=integer(1), w_facet=integer(order), w_name=text(), w_sort=integer(0)
                )
                .values_list(*columns)
            )
        total = (
            Locale.objects.filter(pk=self.locale_id)
            .order_by()
            .annotate(
                w_part=integer(2),
                w_facet=integer(-1),
                w_key=text(),
                w_name=text(),
                w_sort=integer(0),
                w_count=SubqueryCount(self.queryset.order_by().values("pk")),
            )
            .values_list(*columns)
        )
        return total.union(*parts, all=True)

    def _load_terms(self):
        rows = list(self._terms_query())
        self.total = 0
        counts = {}
        for part, facet_index, key, name, sort_order, count in rows:
            if part == 2:
                self.total = count or 0
            elif part == 1:
                counts[(facet_index, key)] = counts.get((facet_index, key), 0) + (count or 0)
            else:
                facet = self.facets[facet_index]
                self.choices[facet.param].append(
                    FacetChoice(
                        value=key,
                        label=name,
                        selected=key in self.wanted[facet.param],
                        obj=(sort_order, facet_index),
                    )
                )
        for facet_index, facet in enumerate(self.facets):
            for choice in self.choices[facet.param]:
                choice.count = counts.get((facet_index, choice.value), 0)
                choice.obj = choice.obj[0]
        for facet in self.facets:
            choices = self.choices[facet.param]
            choices.sort(key=lambda c: (c.obj, c.label.casefold()))
            known = {c.value for c in choices}
            self.result.selected[facet.param] = [v for v in self.wanted[facet.param] if v in known]
            self.result.ignored.extend(
                (facet.param, v) for v in self.wanted[facet.param] if v not in known
            )

    # -- for templates -----------------------------------------------------------------------
    @property
    def active(self):
        return self.result.active

    @property
    def ignored(self):
        return self.result.ignored

    @property
    def query(self):
        return self.result.query

    def groups(self):
        """Facet groups for the filter form: only terms with results, or selected ones."""
        groups = []
        for facet in self.facets:
            shown = [c for c in self.choices[facet.param] if c.count or c.selected]
            if shown:
                groups.append({"param": facet.param, "label": facet.label, "choices": shown})
        return groups

    def selected_choices(self):
        """``[(param, choice, querystring without it)]`` for "remove this filter" links."""
        out = []
        for facet in self.facets:
            for choice in self.choices[facet.param]:
                if choice.selected:
                    out.append(
                        (facet.label, choice, self.querystring(drop=(facet.param, choice.value)))
                    )
        return out

    def params(self, drop=None):
        pairs = []
        if self.result.query:
            pairs.append(("q", self.result.query))
        for facet in self.facets:
            for value in self.result.selected[facet.param]:
                if drop != (facet.param, value):
                    pairs.append((facet.param, value))
        return pairs

    def querystring(self, drop=None):
        return urlencode(self.params(drop))


def paginate_known_count(request, queryset, state, per_page=None):
    """Paginate with the total from the facet query (no COUNT query of its own)."""
    number = get_page_number(request)
    paginator = Paginator(queryset, per_page or get_setting("PAGE_SIZE"))
    paginator.count = state.total  # a cached_property: set it, Django will not count again
    try:
        return paginator.page(number)
    except EmptyPage:
        if number == 1:
            return paginator.page(1)
        raise Http404(_("There is no page %(number)s.") % {"number": number}) from None


def map_data_response(directory, request):
    """GeoJSON-like marker data of all filtered partners with coordinates, in one query."""
    # The map needs no facet counts: the filter state without the facet query.
    state = DirectoryFilter(directory, request, with_counts=False)
    base_url = directory.get_url(request) or ""
    rows = (
        state.queryset.filter(latitude__isnull=False, longitude__isnull=False)
        .order_by("title", "pk")
        .values(
            "slug",
            "title",
            "kind",
            "street",
            "postcode",
            "city",
            "latitude",
            "longitude",
            "short_description",
        )
    )
    kinds = dict(state.page_model._meta.get_field("kind").flatchoices)
    features = []
    for row in rows:
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["longitude"]), float(row["latitude"])],
                },
                "properties": {
                    "name": row["title"],
                    "url": f"{base_url}{row['slug']}/",
                    "kind": str(kinds.get(row["kind"], "")),
                    "address": ", ".join(
                        p for p in (row["street"], f"{row['postcode']} {row['city']}".strip()) if p
                    ),
                    "description": row["short_description"],
                },
            }
        )
    response = JsonResponse(
        {"type": "FeatureCollection", "features": features},
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "public, max-age=300"
    return response


def card_status(item, now, tz):
    """Opening status for a directory card (reads the page row's StreamField, no query)."""
    hours = hours_module.from_stream(
        item.opening_hours, item.by_appointment, item.temporarily_closed
    )
    return hours.status(now, tz)


__all__ = ["DirectoryFilter", "map_data_response", "paginate_known_count"]
