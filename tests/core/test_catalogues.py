"""The gettext catalogues: complete for German and English, compiled, and in use."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "wagtail_widunetz" / "core" / "locale"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_catalogue_is_complete(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("lang", ["de", "en", "ar", "tr", "ru", "uk"])
def test_compiled_catalogue_matches_its_source(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    translated = {e.msgid: e.msgstr for e in po.translated_entries() if not e.msgid_plural}
    compiled = {e.msgid: e.msgstr for e in mo if e.msgid and not e.msgid_plural}
    assert compiled == translated, "run `make messages` to recompile the .mo files"


def test_german_is_used_for_package_strings():
    with translation.override("de"):
        assert translation.gettext("Integration network") == "Integrationsnetzwerk"
        assert translation.gettext("Network") == "Netzwerk"
