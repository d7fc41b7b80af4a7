"""Shared plumbing for the benchmark scripts: a throw-away database, timing, a table.

Run a script from the repository root, e.g. ``.venv/bin/python benchmarks/foundation.py``.
SQLite in a temporary file by default; ``DATABASE_URL=postgres://...`` benchmarks PostgreSQL
(the database named in the URL is dropped and recreated: never point it at real data).
These scripts print numbers; they assert nothing.
"""

import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def setup_django():
    """Configure the example site on a fresh database and migrate it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings")
    if "DATABASE_URL" not in os.environ:
        handle, path = tempfile.mkstemp(prefix="widunetz-bench-", suffix=".sqlite3")
        os.close(handle)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_DEBUG", "0")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)


def measure(client, path, repeat=5):
    """Median wall time (ms) and the query count of GET ``path`` (after one warm-up)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), len(queries)


def timed(func, *args, **kwargs):
    """Run ``func``; return (result, seconds, peak traced memory in MiB)."""
    tracemalloc.start()
    started = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 2**20


def print_table(title, header, rows):
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=True)]
    line = "  ".join(f"{{:>{w}}}" for w in widths)
    print(f"\n{title}")
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
