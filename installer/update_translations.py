"""Refresh resources/i18n/*.ts from the sources and compile them to .qm.

    python installer/update_translations.py            # lupdate + lrelease
    python installer/update_translations.py --no-release
    python installer/update_translations.py --fill ru=/tmp/ru.json   # fill unfinished entries

Sources: every `tr()` / `QCoreApplication.translate()` / `QT_TRANSLATE_NOOP()` in
bordertrack/gui and bordertrack/app.py (read by pyside6-lupdate), plus the labels declared in
bordertrack/domain (contexts "vocab", "field", "entity", read by gui/labels.py and
bordertrack/i18n.py), the core's `translate(lang, "ctx", "text")` calls (reports) and its
error templates marked with `error_template("text")` (context "errors", gui/error_text.py). The
domain and core strings are written to a temporary stub of QT_TRANSLATE_NOOP calls that
lupdate reads with the rest, so none of them is ever marked obsolete.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"ru": "ru_RU", "ky": "ky_KG"}
CORE_FUNCTIONS = {"translate"}  # bordertrack.i18n.translate(lang, context, text)
ERROR_MARKER = "error_template"  # bordertrack.domain.errors.error_template(text): context "errors"


def ts_path(lang: str) -> Path:
    return I18N / f"bordertrack_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"bordertrack_{lang}.qm"


def gui_sources() -> list[Path]:
    files = sorted((ROOT / "bordertrack" / "gui").rglob("*.py"))
    app = ROOT / "bordertrack" / "app.py"
    return files + ([app] if app.is_file() else [])


def domain_strings() -> list[tuple[str, str]]:
    """(context, English) for every vocabulary label, field label and entity name."""
    sys.path.insert(0, str(ROOT))
    from bordertrack.domain.entities import ENTITIES
    from bordertrack.domain.vocabularies import VOCABULARIES

    out = [("vocab", label) for vocab in VOCABULARIES.values() for label in vocab.values()]
    for entity in ENTITIES.values():
        out += [("entity", entity.label), ("entity", entity.plural)]
        out += [("field", f.label) for f in entity.fields]
    return list(dict.fromkeys(out))


def core_strings() -> list[tuple[str, str]]:
    """(context, text) of `translate(lang, "ctx", "text")` calls outside the GUI (reports) and
    of `error_template("text")` calls (error messages, context "errors")."""
    out: list[tuple[str, str]] = []
    for path in sorted((ROOT / "bordertrack").rglob("*.py")):
        if "gui" in path.relative_to(ROOT / "bordertrack").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name == ERROR_MARKER and isinstance(first, ast.Constant):
                if isinstance(first.value, str):
                    out.append(("errors", first.value))
                continue
            if len(node.args) < 3:
                continue
            ctx, text = node.args[1], node.args[2]
            if (
                name in CORE_FUNCTIONS
                and isinstance(ctx, ast.Constant)
                and isinstance(ctx.value, str)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                out.append((ctx.value, text.value))
    return list(dict.fromkeys(out))


def write_stub(folder: Path) -> Path:
    """A Python file of QT_TRANSLATE_NOOP calls for the strings lupdate cannot see itself."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for ctx, text in domain_strings() + core_strings():
        lines.append(f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})")
    stub = folder / "bordertrack_domain_strings.py"
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def tool(name: str) -> str:
    """Qt's tools from the PySide6 of the running interpreter: beside it first (a virtual
    environment that is not activated is not on PATH; Scripts on Windows), then on PATH."""
    here = Path(sys.executable).parent
    for folder in (here, here / "Scripts", here / "bin"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6 (pip install -e .[build]).")
    return found


def run_lupdate(targets: dict[str, Path], *, obsolete: bool = False) -> None:
    """Update (or create) the .ts files in `targets` (lang -> path) from the current sources."""
    with tempfile.TemporaryDirectory() as tmp:
        stub = write_stub(Path(tmp))
        for lang, path in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            cmd = [tool("pyside6-lupdate"), *map(str, gui_sources()), str(stub)]
            cmd += ["-locations", "none", "-target-language", LANGUAGES[lang], "-ts", str(path)]
            if not obsolete:
                cmd.insert(-2, "-no-obsolete")
            subprocess.run(cmd, check=True, capture_output=True, text=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def read_ts(path: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> translated forms, or None when the entry is unfinished or empty."""
    out: dict[tuple[str, str], list[str] | None] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            done = tr.get("type") != "unfinished" and all(f.strip() for f in forms)
            out[(name, message.findtext("source") or "")] = forms if done else None
    return out


def fill(path: Path, entries: dict[str, str], overwrite: bool = False) -> int:
    """Fill unfinished entries (all matching ones with `overwrite`) from
    {"context|source" or "source": translation}; returns how many were set."""
    tree = ElementTree.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            source = message.findtext("source") or ""
            text = entries.get(f"{name}|{source}", entries.get(source))
            if tr is None or not text or (tr.get("type") != "unfinished" and not overwrite):
                continue
            forms = list(tr.iter("numerusform"))
            if forms:
                values = text if isinstance(text, list) else [text] * len(forms)
                for form, value in zip(forms, values, strict=False):
                    form.text = value
            else:
                tr.text = text
            tr.attrib.pop("type", None)
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _restore_doctype(path)
    return count


def _restore_doctype(path: Path) -> None:
    """ElementTree drops `<!DOCTYPE TS>`; Qt Linguist expects it."""
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-release", action="store_true", help="do not compile .qm files")
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .ts files (the build step)"
    )
    parser.add_argument("--fill", action="append", default=[], metavar="LANG=FILE.json")
    parser.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="LANG=FILE.json",
        help="like --fill, but also replaces finished translations (e.g. shorter ones that fit)",
    )
    args = parser.parse_args(argv)
    if args.release_only:
        for lang in LANGUAGES:
            run_lrelease(ts_path(lang), qm_path(lang))
        return 0
    run_lupdate({lang: ts_path(lang) for lang in LANGUAGES})
    for item in args.fill + args.override:
        lang, _, file = item.partition("=")
        entries = json.loads(Path(file).read_text(encoding="utf-8"))
        n = fill(ts_path(lang), entries, overwrite=item in args.override)
        print(f"{lang}: filled {n} entries from {file}")
        run_lupdate({lang: ts_path(lang)})  # lupdate re-formats the file canonically
    for lang in LANGUAGES:
        missing = [k for k, v in read_ts(ts_path(lang)).items() if v is None]
        print(f"{lang}: {len(read_ts(ts_path(lang)))} entries, {len(missing)} unfinished")
        if not args.no_release:
            run_lrelease(ts_path(lang), qm_path(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
