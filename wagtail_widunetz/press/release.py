"""What a press release page shows besides its own fields, in a constant number of queries.

Images, downloads, contacts, related pages and the boilerplate cost one query each, and only
when the release has them, and one for the renditions of all images and contact
photos together (Wagtail would otherwise look up each rendition on its own).
"""

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.html import strip_tags
from django.utils.translation import get_language

from wagtail_widunetz.core.jsonld import organization
from wagtail_widunetz.core.pages import chapter_settings, exclude_private

# Rendition filter specs the release template uses; prefetched together.
IMAGE_SPEC = "max-800x600"
PHOTO_SPEC = "fill-96x96"
JSONLD_SPEC = "max-1200x1200"
RENDITION_SPECS = (IMAGE_SPEC, PHOTO_SPEC, JSONLD_SPEC)


def base_page_model(page):
    parents = type(page)._meta.get_parent_list()
    return parents[-1] if parents else type(page)


def prefetch_renditions(images):
    from wagtail.images import get_image_model

    images = [image for image in images if image is not None]
    if not images:
        return
    rendition_model = get_image_model().get_rendition_model()
    prefetch_related_objects(
        images,
        Prefetch(
            "renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=RENDITION_SPECS),
        ),
    )


def chosen_ids(stream_value):
    """The ids chosen in a StreamField of chooser blocks, in order, without loading them."""
    ids = []
    for item in stream_value.raw_data if stream_value else []:
        value = item.get("value") if isinstance(item, dict) else None
        if isinstance(value, int) and value not in ids:
            ids.append(value)
    return ids


def localized(queryset, ids, locale_id):
    """Objects with ``ids`` (in that order), each replaced by its translation in ``locale_id``
    where there is one; one query, none if ``ids`` is empty.

    Choosers in StreamFields are copied to translations as they are, still pointing at the
    source language's objects; this picks the visitor's language at read time.
    """
    if not ids:
        return []
    keys = queryset.model.objects.filter(pk__in=ids).values("translation_key")
    candidates = queryset.filter(Q(pk__in=ids) | Q(translation_key__in=keys, locale_id=locale_id))
    by_id = {}
    translated = {}
    for obj in candidates:
        if obj.pk in ids:
            by_id[obj.pk] = obj
        if obj.locale_id == locale_id:
            translated[obj.translation_key] = obj
    # A chosen object that is gone (or not live) is left out.
    return [translated.get(by_id[pk].translation_key, by_id[pk]) for pk in ids if pk in by_id]


def chosen_contacts(page):
    """The page's press contacts in its language (photos joined): one query, none if empty."""
    from .models import PressContact

    stream = getattr(page, "contacts", None)
    return localized(
        PressContact.objects.select_related("photo"), chosen_ids(stream), page.locale_id
    )


def related_pages(page, request=None):
    """Live, public related pages, each in the page's language where translated: one query."""
    stream = getattr(page, "related", None)
    ids = chosen_ids(stream)
    if not ids:
        return []
    model = base_page_model(page)
    pages = localized(
        exclude_private(model.objects.live(), request).select_related("content_type"),
        ids,
        page.locale_id,
    )
    result = []
    for candidate in pages:
        url = candidate.get_url(request=request)
        if not url:
            continue
        model_class = candidate.content_type.model_class()
        result.append(
            {
                "page": candidate,
                "title": candidate.title,
                "url": url,
                "kind": model_class._meta.verbose_name if model_class else "",
            }
        )
    return result


def news_article(page, request, chapter, images):
    """schema.org ``NewsArticle`` of the release, with the chapter as author and publisher."""
    if request is not None:
        relative = page.get_url(request=request)
        url = request.build_absolute_uri(relative) if relative else None
    else:
        url = page.get_full_url()
    org = organization(chapter, request.build_absolute_uri("/") if request else None)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.date).isoformat(),
        # Under i18n_patterns the active language is the page's locale (no query for it).
        "inLanguage": get_language(),
    }
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    if page.subtitle:
        data["alternativeHeadline"] = page.subtitle
    if page.lead:
        data["description"] = strip_tags(page.lead)
    if page.keywords:
        data["keywords"] = page.keyword_list
    image_urls = []
    for row in images:
        rendition = row["image"].get_rendition(JSONLD_SPEC)
        image_urls.append(
            request.build_absolute_uri(rendition.url) if request else rendition.full_url
        )
    if image_urls:
        data["image"] = image_urls
    if org:
        org = {k: v for k, v in org.items() if k != "@context"}
        data["author"] = org
        data["publisher"] = org
    return {k: v for k, v in data.items() if v not in (None, "", [])}


def release_context(page, request):
    """Extra context of a press release page."""
    # StreamFields: no query when empty, one bulk query per chooser type otherwise.
    images = [block.value for block in page.images if block.value["image"] is not None]
    attachments = [block.value for block in page.downloads if block.value["document"] is not None]
    contacts = chosen_contacts(page)
    prefetch_renditions([row["image"] for row in images] + [c.photo for c in contacts])
    chapter = chapter_settings(request) if request is not None else None
    return {
        "release_images": images,
        "release_attachments": attachments,
        "press_contacts": contacts,
        "related_pages": related_pages(page, request),
        "boilerplate": page.boilerplate if page.boilerplate_id else None,
        "room_url": page.get_room_url(request),
        "news_article": news_article(page, request, chapter, images),
    }
