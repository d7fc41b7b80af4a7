"""What a partner profile shows, loaded in a fixed number of queries, plus its vCard and JSON-LD.

Query plan for a profile (independent of the number of partners, offers or facets):

1. the offers with their topic and target group (``select_related``);
2. one UNION query with the partner's facet terms, keywords, cooperation partners (both
   directions, from one stored relation, in the profile's locale) and the names of the
   languages that offers and contact persons use.

Opening hours, contact persons and social links are StreamFields on the page row: no query.
"""

import datetime
import zoneinfo

import vobject
from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, F, IntegerField, Q, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail_widunetz.core import jsonld
from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.models import Language
from wagtail_widunetz.core.pages import exclude_private

from . import hours as hours_module
from .blocks import WEEKDAYS
from .directory import split_codes

# Row kinds in the union query; the order is the order on the profile.
TOPICS, GROUPS, DISTRICTS, LANGUAGES, TAGS, COOPERATIONS, LANGUAGE_NAMES, OFFERS = range(8)
NGO_KINDS = {"family_centre", "counselling", "association", "volunteering", "kita", "senior"}


def now():
    return hours_module.current_time()


def time_zone():
    return zoneinfo.ZoneInfo(get_setting("TIME_ZONE"))


def _text(value=""):
    return Value(value, output_field=CharField())


def _row(queryset, kind, key, name, extra=None, sort=None, extra2=None, extra3=None):
    """Normalise one part of the union to (kind, sort, key, name, extra, extra2, extra3)."""
    return (
        queryset.order_by()
        .annotate(
            w_kind=Value(kind, output_field=IntegerField()),
            w_sort=sort if sort is not None else Value(0, output_field=IntegerField()),
            w_key=key,
            w_name=name,
            w_extra=extra if extra is not None else _text(),
            w_extra2=extra2 if extra2 is not None else _text(),
            w_extra3=extra3 if extra3 is not None else _text(),
        )
        .values_list("w_kind", "w_sort", "w_key", "w_name", "w_extra", "w_extra2", "w_extra3")
    )


def _relation(model, name):
    """The model of a child relation of ``model``, or None (a site that did not define it)."""
    try:
        return model._meta.get_field(name).related_model
    except FieldDoesNotExist:
        return None


class Offer:
    """An offer as the profile shows it (from the union query, or from a preview's cluster)."""

    def __init__(self, title, description="", topic="", target_group="", languages=""):
        self.title = title
        self.description = description
        self.topic = topic
        self.target_group = target_group
        self.language_codes = split_codes(languages)
        self.languages = []


class Profile:
    """The profile's related data; attribute access in templates costs no further queries."""

    def __init__(self, page, request=None):
        self.page = page
        self.page_id = page.pk
        self.request = request
        self.now = now()
        self.tz = time_zone()
        self.today = self.now.astimezone(self.tz).date()
        self.topics, self.target_groups, self.districts, self.languages = [], [], [], []
        self.tags, self.cooperation_partners, self.offers = [], [], []
        self.language_names = {}
        if getattr(request, "is_preview", False):
            self._load_related_in_memory()
        else:
            self._load_related()
        for offer in self.offers:
            offer.languages = [self.language_name(c) for c in offer.language_codes]

    # -- loading -----------------------------------------------------------------------------
    def _load_related(self):
        page = self.page
        model = type(page)
        buckets = {
            TOPICS: self.topics,
            GROUPS: self.target_groups,
            DISTRICTS: self.districts,
            LANGUAGES: self.languages,
            TAGS: self.tags,
        }
        offers = []
        for kind, sort, key, name, extra, extra2, extra3 in self._union(model):
            if kind in buckets:
                buckets[kind].append({"key": key, "name": name, "extra": extra, "sort": sort})
            elif kind == COOPERATIONS:
                partner = model(title=name, slug=key, url_path=extra, locale_id=page.locale_id)
                self.cooperation_partners.append(partner)
            elif kind == LANGUAGE_NAMES:
                self.language_names[key] = name
            elif kind == OFFERS:
                offers.append((sort, Offer(name, extra, extra2 or "", extra3 or "", key or "")))
        for bucket in buckets.values():
            bucket.sort(key=lambda item: item["sort"] or 0)
        self.cooperation_partners.sort(key=lambda p: p.title.casefold())
        self.offers = [offer for _sort, offer in sorted(offers, key=lambda pair: pair[0] or 0)]

    def _union(self, model):
        page = self.page
        parts = []
        facet_parts = [
            ("partner_topics", TOPICS, "topic", "slug", None),
            ("partner_target_groups", GROUPS, "target_group", "slug", None),
            ("partner_districts", DISTRICTS, "district", "slug", None),
            ("partner_languages", LANGUAGES, "language", "code", "endonym"),
        ]
        for relation, kind, fk, key, extra in facet_parts:
            links = _relation(model, relation)
            if links is not None:
                parts.append(
                    _row(
                        links.objects.filter(page_id=page.pk),
                        kind,
                        F(f"{fk}__{key}"),
                        F(f"{fk}__name"),
                        extra=F(f"{fk}__{extra}") if extra else None,
                        sort=Coalesce(F("sort_order"), F("id"), output_field=IntegerField()),
                    )
                )
        tagged = _relation(model, "tagged_items")
        if tagged is not None:
            parts.append(
                _row(
                    tagged.objects.filter(content_object_id=page.pk),
                    TAGS,
                    F("tag__slug"),
                    F("tag__name"),
                )
            )
        offers = _relation(model, "offers")
        if offers is not None:
            parts.append(
                _row(
                    offers.objects.filter(page_id=page.pk),
                    OFFERS,
                    F("languages"),
                    F("title"),
                    extra=F("description"),
                    sort=Coalesce(F("sort_order"), F("id"), output_field=IntegerField()),
                    extra2=Coalesce(F("topic__name"), _text()),
                    extra3=Coalesce(F("target_group__name"), _text()),
                )
            )
        cooperation = _relation(model, "cooperations")
        if cooperation is not None:
            key = page.translation_key
            outgoing = cooperation.objects.filter(page__translation_key=key).values(
                "partner__translation_key"
            )
            incoming = cooperation.objects.filter(partner__translation_key=key).values(
                "page__translation_key"
            )
            partners = exclude_private(
                model.objects.live()
                .filter(locale_id=page.locale_id)
                .filter(Q(translation_key__in=outgoing) | Q(translation_key__in=incoming))
                .exclude(pk=page.pk),
                self.request,
            )
            parts.append(_row(partners, COOPERATIONS, F("slug"), F("title"), extra=F("url_path")))
        # Names of all languages of the locale (a vocabulary, not per partner): offers and
        # contact persons name their languages by code.
        parts.append(
            _row(
                Language.objects.filter(locale_id=page.locale_id),
                LANGUAGE_NAMES,
                F("code"),
                F("name"),
                extra=F("endonym"),
            )
        )
        return list(parts[0].union(*parts[1:], all=True))

    def _load_related_in_memory(self):
        """Previews: the relations live in the unsaved cluster, not in the database."""
        page = self.page
        for relation, bucket, fk, key, extra in (
            ("partner_topics", self.topics, "topic", "slug", None),
            ("partner_target_groups", self.target_groups, "target_group", "slug", None),
            ("partner_districts", self.districts, "district", "slug", None),
            ("partner_languages", self.languages, "language", "code", "endonym"),
        ):
            for link in getattr(page, relation).all() if hasattr(page, relation) else []:
                term = getattr(link, fk, None)
                if term is not None:
                    bucket.append(
                        {
                            "key": getattr(term, key),
                            "name": term.name,
                            "extra": getattr(term, extra) if extra else "",
                        }
                    )
        if hasattr(page, "tags"):
            self.tags = [{"key": t.slug, "name": t.name, "extra": ""} for t in page.tags.all()]
        for offer in page.offers.all() if hasattr(page, "offers") else []:
            self.offers.append(
                Offer(
                    offer.title,
                    offer.description,
                    offer.topic.name if offer.topic_id else "",
                    offer.target_group.name if offer.target_group_id else "",
                    offer.languages,
                )
            )
        self.language_names = dict(
            Language.objects.filter(locale_id=page.locale_id).values_list("code", "name")
        )

    # -- derived -----------------------------------------------------------------------------
    @cached_property
    def directory_url(self):
        """The parent directory's URL, derived from the profile's own (no query)."""
        url = self.page.get_url(self.request) or ""
        suffix = f"{self.page.slug}/"
        return url[: -len(suffix)] if url.endswith(suffix) else url

    def language_name(self, code):
        return self.language_names.get(code, code)

    @cached_property
    def hours(self):
        page = self.page
        return hours_module.from_stream(
            page.opening_hours, page.by_appointment, page.temporarily_closed
        )

    @cached_property
    def status(self):
        return self.hours.status(self.now, self.tz)

    @cached_property
    def status_text(self):
        return status_text(self.status, self.now, self.tz)

    @cached_property
    def weekly_table(self):
        names = dict(WEEKDAYS)
        return [
            {
                "name": names[str(day)],
                "intervals": intervals,
                "is_today": day == self.today.weekday(),
            }
            for day, intervals in self.hours.weekly_table()
        ]

    @cached_property
    def upcoming_exceptions(self):
        return self.hours.upcoming_exceptions(self.today)

    @cached_property
    def contacts(self):
        people = []
        for item in self.page.contacts.raw_data or []:
            value = item.get("value") or {}
            if not value.get("name"):
                continue
            codes = value.get("languages") or []
            people.append(
                {
                    "name": value.get("name"),
                    "role": value.get("role") or "",
                    "phone": value.get("phone") or "",
                    "email": value.get("email") or "",
                    "languages": [self.language_name(c) for c in codes],
                    "language_codes": codes,
                }
            )
        return people

    @cached_property
    def social_links(self):
        from .blocks import SOCIAL_NETWORKS

        names = dict(SOCIAL_NETWORKS)
        links = []
        for item in self.page.social_links.raw_data or []:
            value = item.get("value") or {}
            if value.get("url"):
                links.append(
                    {"url": value["url"], "name": str(names.get(value.get("network"), ""))}
                )
        return links

    @property
    def accessibility(self):
        page = self.page
        items = []
        for field_name in ("step_free_access", "accessible_toilet", "hearing_loop"):
            field = page._meta.get_field(field_name)
            value = getattr(page, field_name)
            items.append(
                {
                    "label": field.verbose_name,
                    "value": value,
                    "display": getattr(page, f"get_{field_name}_display")() if value else "",
                }
            )
        return items

    # -- schema.org --------------------------------------------------------------------------
    def jsonld(self):
        page = self.page
        request = self.request
        url = page.get_full_url(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NGO" if page.kind in NGO_KINDS else "Organization",
            "name": page.title,
        }
        if url:
            data["url"] = url
        if page.short_description:
            data["description"] = page.short_description
        address = jsonld.postal_address(page)
        if address:
            data["address"] = address
        if page.phone:
            data["telephone"] = page.phone
        same_as = [link["url"] for link in self.social_links]
        if page.website:
            same_as.insert(0, page.website)
        if same_as:
            data["sameAs"] = same_as
        if self.languages:
            data["knowsLanguage"] = [lang["key"] for lang in self.languages]
        contact_points = []
        for person in self.contacts:
            point = {"@type": "ContactPoint", "name": person["name"]}
            if person["role"]:
                point["contactType"] = person["role"]
            if person["phone"]:
                point["telephone"] = person["phone"]
            if person["language_codes"]:
                point["availableLanguage"] = person["language_codes"]
            contact_points.append(point)
        if contact_points:
            data["contactPoint"] = contact_points
        specs = hours_module.opening_hours_specification(self.hours, self.today)
        if page.has_coordinates or specs or address:
            place = {"@type": "Place", "name": page.title}
            if address:
                place["address"] = address
            if page.has_coordinates:
                place["geo"] = {
                    "@type": "GeoCoordinates",
                    "latitude": float(page.latitude),
                    "longitude": float(page.longitude),
                }
            if specs and not page.temporarily_closed:
                place["openingHoursSpecification"] = specs
            data["location"] = place
        # E-mail addresses are left out on purpose: JSON-LD is plain text for harvesters.
        return data


def status_text(status, now, tz):
    """A short sentence for the visitor: "Open now until 12:00", "Closed – opens Monday 9:00"."""
    if status.state == "open":
        return _("Open now, until %(time)s") % {
            "time": formats.time_format(status.until, "TIME_FORMAT")
        }
    if status.state == "temporarily_closed":
        return _("Temporarily closed")
    if status.state == "by_appointment":
        return _("By appointment")
    if status.state == "closed":
        if status.next_open is None:
            return _("Closed now")
        local_now = now.astimezone(tz)
        days = (status.next_open.date() - local_now.date()).days
        time = formats.time_format(status.next_open.timetz(), "TIME_FORMAT")
        if days == 0:
            return _("Closed now, opens today at %(time)s") % {"time": time}
        if days == 1:
            return _("Closed now, opens tomorrow at %(time)s") % {"time": time}
        weekday = dict(WEEKDAYS)[str(status.next_open.weekday())]
        if days < 7:
            return _("Closed now, opens %(weekday)s at %(time)s") % {
                "weekday": weekday,
                "time": time,
            }
        return _("Closed now, opens %(date)s at %(time)s") % {
            "date": formats.date_format(status.next_open.date(), "SHORT_DATE_FORMAT"),
            "time": time,
        }
    return ""


def vcard_text(page, profile):
    """The partner as one vCard 3.0 (RFC 2426), serialised by vobject."""
    card = vobject.vCard()
    card.add("fn").value = page.title
    card.add("n").value = vobject.vcard.Name(family=page.title)
    card.add("org").value = [page.title]
    card.add("x-abshowas").value = "COMPANY"
    if page.street or page.postcode or page.city:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(
            street=page.street, code=page.postcode, city=page.city, country="Deutschland"
        )
        adr.type_param = "WORK"
    if page.phone:
        tel = card.add("tel")
        tel.value = page.phone
        tel.type_param = "WORK"
    if page.email:
        email = card.add("email")
        email.value = page.email
        email.type_param = "INTERNET"
    url = page.website or page.get_full_url(profile.request)
    if url:
        card.add("url").value = url
    if page.has_coordinates:
        card.add("geo").value = f"{float(page.latitude):.6f};{float(page.longitude):.6f}"
    note = page.short_description or strip_tags(page.body or "")
    for person in profile.contacts:
        line = person["name"]
        if person["role"]:
            line += f" ({person['role']})"
        if person["phone"]:
            line += f", {pgettext('vcard', 'Tel.')} {person['phone']}"
        if person["email"]:
            line += f", {person['email']}"
        note = f"{note}\n{line}" if note else line
    if note:
        card.add("note").value = note[:2000]
    card.add("rev").value = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    return card.serialize()


def vcard_response(page, request):
    profile = page.get_profile(request)
    response = HttpResponse(vcard_text(page, profile), content_type="text/vcard; charset=utf-8")
    filename = slugify(page.slug or page.title) or "partner"
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    # The card holds e-mail addresses in plain text: keep it out of search engines.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


__all__ = ["Profile", "status_text", "vcard_response"]
