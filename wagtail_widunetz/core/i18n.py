"""Language helpers: writing direction and local names, including languages Django does not know.

Django's ``get_language_info`` knows Arabic, Persian, Kurdish Sorani and Urdu but not Dari,
Pashto, Tigrinya, Kurmanji or Somali, and Django serves a language under ``i18n_patterns`` only if
it finds a gettext catalogue for it. ``WIDUNETZ_EXTRA_LANGUAGES`` adds or overrides entries::

    WIDUNETZ_EXTRA_LANGUAGES = {
        "prs": {"name": "Dari", "name_local": "دری", "bidi": True},
        "ti": {"name": "Tigrinya", "name_local": "ትግርኛ"},
    }

``install_extra_languages()`` (run by the core app's ``ready()`` and again whenever the setting
changes) makes Django accept those codes: it adds them to ``django.conf.locale.LANG_INFO`` (so
``get_language_info`` and ``{% get_language_info %}`` do not raise ``KeyError``) and lets
Django's catalogue check (``check_for_language``) accept them, so ``/prs/...`` resolves like any
other language. Visitor-facing strings of the package are then shown in the fallback language
(``LANGUAGE_CODE``) until a chapter ships a catalogue for the language in ``LOCALE_PATHS``.
"""

import functools

from django.conf.locale import LANG_INFO
from django.core.signals import setting_changed
from django.utils.translation import get_language, get_language_info

from .conf import get_setting

# Scripts written right to left among the languages an integration network meets; used when
# neither Django nor WIDUNETZ_EXTRA_LANGUAGES knows a code, and to correct Django where it does.
RTL_LANGUAGES = frozenset(
    {
        "ar",  # Arabic
        "arc",  # Aramaic
        "ckb",  # Kurdish, Sorani (Central Kurdish), Arabic script
        "dv",  # Dhivehi
        "fa",  # Persian (Farsi)
        "he",  # Hebrew
        "ku-arab",  # Kurdish in Arabic script
        "prs",  # Dari
        "ps",  # Pashto
        "sd",  # Sindhi
        "ug",  # Uyghur
        "ur",  # Urdu
        "yi",  # Yiddish
    }
)

# Entries of LANG_INFO as they were before install_extra_languages() changed them, so a changed
# setting (tests use override_settings) can restore them.
_replaced_lang_info = {}


def extra_languages():
    """``WIDUNETZ_EXTRA_LANGUAGES`` with lower-case codes and complete entries."""
    result = {}
    for code, entry in (get_setting("EXTRA_LANGUAGES") or {}).items():
        code = code.lower()
        entry = dict(entry or {})
        name = entry.get("name") or code
        result[code] = {
            **entry,
            "code": code,
            "name": name,
            "name_local": entry.get("name_local") or name,
            "bidi": bool(entry.get("bidi", code in RTL_LANGUAGES)),
        }
    return result


def language_info(code):
    """Return ``{"code", "name", "name_local", "bidi"}`` for a language code, never raising."""
    code = (code or "").lower()
    extra = extra_languages()
    if code in extra:
        return dict(extra[code])
    try:
        info = dict(get_language_info(code))
    except KeyError:
        base = code.split("-")[0]
        if base != code:
            return {**language_info(base), "code": code}
        return {"code": code, "name": code, "name_local": code, "bidi": code in RTL_LANGUAGES}
    info["code"] = code
    info["bidi"] = bool(info.get("bidi")) or code in RTL_LANGUAGES
    return info


def language_direction(code=None):
    """``"rtl"`` or ``"ltr"`` for a language code (the active language by default)."""
    return "rtl" if language_info(code or get_language() or "")["bidi"] else "ltr"


# -- teaching Django the extra languages ----------------------------------------------------


def _patched_check_for_language(original):
    """Wrap Django's ``check_for_language`` so configured extra languages count as available."""
    if getattr(original, "widunetz_wrapped", False):
        return original

    @functools.wraps(original)
    def check_for_language(lang_code):
        if lang_code and lang_code.lower() in extra_languages():
            return True
        return original(lang_code)

    check_for_language.widunetz_wrapped = True
    return check_for_language


def _clear_translation_caches():
    from django.utils.translation import trans_real

    for name in ("get_supported_language_variant", "check_for_language", "get_languages"):
        function = getattr(trans_real, name, None)
        cache_clear = getattr(function, "cache_clear", None) or getattr(
            getattr(function, "__wrapped__", None), "cache_clear", None
        )
        if cache_clear:
            cache_clear()
    exists = getattr(trans_real, "translation_catalog_exists", None)
    if exists is not None and hasattr(exists, "cache_clear"):
        exists.cache_clear()
    try:
        from wagtail.coreutils import (
            get_content_languages,
            get_supported_content_language_variant,
        )
    except ImportError:  # pragma: no cover
        return
    for function in (get_supported_content_language_variant, get_content_languages):
        if hasattr(function, "cache_clear"):
            function.cache_clear()


def install_extra_languages():
    """Make Django know the languages of ``WIDUNETZ_EXTRA_LANGUAGES``; safe to call repeatedly."""
    from django.conf import settings
    from django.utils import translation
    from django.utils.translation import trans_real

    # Undo an earlier installation (the setting may have changed), then apply the current one.
    for code, previous in list(_replaced_lang_info.items()):
        if previous is None:
            LANG_INFO.pop(code, None)
        else:
            LANG_INFO[code] = previous
    _replaced_lang_info.clear()
    for code, entry in extra_languages().items():
        _replaced_lang_info[code] = LANG_INFO.get(code)
        LANG_INFO[code] = {
            key: entry[key] for key in ("code", "name", "name_local", "bidi") if key in entry
        }

    if settings.USE_I18N:
        trans_real.check_for_language = _patched_check_for_language(trans_real.check_for_language)
        # django.utils.translation caches the real function on first use (see its ``Trans``).
        cached = translation._trans.__dict__.get("check_for_language")
        if cached is not None:
            translation._trans.check_for_language = trans_real.check_for_language
    _clear_translation_caches()


def _on_setting_changed(setting, **kwargs):
    if setting in ("WIDUNETZ_EXTRA_LANGUAGES", "LANGUAGES", "WAGTAIL_CONTENT_LANGUAGES"):
        install_extra_languages()


setting_changed.connect(_on_setting_changed, dispatch_uid="widunetz_extra_languages")
