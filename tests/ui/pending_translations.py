"""Translations this branch adds or changes wait in resources/translations/pending/*.json
(three branches change the .ts files at once); these helpers merge them into a copy of the
.ts files and compile that, so tests see what the app will show once they are merged."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources/translations"


def pending() -> list[dict]:
    entries: list[dict] = []
    for path in sorted((TS / "pending").glob("*.json")):
        entries += json.loads(path.read_text(encoding="utf-8"))
    return entries


def merged(lang: str) -> ET.ElementTree:
    """The .ts of ``lang`` with every pending entry applied (a pending entry replaces the
    message with the same context and source)."""
    tree = ET.parse(TS / f"greenlife_{lang}.ts")
    root = tree.getroot()
    contexts = {c.find("name").text or "": c for c in root.iter("context")}
    for e in pending():
        ctx = contexts.get(e["context"])
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = e["context"]
            contexts[e["context"]] = ctx
        for m in list(ctx.findall("message")):
            if m.find("source").text == e["source"]:
                ctx.remove(m)
        m = ET.SubElement(ctx, "message")
        ET.SubElement(m, "source").text = e["source"]
        tr = ET.SubElement(m, "translation")
        value = e["zh_CN"] if lang == "zh_CN" else e["en"]
        if e.get("plural"):
            m.set("numerus", "yes")
            for form in (value if isinstance(value, list) else [value]):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
    return tree


def compile_qm(lang: str, out: Path) -> Path:
    ts = out.with_suffix(".ts")
    merged(lang).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(out)], check=True, capture_output=True)
    return out


def translations(lang: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translation's forms, pending entries applied."""
    out = {}
    for c in merged(lang).getroot().iter("context"):
        for m in c.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            out[(c.find("name").text or "", m.find("source").text)] = forms
    return out
