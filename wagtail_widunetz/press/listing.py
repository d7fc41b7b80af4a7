"""The press room's list: releases (pages) and clippings (snippets) in one order.

Two models, one list, newest first with pinned items on top. Fetching both and merging in
Python would cost memory and time growing with the archive; instead each kind is a ``values()``
queryset with the same columns and the page of results is one ``UNION ALL ... ORDER BY ...
LIMIT`` query. Counts per kind and year (for the year navigation, the kind filter and the
paginator) are one ``GROUP BY`` over the same union. So a page of the press room costs two
queries whatever the number of items, and the rows carry everything the list shows: no query
per item.
"""

import datetime
import os
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import (
    BigIntegerField,
    Case,
    CharField,
    DateTimeField,
    Exists,
    F,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear
from django.http import Http404
from django.urls import reverse
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import PageViewRestriction

from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.filtering import get_query, get_slugs
from wagtail_widunetz.core.pages import get_page_number

RELEASE = "release"
CLIPPING = "clipping"
KINDS = (RELEASE, CLIPPING)
MIN_YEAR, MAX_YEAR = 1900, 2200

# The columns both kinds share, in this order (a UNION matches columns by position).
COLUMNS = (
    "wn_kind",
    "wn_id",
    "wn_date",
    "wn_pinned",
    "wn_title",
    "wn_subtitle",
    "wn_summary",
    "wn_link",
    "wn_outlet",
    "wn_outlet_kind",
    "wn_author",
    "wn_document_id",
    "wn_document_file",
    "wn_updated",
    "wn_language",
)


def kind_labels():
    return {RELEASE: _("Press releases"), CLIPPING: _("Press coverage")}


@dataclass
class PressFilters:
    """What the visitor asked for, validated."""

    kinds: list = field(default_factory=lambda: list(KINDS))
    year: int | None = None
    query: str = ""

    @property
    def active(self):
        return bool(self.query or self.year or set(self.kinds) != set(KINDS))

    def querystring(self, **changes):
        """The filters as a query string (without ``page``), for links that keep them."""
        from urllib.parse import urlencode

        params = []
        kinds = changes.get("kinds", self.kinds)
        if set(kinds) != set(KINDS):
            params += [("kind", k) for k in kinds]
        year = changes.get("year", self.year)
        if year and not changes.get("path_year"):
            params.append(("year", year))
        query = changes.get("query", self.query)
        if query:
            params.append(("q", query))
        return urlencode(params)


def parse_year(value, param="year"):
    value = (value or "").strip()
    if not (len(value) == 4 and value.isdigit()) or not MIN_YEAR <= int(value) <= MAX_YEAR:
        raise BadRequest(
            _("“%(param)s” must be a year from %(min)s to %(max)s.")
            % {"param": param, "min": MIN_YEAR, "max": MAX_YEAR}
        )
    return int(value)


def parse_filters(request, year=None):
    """Read ``kind``, ``year`` and ``q``; 400 for values that are not allowed.

    ``kind`` takes a closed set of values, so an unknown one is an error, not a typo to ignore.
    ``year`` from the path (``./2026/``) wins over the parameter.
    """
    kinds = get_slugs(request, "kind")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise BadRequest(
            _("Unknown kind “%(value)s”; use “release” or “clipping”.") % {"value": unknown[0]}
        )
    if year is None:
        values = request.GET.getlist("year")
        if len(values) > 1:
            raise BadRequest(_("Only one value may be given for “%(param)s”.") % {"param": "year"})
        if values and values[0] != "":
            year = parse_year(values[0])
    return PressFilters(kinds=kinds or list(KINDS), year=year, query=get_query(request))


@dataclass
class PressItem:
    """One row of the press room, release or clipping, with what the list shows."""

    kind: str
    id: int
    date: datetime.datetime
    pinned: bool
    title: str
    subtitle: str
    summary: str
    url: str
    outlet: str = ""
    outlet_kind: str = ""
    author: str = ""
    document_url: str = ""
    updated: datetime.datetime | None = None
    # Set when the text is in another language than the room's (not translated yet).
    language: str = ""

    @property
    def is_external(self):
        return self.kind == CLIPPING

    @property
    def anchor(self):
        return f"{self.kind}-{self.id}"


class KnownCountPaginator(Paginator):
    """A paginator told its count (from the facet query) instead of asking the database."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count


def default_locale_code():
    return get_supported_language_variant(settings.LANGUAGE_CODE)


class PressListing:
    """The releases and clippings of one press room, as the visitor may see them."""

    def __init__(self, room, filters=None, request=None):
        self.room = room
        self.filters = filters or PressFilters()
        self.request = request

    def site_id(self):
        """Id of the room's site: the request's (cached by Wagtail), else looked up."""
        from wagtail.models import Site

        site = Site.find_for_request(self.request) if self.request is not None else None
        if site is None:
            site = self.room.get_site()
        return site.pk if site is not None else None

    # -- the two kinds -------------------------------------------------------------------------

    def releases(self, *, year=True, query=True):
        room = self.room
        model = room.get_item_model()
        steplen = model.steplen
        # Private pages are excluded inside the same query (Wagtail's ``public()`` would read
        # every view restriction of the site first): a release is private if it or the room or
        # one of the room's ancestors is restricted.
        ancestor_paths = [room.path[:i] for i in range(steplen, len(room.path) + 1, steplen)]
        restricted = PageViewRestriction.objects.filter(
            Q(page_id=OuterRef("pk")) | Q(page__path__in=ancestor_paths)
        )
        qs = model.objects.child_of(room).live().filter(~Exists(restricted))
        if year and self.filters.year:
            qs = qs.filter(date__year=self.filters.year)
        if query and self.filters.query:
            term = self.filters.query
            qs = qs.filter(
                Q(title__icontains=term)
                | Q(subtitle__icontains=term)
                | Q(lead__icontains=term)
                | Q(keywords__icontains=term)
                | Q(body__icontains=term)
            )
        return qs

    def clippings(self, *, year=True, query=True):
        from .models import PressClipping

        locale_id = self.room.locale_id
        # Clippings of the room's language, and untranslated ones from the default language.
        translated = PressClipping.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=locale_id
        )
        qs = PressClipping.objects.filter(
            Q(locale_id=locale_id)
            | (Q(locale__language_code=default_locale_code()) & ~Exists(translated))
        )
        # With several sites, a clipping belongs to one of them (or, without a site, to all).
        site_id = self.site_id()
        qs = qs.filter(Q(site__isnull=True) | Q(site_id=site_id)) if site_id else qs
        if year and self.filters.year:
            qs = qs.filter(published__year=self.filters.year)
        if query and self.filters.query:
            term = self.filters.query
            qs = qs.filter(
                Q(headline__icontains=term)
                | Q(excerpt__icontains=term)
                | Q(author__icontains=term)
                | Q(outlet__name__icontains=term)
            )
        return qs

    @staticmethod
    def release_columns(qs):
        text = CharField()
        return qs.annotate(
            wn_kind=Value(RELEASE, output_field=text),
            wn_id=F("pk"),
            wn_date=F("date"),
            wn_pinned=F("pinned"),
            wn_title=F("title"),
            wn_subtitle=F("subtitle"),
            wn_summary=F("lead"),
            wn_link=F("slug"),
            wn_outlet=Value("", output_field=text),
            wn_outlet_kind=Value("", output_field=text),
            wn_author=Value("", output_field=text),
            wn_document_id=Value(None, output_field=BigIntegerField()),
            wn_document_file=Value("", output_field=text),
            wn_updated=Coalesce(F("last_published_at"), F("date")),
            # The language of the text: a stand-in (alias) of a release not yet translated
            # shows the default language's text (wagtail-localize's synchronised trees).
            wn_language=Case(
                When(alias_of__isnull=False, then=Value(default_locale_code())),
                default=F("locale__language_code"),
                output_field=text,
            ),
        ).values(*COLUMNS)

    @staticmethod
    def clipping_columns(qs):
        text = CharField()
        return qs.annotate(
            wn_kind=Value(CLIPPING, output_field=text),
            wn_id=F("pk"),
            wn_date=Cast("published", DateTimeField()),
            wn_pinned=F("pinned"),
            wn_title=F("headline"),
            wn_subtitle=Value("", output_field=text),
            wn_summary=F("excerpt"),
            wn_link=F("url"),
            wn_outlet=F("outlet__name"),
            wn_outlet_kind=F("outlet__kind"),
            wn_author=F("author"),
            wn_document_id=F("document_id"),
            wn_document_file=Coalesce(
                F("document__file"), Value("", output_field=text), output_field=text
            ),
            wn_updated=F("updated_at"),
            wn_language=F("locale__language_code"),
        ).values(*COLUMNS)

    def rows(self):
        """All matching rows, pinned first, newest first: one query when evaluated (sliced)."""
        parts = []
        if RELEASE in self.filters.kinds:
            parts.append(self.release_columns(self.releases().order_by()))
        if CLIPPING in self.filters.kinds:
            parts.append(self.clipping_columns(self.clippings().order_by()))
        qs = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        return qs.order_by("-wn_pinned", "-wn_date", "wn_kind", "-wn_id")

    def latest_rows(self):
        """Newest first without pinning (feeds and blocks)."""
        return self.rows().order_by("-wn_date", "wn_kind", "-wn_id")

    # -- counts ----------------------------------------------------------------------------

    def counts(self):
        """``{(kind, year): count}`` for every kind and year, with the search term applied.

        One query: ``SELECT kind, year, COUNT(*) FROM (<union>) GROUP BY kind, year``.
        """
        if hasattr(self, "_counts"):
            return self._counts
        releases = self.releases(year=False).annotate(
            wn_kind=Value(RELEASE, output_field=CharField()), wn_year=ExtractYear("date")
        )
        clippings = self.clippings(year=False).annotate(
            wn_kind=Value(CLIPPING, output_field=CharField()), wn_year=ExtractYear("published")
        )
        union = (
            releases.order_by()
            .values("wn_kind", "wn_year")
            .union(clippings.order_by().values("wn_kind", "wn_year"), all=True)
        )
        sql, params = union.query.sql_with_params()
        with connections[union.db].cursor() as cursor:
            cursor.execute(
                "SELECT wn_kind, wn_year, COUNT(*) FROM ("  # noqa: S608 - compiled by the ORM
                + sql
                + ") wn_press GROUP BY wn_kind, wn_year",
                params,
            )
            self._counts = {(kind, int(year)): n for kind, year, n in cursor.fetchall()}
        return self._counts

    def total(self):
        year = self.filters.year
        return sum(
            n
            for (kind, y), n in self.counts().items()
            if kind in self.filters.kinds and (year is None or y == year)
        )

    def years(self):
        """``[(year, count)]`` newest first, for the selected kinds (any year)."""
        per_year = {}
        for (kind, year), n in self.counts().items():
            if kind in self.filters.kinds:
                per_year[year] = per_year.get(year, 0) + n
        return sorted(per_year.items(), reverse=True)

    def kind_counts(self):
        year = self.filters.year
        result = dict.fromkeys(KINDS, 0)
        for (kind, y), n in self.counts().items():
            if year is None or y == year:
                result[kind] += n
        return result

    def year_has_items(self, year):
        return any(y == year for (_kind, y) in self.counts())

    # -- items -----------------------------------------------------------------------------

    def to_items(self, rows, request=None):
        room_url = self.room.get_url(request=request) or ""
        # The room is shown in the active language (i18n URLs; feeds activate the room's).
        room_language = get_supported_content_language_variant(get_language())
        items = []
        for row in rows:
            kind = row["wn_kind"]
            # A release is a child of the room: its URL is the room's plus its slug.
            url = f"{room_url}{row['wn_link']}/" if kind == RELEASE else row["wn_link"] or ""
            document_url = ""
            if row["wn_document_id"] and row["wn_document_file"]:
                document_url = reverse(
                    "wagtaildocs_serve",
                    args=(row["wn_document_id"], os.path.basename(row["wn_document_file"])),
                )
            items.append(
                PressItem(
                    kind=kind,
                    id=row["wn_id"],
                    date=row["wn_date"],
                    pinned=bool(row["wn_pinned"]),
                    title=row["wn_title"],
                    subtitle=row["wn_subtitle"] or "",
                    summary=row["wn_summary"] or "",
                    url=url,
                    outlet=row["wn_outlet"] or "",
                    outlet_kind=row["wn_outlet_kind"] or "",
                    author=row["wn_author"] or "",
                    document_url=document_url,
                    updated=row["wn_updated"],
                    language=(row["wn_language"] if row["wn_language"] != room_language else ""),
                )
            )
        return items

    def page(self, request):
        """The requested page of items: 400 for a malformed number, 404 past the end."""
        number = get_page_number(request)
        paginator = KnownCountPaginator(self.rows(), get_setting("PAGE_SIZE"), self.total())
        if number > paginator.num_pages and number > 1:
            raise Http404(_("There is no page %(number)s.") % {"number": number})
        page_obj = paginator.page(number)
        page_obj.object_list = self.to_items(page_obj.object_list, request)
        return page_obj

    def latest(self, count, request=None):
        return self.to_items(self.latest_rows()[:count], request)
