"""The Dutch and French GUI catalogues: complete, faithful to placeholders, compiled, used.

The .ts files are parsed as XML (every message translated, %1/{name}/HTML/accelerators/file
patterns kept); the committed .qm files give every .ts translation back; lupdate re-run into tmp_path finds no string the catalogues lack; and the real Qt
translators, installed by accessmap.gui.translations, turn real contexts and sources into Dutch
and French (QCoreApplication.translate, a QObject's self.tr, the main window's menus).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QWidget

from accessmap.core.commands import AddCentre
from accessmap.core.errors import SettingsError
from accessmap.gui import translations as tr_mod
from accessmap.gui.translations import (
    available_languages,
    install_translators,
    language_menu,
    set_language,
    settings_menu,
    stored_language,
)
from accessmap.render.styling import MAP_TEXT

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("nl", "fr")
PLACEHOLDER = re.compile(r"%\d+|%n|\{[^{}]*\}")
HTML_TAG = re.compile(
    r"</?(?:a|b|i|u|s|p|br|hr|em|strong|small|big|code|pre|tt|sub|sup|span|div|font|ul|ol|li|"
    r"table|tr|td|th|h[1-6]|img|html|body|head|nobr|center)\b[^>]*>",
    re.I,
)
FILE_PATTERN = re.compile(r"\*\.\w+|\(\*\)")


def qt_tool(name: str) -> str:
    """pyside6-<name> on PATH, else the binary PySide6 ships."""
    found = shutil.which(f"pyside6-{name}")
    return found or str(Path(PySide6.__file__).parent / name)


def messages(lang: str) -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, translation element) of every live message."""
    root = ET.parse(TS_DIR / f"accessmap_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out.append((name, msg.findtext("source") or "", forms, tr))
    return out


def accelerator(text: str) -> str | None:
    """The accelerator letter of a menu text ("&&" is a literal ampersand)."""
    m = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.fixture
def app(qapp):
    """The QApplication; translators reset to English afterwards for the other tests."""
    yield qapp
    install_translators(qapp, "en")


@pytest.fixture
def settings(tmp_path):
    """An isolated INI settings file."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def default_settings_in_tmp(tmp_path):
    """Point the default (user-scope INI) settings at tmp_path, restored afterwards."""
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    probe = QSettings(fmt, scope, "accessmap-probe", "probe").fileName()
    original = str(Path(probe).parent.parent)
    QSettings.setPath(fmt, scope, str(tmp_path))
    yield tmp_path
    QSettings.setPath(fmt, scope, original)


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_finished_translation(lang):
    msgs = messages(lang)
    assert len(msgs) > 300  # the catalogue covers the whole GUI, not a stub
    missing = [
        (ctx, src)
        for ctx, src, forms, el in msgs
        if el.get("type") == "unfinished" or not all(f.strip() for f in forms)
    ]
    assert missing == [], f"untranslated in accessmap_{lang}.ts: {missing[:20]}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_tags_accelerators_and_patterns_are_kept(lang):
    problems = []
    for ctx, src, forms, _el in messages(lang):
        for text in forms:
            for what, pattern in (("placeholder", PLACEHOLDER), ("html", HTML_TAG)):
                want = sorted(pattern.findall(src))
                got = sorted(pattern.findall(text))
                if want != got:
                    problems.append((ctx, src, text, what, want, got))
            if sorted(FILE_PATTERN.findall(src)) != sorted(FILE_PATTERN.findall(text)):
                problems.append((ctx, src, text, "file pattern"))
            if (accelerator(src) is None) != (accelerator(text) is None):
                problems.append((ctx, src, text, "accelerator"))
            if src[:1].isspace() != text[:1].isspace() or src[-1:].isspace() != text[-1:].isspace():
                problems.append((ctx, src, text, "leading/trailing space"))
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_dutch_and_french_differ_from_english_where_words_are_translated(lang):
    def words(text: str) -> list[str]:
        return re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", text))

    # a phrase of 3+ words identical to the English source is a copy, not a translation
    same = [src for _c, src, forms, _e in messages(lang) if forms[0] == src and len(words(src)) > 2]
    assert same == []


@pytest.mark.parametrize("lang", LANGS)
def test_qm_files_hold_exactly_the_current_ts_translations(lang):
    """Every .ts message translates through the committed .qm to the .ts text (a stale .qm,
    compiled before a translation was added or changed, fails; lrelease versions may differ
    in bytes, so the check is on content)."""
    qm = QTranslator()
    assert qm.load(str(TS_DIR / f"accessmap_{lang}.qm"))
    root = ET.parse(TS_DIR / f"accessmap_{lang}.ts").getroot()
    stale = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr.get("type") in ("vanished", "obsolete") or msg.get("numerus") == "yes":
                continue
            got = qm.translate(name, msg.findtext("source") or "", msg.findtext("comment"))
            if got != (tr.text or ""):
                stale.append((name, msg.findtext("source"), tr.text, got))
    assert stale == [], f"accessmap_{lang}.qm is stale: run tools/update_translations.sh"


def test_catalogues_hold_every_string_of_the_gui_code(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "accessmap" / "gui").rglob("*.py"))
    sources.append(str(TS_DIR / "dynamic_strings.py"))
    for lang in LANGS:
        copy = tmp_path / f"accessmap_{lang}.ts"
        shutil.copy(TS_DIR / copy.name, copy)
        run = subprocess.run(
            [qt_tool("lupdate"), *sources, "-ts", str(copy)],
            check=True,
            capture_output=True,
            text=True,
        )
        found = re.search(r"\((\d+) new and (\d+) already existing\)", run.stdout)
        assert found, run.stdout + run.stderr
        assert found.group(1) == "0", (
            f"{found.group(1)} GUI strings are not in accessmap_{lang}.ts: run "
            "tools/update_translations.sh and translate them"
        )


def test_dutch_translator_translates_real_contexts(app):
    assert install_translators(app, "nl") == "nl"
    assert tr_mod.current_language() == "nl"
    t = QCoreApplication.translate
    assert t("MainWindow", "&File") == "&Bestand"
    assert t("MainWindow", "&Undo") == "&Ongedaan maken"
    assert t("LayersPanel", "Statistical sectors") == "Statistische sectoren"
    assert t("LayersPanel", "Catchment areas") == "Werkingsgebieden"
    assert t("MapView", MAP_TEXT["health_centre"]) == "Wijkgezondheidscentrum"
    assert t("AnalysisPanel", "Threshold") == "Drempel"
    # a command's undo text, formatted after translation as scenario_ops does
    assert t("Command", AddCentre.TEXT).format(centre="C7") == "Centrum C7 toevoegen"
    # Qt's own strings (standard buttons) come from qtbase_nl.qm
    assert t("QPlatformTheme", "Cancel") == "Annuleren"

    class ProjectOps(QObject):  # self.tr() looks the class name up as context
        def title(self) -> str:
            return self.tr("untitled")

    assert ProjectOps().title() == "naamloos"


def test_french_translator_and_switching_back_to_english(app):
    assert install_translators(app, "fr") == "fr"
    t = QCoreApplication.translate
    assert t("MainWindow", "&Redo") == "&Rétablir"
    assert t("FileOps", "health centres / GP practices (points)") == (
        "maisons médicales / cabinets de médecine générale (points)"
    )
    assert t("MapView", "Walking distance to the nearest centre").startswith("Distance à pied")
    assert install_translators(app, "en") == "en"
    assert t("MainWindow", "&Redo") == "&Redo"


def test_language_choice_is_stored_and_used_at_next_start(app, settings):
    assert available_languages() == {"en": "English", "nl": "Nederlands", "fr": "Français"}
    assert stored_language(settings) is None
    set_language("fr_BE", settings)
    assert settings.value(tr_mod.LANGUAGE_KEY) == "fr"
    assert install_translators(app, settings=settings) == "fr"
    assert install_translators(app, "nl", settings=settings) == "nl"  # explicit wins
    set_language(None, settings)
    system = {QLocale.Language.Dutch: "nl", QLocale.Language.French: "fr"}.get(
        QLocale.system().language(), "en"
    )
    assert install_translators(app, settings=settings) == system
    with pytest.raises(SettingsError, match="no 'de' translation"):
        set_language("de", settings)


def test_default_settings_file_is_the_apps(app, default_settings_in_tmp):
    set_language("nl")
    ini = default_settings_in_tmp / "accessmap" / "accessmap.ini"
    assert ini.exists() and "language=nl" in ini.read_text()
    assert install_translators(app) == "nl"


def test_language_menu_stores_choice_and_announces_restart(qtbot, app, settings):
    parent = QWidget()
    qtbot.addWidget(parent)
    set_language("nl", settings)
    menu = language_menu(parent, settings)
    acts = menu.language_actions
    assert list(acts) == [None, "en", "nl", "fr"]
    assert acts["nl"].isChecked() and not acts[None].isChecked()
    acts["fr"].trigger()
    assert stored_language(settings) == "fr" and acts["fr"].isChecked()
    assert "restart" in menu.restart_notice.text()
    menu.restart_notice.close()
    acts[None].trigger()
    assert stored_language(settings) is None
    menu.restart_notice.close()


def test_settings_menu_holds_the_language_menu_translated(qtbot, app, settings):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert install_translators(app, "nl") == "nl"
    menu = settings_menu(parent, settings)
    assert menu.title() == "&Instellingen"
    assert [a.menu() for a in menu.actions()] == [menu.language_menu]
    assert menu.language_menu.title() == "&Taal"
    assert menu.language_menu.language_actions[None].text() == "&Systeemtaal"
    assert menu.language_menu.language_actions[None].isChecked()  # nothing stored yet


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_menus_are_translated_with_unique_accelerators(qtbot, app, tmp_path, lang):
    from accessmap.gui.main_window import MainWindow

    assert install_translators(app, lang) == lang
    window = MainWindow(settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    try:
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        titles = [m.title() for m in menus]
        assert titles[0] == {"nl": "&Bestand", "fr": "&Fichier"}[lang]
        assert not {"&File", "&Edit", "&View"} & set(titles)
        keys = [accelerator(t) for t in titles]
        assert len(keys) == len(set(keys)), titles
        for menu in menus:
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            keys = [k for k in map(accelerator, texts) if k]
            assert len(keys) == len(set(keys)), (menu.title(), texts)
    finally:  # the web page must go before the web profile does (a clean exit)
        window.close()
        window.deleteLater()
        qtbot.wait(50)


def test_missing_catalogue_leaves_english(app, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(tr_mod, "translations_dirs", lambda: [tmp_path])  # an empty folder
    assert install_translators(app, "nl") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert "accessmap_nl.qm" in caplog.text
