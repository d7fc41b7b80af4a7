"""The BITV home-page blocks: Leichte Sprache and the sign-language video."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document

from wagtail_widunetz.core.blocks_accessibility import (
    EasyLanguageBlock,
    SignLanguageVideoBlock,
    embed_src,
)

pytestmark = pytest.mark.django_db


def document(name, content=b"x"):
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def render(block, data):
    return block.render(block.to_python(data))


def test_easy_language_block_is_german_and_labelled(home):
    html = render(
        EasyLanguageBlock(),
        {
            "heading": "Das ist unser Netzwerk",
            "text": "<p>Wir helfen Familien.</p>",
            "page": home.pk,
            "link_text": "",
        },
    )
    assert 'lang="de"' in html
    assert "Leichte Sprache" in html
    assert "<h2>Das ist unser Netzwerk</h2>" in html
    assert f'href="{home.url}"' in html
    assert "Mehr in Leichter Sprache" in html


def test_easy_language_block_skips_an_unpublished_page(home):
    home.live = False
    home.save()
    html = render(
        EasyLanguageBlock(),
        {"heading": "H", "text": "<p>T</p>", "page": home.pk, "link_text": "Weiter"},
    )
    assert "Weiter" not in html


def test_embed_is_not_loaded_before_consent():
    block = SignLanguageVideoBlock()
    value = block.clean(
        block.to_python(
            {"heading": "DGS", "embed_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}
        )
    )
    html = block.render(value)
    assert "<iframe" not in html
    assert 'data-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    # the only references to the platform: the data attribute and a plain link
    assert ' src="https://' not in html
    assert "data-wn-consent-button" in html and "hidden" in html
    assert "consent-embed.js" in html


def test_local_video_with_captions(db):
    video = document("dgs-willkommen.mp4")
    captions = document("dgs-willkommen.vtt", b"WEBVTT\n")
    block = SignLanguageVideoBlock()
    value = block.clean(
        block.to_python({"heading": "DGS", "video": video.pk, "captions": captions.pk})
    )
    html = block.render(value)
    assert "<video controls" in html
    assert f'<source src="{video.url}" type="video/mp4">' in html
    assert f'<track kind="captions" src="{captions.url}" srclang="de"' in html
    assert "<iframe" not in html and "consent-embed.js" not in html


@pytest.mark.parametrize(
    "data, field",
    [
        ({}, "video"),
        ({"embed_url": "https://vimeo.com/123", "video": "MP4"}, "video"),
        ({"video": "PDF"}, "video"),
        ({"captions": "VTT", "embed_url": "https://vimeo.com/123"}, "captions"),
        ({"video": "MP4", "captions": "SRT"}, "captions"),
        ({"embed_url": "http://example.org/video"}, "embed_url"),
        ({"embed_url": "https://www.youtube.com/watch?v=<script>"}, "embed_url"),
        ({"embed_url": "https://vimeo.com/abc"}, "embed_url"),
    ],
)
def test_sign_language_video_validation(db, data, field):
    files = {
        "MP4": document("v.mp4"),
        "PDF": document("v.pdf"),
        "VTT": document("c.vtt"),
        "SRT": document("c.srt"),
    }
    data = {k: (files[v].pk if v in files else v) for k, v in data.items()}
    block = SignLanguageVideoBlock()
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python({"heading": "DGS", **data}))
    assert field in excinfo.value.block_errors


@pytest.mark.parametrize(
    "url, src",
    [
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        (
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=3",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://media.example.org/dgs.html", "https://media.example.org/dgs.html"),
        ("javascript:alert(1)", ""),
        ("", ""),
    ],
)
def test_embed_src(url, src):
    assert embed_src(url) == src


def test_home_page_renders_both_blocks(client, home):
    home.body = [
        ("easy_language", {"heading": "Leicht erklärt", "text": "<p>Wir helfen.</p>"}),
        (
            "sign_language_video",
            {"heading": "In Gebärdensprache", "embed_url": "https://vimeo.com/76979871"},
        ),
    ]
    home.save_revision().publish()
    html = client.get(home.url).content.decode()
    assert "Leicht erklärt" in html
    assert 'data-src="https://player.vimeo.com/video/76979871"' in html
