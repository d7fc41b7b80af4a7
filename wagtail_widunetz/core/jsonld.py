"""schema.org JSON-LD, built as plain dicts and serialised safely for a <script> element."""

import json

from django.utils.safestring import mark_safe

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def to_script(data):
    """Render ``data`` as ``<script type="application/ld+json">`` that cannot break out of it."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False, default=str).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


def postal_address(obj):
    """schema.org PostalAddress for anything with the ``AddressMixin`` fields."""
    if not (obj.street or obj.postcode or obj.city):
        return None
    return {
        "@type": "PostalAddress",
        "streetAddress": obj.street,
        "postalCode": obj.postcode,
        "addressLocality": obj.city,
        "addressCountry": "DE",
    }


def organization(chapter, url=None):
    """The chapter as a schema.org ``NGO``; ``chapter`` is a ``ChapterSettings``."""
    if chapter is None or not chapter.name:
        return None
    data = {"@context": "https://schema.org", "@type": "NGO", "name": chapter.name}
    if url:
        data["url"] = url
    address = postal_address(chapter)
    if address:
        data["address"] = address
    if chapter.phone:
        data["telephone"] = chapter.phone
    if chapter.email:
        data["email"] = chapter.email
    return data
