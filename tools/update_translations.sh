#!/usr/bin/env bash
# Update the GUI translation catalogues and compile them (idempotent; run from anywhere).
#
#   tools/update_translations.sh
#
# 1. Writes resources/translations/dynamic_strings.py: the strings the GUI translates at run
#    time from data (command texts of core.commands, the map's MAP_TEXT and indicator labels,
#    file_ops.OPEN_FILTER), plus the calls lupdate files under a wrong context (``w.tr(...)``
#    where ``w: MainWindow``, or ``tr = w.tr; tr(...)``), marked with QT_TRANSLATE_NOOP under
#    the context Qt really uses at run time (the class name), so lupdate extracts them too.
# 2. pyside6-lupdate over every .py in accessmap/gui (+ that file) updates
#    resources/translations/accessmap_{nl,fr}.ts: existing translations are kept, new strings
#    arrive as type="unfinished", strings no longer in the code are dropped (-no-obsolete).
#    Python "#:" comments, which lupdate takes for translator comments, are stripped (here they
#    are Sphinx attribute docs).
# 3. pyside6-lrelease compiles each .ts into its .qm (what QTranslator loads).
#
# Translate new strings by filling <translation> in the .ts files (Qt Linguist, or by hand:
# remove type="unfinished"), then run this script again. tests/gui/test_translations.py checks
# that every message is translated, placeholders are kept and the .qm files are current.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT=resources/translations
LANGS=(nl fr)
PYTHON="${PYTHON:-python}"

tool() { # the Qt tool $1 (lupdate / lrelease): pyside6-$1 on PATH, else PySide6's own binary
    if command -v "pyside6-$1" >/dev/null 2>&1; then
        echo "pyside6-$1"
    else
        echo "$("$PYTHON" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')/$1"
    fi
}
LUPDATE="$(tool lupdate)"
LRELEASE="$(tool lrelease)"

mkdir -p "$OUT"
"$PYTHON" - "$OUT/dynamic_strings.py" <<'PY'
"""Write the QT_TRANSLATE_NOOP file of run-time strings (see the header of the shell script)."""

import ast
import json
import sys
from pathlib import Path

from accessmap.core import commands
from accessmap.render.styling import INDICATOR_INFO, MAP_TEXT

entries: dict[tuple[str, str], None] = {}  # (context, source), ordered, unique


def add(context: str, source: str) -> None:
    if source and source.strip():
        entries[(context, source)] = None


def subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)


for cls in sorted(subclasses(commands.Command), key=lambda c: c.__name__):
    text = cls.__dict__.get("TEXT")
    if isinstance(text, str):
        add("Command", text)
for text in MAP_TEXT.values():
    add("MapView", text)
for info in INDICATOR_INFO.values():
    add("MapView", info.label)
try:
    from accessmap.gui.panels import file_ops

    add("FileOps", file_ops.OPEN_FILTER)
except Exception as exc:  # the GUI module is another engineer's; never block on it
    print(f"update_translations: file_ops.OPEN_FILTER skipped ({exc})", file=sys.stderr)


def annotation_name(node) -> str | None:
    """``MainWindow`` from ``w: MainWindow`` or ``w: "MainWindow"``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split(".")[-1].split("|")[0].strip()
    return None


class Aliases(ast.NodeVisitor):
    """tr calls whose context lupdate gets wrong: ``x.tr("...")`` with x not self."""

    def __init__(self, path: Path) -> None:
        self.path, self.classes, self.funcs = path, [], []

    def visit_ClassDef(self, node):
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node):
        types = {}
        for arg in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
            if arg.annotation is not None:
                types[arg.arg] = annotation_name(arg.annotation)
        if self.classes and node.args.args:
            types.setdefault(node.args.args[0].arg, self.classes[-1])  # self
        aliases = {}  # tr = w.tr
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Assign)
                and len(sub.targets) == 1
                and isinstance(sub.targets[0], ast.Name)
                and isinstance(sub.value, ast.Attribute)
                and sub.value.attr == "tr"
                and isinstance(sub.value.value, ast.Name)
            ):
                aliases[sub.targets[0].id] = sub.value.value.id
        self.funcs.append((types, aliases))
        self.generic_visit(node)
        self.funcs.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def resolve(self, owner: str) -> str | None:
        for types, _ in reversed(self.funcs):
            if owner in types and types[owner]:
                return types[owner]
        return None

    def visit_Call(self, node):
        self.generic_visit(node)
        if not node.args or not self.funcs:
            return
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            return
        func, owner = node.func, None
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id not in ("self", "cls"):
                owner = func.value.id
        elif isinstance(func, ast.Name):
            for _, aliases in reversed(self.funcs):
                if func.id in aliases:
                    owner = aliases[func.id]
                    break
        if owner is None:
            return
        context = self.resolve(owner)
        if context is None:
            print(
                f"update_translations: {self.path}:{node.lineno}: cannot tell the class of "
                f"{owner!r} for tr(); give it a type annotation",
                file=sys.stderr,
            )
            return
        add(context, first.value)


for path in sorted(Path("accessmap/gui").rglob("*.py")):
    Aliases(path).visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))

lines = [
    '"""Strings the GUI translates at run time (GENERATED by tools/update_translations.sh).',
    "",
    "Do not edit: lupdate reads this file so that the catalogues hold the strings that reach",
    "tr()/translate() from data (core.commands, render.styling, file_ops.OPEN_FILTER) and the",
    "tr() calls lupdate would otherwise file under a wrong context. Never imported by the app.",
    '"""',
    "",
    "from PySide6.QtCore import QT_TRANSLATE_NOOP",
    "",
    "STRINGS = (",
]


def literal(s: str) -> str:  # as ruff format writes it: double quotes unless that escapes more
    return repr(s) if '"' in s and "'" not in s else json.dumps(s, ensure_ascii=False)


for context, source in entries:  # one argument a line (magic trailing comma: ruff keeps it)
    lines += ["    QT_TRANSLATE_NOOP(", f"        {literal(context)},", f"        {literal(source)},"]
    lines.append("    ),")
lines.append(")")
target = Path(sys.argv[1])
text = "\n".join(lines) + "\n"
if not target.exists() or target.read_text(encoding="utf-8") != text:
    target.write_text(text, encoding="utf-8")
PY

mapfile -t SOURCES < <(find accessmap/gui -name '*.py' | LC_ALL=C sort)
for lang in "${LANGS[@]}"; do # Belgian Dutch / French (the languages only apply to new files)
    "$LUPDATE" -no-obsolete -locations absolute -source-language en \
        -target-language "${lang}_BE" "${SOURCES[@]}" "$OUT/dynamic_strings.py" \
        -ts "$OUT/accessmap_$lang.ts"
done
# lupdate reads Python "#:" comments as translator comments; here they are Sphinx attribute
# docs (piled onto the next tr() call), so they are dropped from the catalogues.
"$PYTHON" - "$OUT"/accessmap_*.ts <<'PY'
import re
import sys
from pathlib import Path

for name in sys.argv[1:]:
    path = Path(name)
    text = path.read_text(encoding="utf-8")
    clean = re.sub(r"\n[ \t]*<extracomment>.*?</extracomment>", "", text, flags=re.S)
    if clean != text:
        path.write_text(clean, encoding="utf-8")
PY
for lang in "${LANGS[@]}"; do
    "$LRELEASE" "$OUT/accessmap_$lang.ts" -qm "$OUT/accessmap_$lang.qm"
done
