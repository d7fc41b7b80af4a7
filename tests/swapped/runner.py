"""Run a module against the Wagtail 8 site with its own base page model (tests/swapped/)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import wagtail

ROOT = Path(__file__).resolve().parents[2]

needs_swappable_page_model = pytest.mark.skipif(
    wagtail.VERSION < (8, 0), reason="Wagtail 7.4 has no swappable base page model."
)


def run_on_swapped_site(module):
    """Run ``python -m module`` with the swapped site's settings on a fresh SQLite database;
    assert it ends with ``OK``."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.swapped.settings"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", module],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip().endswith("OK")
