"""A Wagtail 8 site with its own base page model builds the package's pages from the mixins."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import wagtail

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    wagtail.VERSION < (8, 0), reason="Wagtail 7.4 has no swappable base page model."
)
@pytest.mark.xfail(
    strict=True,
    reason=(
        "Known gap (issue 2): the concrete page models become abstract on a swapped site, but the "
        "feature apps' inline, occurrence and feed models still point at them. They must become "
        "abstract too (or point at the swapped model) and their migration operations be wrapped "
        "in core.compat.unless_page_model_swapped. strict: this test fails once that works, so "
        "the marker gets removed."
    ),
)
def test_site_with_swapped_page_model_uses_the_mixins():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.swapped.settings"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tests.swapped.smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip().endswith("OK")
