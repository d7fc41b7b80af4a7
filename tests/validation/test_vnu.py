"""Guards the guard: the Nu HTML Checker run used by tests/browser/test_every_page.py reports real
errors, maps them to the right file and passes valid HTML. The pages themselves are validated
there, in one run over every page type of the demo."""

import pytest

from .vnu import VnuUnavailable, describe, validate

VALID = """<!DOCTYPE html>
<html lang="de" dir="ltr"><head><meta charset="utf-8"><title>Gültig</title></head>
<body><main><h1>Gültig</h1><p><time datetime="2026-11-11T08:07:44+0100">11. November</time></p>
<form method="get" role="search"><label for="q">Suche</label>
<input id="q" type="search" name="q" enterkeyhint="search"></form>
</main></body>
</html>
"""
INVALID = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطأ</title></head>
<body><form action="" method="get"></form>
<p><time datetime="2026-11-11T08:07:44.888826+01:00">x</time></p>
<ul><p>not a list item</p></ul></body>
</html>
"""


VALID_CSS = """.wn-x { margin-inline-start: 1rem; inset-block-start: 0; inline-size: 100%;
  text-decoration-thickness: 2px; aspect-ratio: 16 / 9; }
"""
INVALID_CSS = """.wn-x { colour: red; margin-inline-start: 1rem; }
"""


def test_vnu_reports_errors_per_file_and_passes_valid_html(tmp_path):
    valid = tmp_path / "valid.html"
    invalid = tmp_path / "invalid.html"
    valid_css = tmp_path / "valid.css"
    invalid_css = tmp_path / "invalid.css"
    valid.write_text(VALID, encoding="utf-8")
    invalid.write_text(INVALID, encoding="utf-8")
    valid_css.write_text(VALID_CSS, encoding="utf-8")
    invalid_css.write_text(INVALID_CSS, encoding="utf-8")
    try:
        results = validate([valid, invalid, valid_css, invalid_css])
    except VnuUnavailable as reason:
        pytest.skip(str(reason))
    assert results[valid.resolve()] == [], describe(results[valid.resolve()])
    # A current checker knows CSS logical properties (the package's stylesheets use nothing else).
    assert results[valid_css.resolve()] == [], describe(results[valid_css.resolve()])
    assert "colour" in describe(results[invalid_css.resolve()])
    report = describe(results[invalid.resolve()])
    assert all(m["type"] == "error" for m in results[invalid.resolve()])
    assert "“action”" in report
    assert "fraction of a second" in report
    assert "Element “p” not allowed as child of element “ul”" in report
