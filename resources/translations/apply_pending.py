"""Fill translations from resources/translations/pending/*.json into the .ts files.

Branches that add strings in parallel write their translations as JSON (a list of
{"context", "source", "zh_CN", "en", "plural"}) instead of editing the .ts XML, which merges
badly. After a merge: run update.py (lupdate adds the new sources), then this, then
update.py again (lrelease compiles). An entry whose context is not found fills the same
source in any context where it is still unfinished. Prints what it could not place."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("zh_CN", "en")


def load() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path in sorted((HERE / "pending").glob("*.json")):
        out += json.loads(path.read_text(encoding="utf-8"))
    return out


def from_ts(paths: list[str]) -> list[dict[str, object]]:
    """Finished translations of other .ts files (another branch's version after a merge that
    took ours), as pending entries: name each file greenlife_<lang>.ts or pass lang=path."""
    out: list[dict[str, object]] = []
    for arg in paths:
        lang, _, path = arg.partition("=")
        root = ET.parse(path).getroot()
        for ctx in root.findall("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.findall("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr.findall("numerusform")]
                value: object = forms if msg.get("numerus") == "yes" else (tr.text or "")
                out.append({"context": name, "source": msg.findtext("source") or "", lang: value})
    return out


def fill(lang: str, entries: list[dict[str, object]]) -> list[str]:
    ts = HERE / f"greenlife_{lang}.ts"
    tree = ET.parse(ts)
    messages: dict[tuple[str, str], ET.Element] = {}
    by_source: dict[str, list[ET.Element]] = {}
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            src = msg.findtext("source") or ""
            messages[(name, src)] = msg
            by_source.setdefault(src, []).append(msg)
    missing = []
    for e in entries:
        value = e.get(lang)
        if value in (None, ""):
            continue
        key = (str(e["context"]), str(e["source"]))
        if key in messages and messages[key].find("translation") is not None and messages[
                key].find("translation").get("type") != "unfinished" and "context" in e and len(e) == 3:
            continue  # from another .ts: never overwrite a finished translation here
        targets = [messages[key]] if key in messages else [
            m for m in by_source.get(key[1], [])
            if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]
        if not targets:
            missing.append(f"{lang}: {key[0]} / {key[1][:60]}")
            continue
        for msg in targets:
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(tr):
                    tr.remove(child)
                tr.text = "\n            "
                for i, form in enumerate(forms):
                    el = ET.SubElement(tr, "numerusform")
                    el.text = str(form)
                    el.tail = "\n        " if i == len(forms) - 1 else "\n            "
            else:
                tr.text = str(value[0] if isinstance(value, list) else value)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def main() -> int:
    entries = load() + from_ts(sys.argv[1:])
    missing = [m for lang in LANGS for m in fill(lang, entries)]
    for m in missing:
        print("not placed:", m, file=sys.stderr)
    print(f"applied {len(entries)} pending translations; {len(missing)} not placed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
