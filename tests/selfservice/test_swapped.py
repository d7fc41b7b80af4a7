"""Partner self-service with a swapped base page model (Wagtail 8): see swapped_smoke.py."""

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
def test_self_service_with_a_swapped_page_model():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.swapped.settings"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tests.selfservice.swapped_smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip().endswith("OK")
