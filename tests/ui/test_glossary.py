"""The glossary (resources/translations/glossary.tsv) fixes one term per concept; every
zh_CN translation, with this branch's pending entries merged, follows it."""

from __future__ import annotations

import csv
import re

import pytest

from tests.ui.pending_translations import TS, translations


def glossary() -> list[dict[str, str]]:
    lines = [ln for ln in (TS / "glossary.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def violations(rows: list[dict[str, str]], zh: dict[tuple[str, str], list[str]]) -> list[str]:
    out = []
    for row in rows:
        where = re.compile(row["applies_to"], re.IGNORECASE) if row["applies_to"] else None
        avoid = re.compile(row["avoid_zh"]) if row["avoid_zh"] else None
        for (context, source), forms in zh.items():
            if row["context"] and context != row["context"]:
                continue
            if where is not None and not where.search(source):
                continue
            for text in forms:
                if avoid is not None and avoid.search(re.sub(r"\{[^}]*\}", "", text)):
                    out.append(f"{context}/{source!r}: {text!r} uses {avoid.pattern!r}, not {row['zh_CN']}")
                if where is not None and row["zh_CN"] not in text:
                    out.append(f"{context}/{source!r}: {text!r} lacks {row['zh_CN']}")
    return out


def test_the_glossary_has_the_terms_the_readers_asked_for():
    terms = {row["en"]: row["zh_CN"] for row in glossary()}
    assert terms["Commute"] == "出行"
    assert terms["kg"] == "千克"
    assert [terms[t] for t in ("bronze", "silver", "gold")] == ["铜牌", "银牌", "金牌"]
    assert terms["Clean-plate meals"] == "光盘（餐）"
    assert terms["Best weeks"] == "积分最高的几周"
    assert terms["CO2 avoided"] == "二氧化碳减排量"


def test_every_chinese_translation_follows_the_glossary():
    assert violations(glossary(), translations("zh_CN")) == []


@pytest.mark.parametrize(("source", "text"), [
    ("Commute", "通勤"), ("{kg} kg", "{kg} 公斤"), ("bronze", "铜"), ("Water heater", "热水器"),
    ("Book of", "账本:"),
])
def test_a_forbidden_variant_fails(source, text):
    assert violations(glossary(), {("Labels", source): [text]}) != []
