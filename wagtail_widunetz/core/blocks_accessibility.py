"""StreamField blocks for the BITV 2.0 home-page requirements (§ 4 BITV 2.0, Anlage 2).

Public bodies must explain the main content of their website in Leichte Sprache and in
Deutsche Gebärdensprache (DGS) on the home page. Any page model of a chapter can use them::

    from wagtail_widunetz.core.blocks_accessibility import (
        EasyLanguageBlock,
        SignLanguageVideoBlock,
    )

    body = StreamField(
        [
            ("easy_language", EasyLanguageBlock()),
            ("sign_language_video", SignLanguageVideoBlock()),
        ]
    )

The sign-language video is either a file uploaded as a Wagtail document (served from the
chapter's own server, with a WebVTT captions file) or a link to a video platform, which is
embedded only after the visitor agrees: before that, nothing is requested from the platform.
"""

import posixpath
import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm", ".ogv": "video/ogg", ".m4v": "video/mp4"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


class EasyLanguageBlock(blocks.StructBlock):
    """A short explanation in Leichte Sprache, with a link to more."""

    heading = blocks.CharBlock(
        label=_("heading"),
        max_length=120,
        default="Informationen in Leichter Sprache",
    )
    text = blocks.RichTextBlock(
        label=_("text in Leichte Sprache"),
        features=["bold", "ul", "link"],
        help_text=_("Short sentences, one statement per sentence, explain hard words."),
    )
    page = blocks.PageChooserBlock(
        label=_("full page in Leichte Sprache"),
        required=False,
    )
    link_text = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=120,
        help_text=_("e.g. “Mehr in Leichter Sprache”"),
    )

    class Meta:
        icon = "doc-full"
        label = _("Leichte Sprache")
        template = "wagtail_widunetz/core/blocks/easy_language.html"


def _extension(document):
    return posixpath.splitext(document.file.name if document else "")[1].lower()


def embed_src(url):
    """The iframe address for a video page link; nocookie/player hosts for the big platforms."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in ("youtube.com", "youtube-nocookie.com"):
        if parts.path == "/watch":
            video_id = (parse_qs(parts.query).get("v") or [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/")):
            video_id = parts.path.split("/")[2]
    elif host == "youtu.be":
        video_id = parts.path.lstrip("/").split("/")[0]
    if video_id:
        if not YOUTUBE_ID.match(video_id):
            return ""
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host == "vimeo.com":
        number = parts.path.strip("/").split("/")[0]
        return f"https://player.vimeo.com/video/{number}" if number.isdigit() else ""
    return url if parts.scheme == "https" and host else ""


class SignLanguageVideoBlock(blocks.StructBlock):
    """A video in Deutsche Gebärdensprache: a local file with captions, or an embed after
    consent."""

    heading = blocks.CharBlock(
        label=_("heading"),
        max_length=120,
        default="Informationen in Deutscher Gebärdensprache (DGS)",
    )
    description = blocks.TextBlock(
        label=_("short description"),
        required=False,
        help_text=_("What the video explains; read by people who cannot watch it."),
    )
    video = DocumentChooserBlock(
        label=_("video file"),
        required=False,
        help_text=_("MP4 or WebM uploaded as a document; served from this website."),
    )
    captions = DocumentChooserBlock(
        label=_("captions (WebVTT)"),
        required=False,
        help_text=_("A .vtt file with German captions for the local video."),
    )
    poster = ImageChooserBlock(label=_("preview image"), required=False)
    embed_url = blocks.URLBlock(
        label=_("or: link to the video on a platform"),
        required=False,
        help_text=_("e.g. a YouTube or Vimeo link. It is embedded only after the visitor agrees."),
    )

    class Meta:
        icon = "media"
        label = _("Sign-language video")
        template = "wagtail_widunetz/core/blocks/sign_language_video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions, url = value.get("video"), value.get("captions"), value.get("embed_url")
        if bool(video) == bool(url):
            errors["video"] = ValidationError(
                _("Choose either a video file or a link to a video platform.")
            )
        if video and _extension(video) not in VIDEO_TYPES:
            errors["video"] = ValidationError(_("The video must be an MP4, WebM or Ogg file."))
        if captions and not video:
            errors["captions"] = ValidationError(_("Captions belong to a video file."))
        if captions and _extension(captions) != ".vtt":
            errors["captions"] = ValidationError(_("Captions must be a WebVTT (.vtt) file."))
        if url and not embed_src(url):
            errors["embed_url"] = ValidationError(
                _("Enter an https link to a video, e.g. on YouTube or Vimeo.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        video = value.get("video")
        context["video_type"] = VIDEO_TYPES.get(_extension(video), "") if video else ""
        src = embed_src(value.get("embed_url"))
        context["embed_src"] = src
        context["embed_host"] = urlsplit(src).hostname or ""
        return context
