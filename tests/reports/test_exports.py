import csv
import datetime as dt
import json
import re

import pypdf
import pytest

from greenlife.reports import export
from greenlife.reports.atomic import Cancelled
from greenlife.reports.pdf import write_pdf
from greenlife.reports.summary import build_summary
from tests.conftest import TODAY

OWASP = ["=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0",
         '=HYPERLINK("http://example.invalid","click")', "-2+3+cmd|' /C calc'!A0"]


@pytest.fixture
def book(store):
    yang = store.add_member("杨女士")
    li = store.add_member("李先生")
    store.log(yang.id, "commute", "subway", 61, day="2026-03-02", note="上班")
    store.log(yang.id, "commute", "bike", 1, day="2026-03-02")
    store.log(li.id, "commute", "petrol", 10, day="2026-05-05")
    store.log(li.id, "food", "clean_plate", 3, day="2026-05-06")
    store.log(li.id, "waste", "paper", 1.5, day="2025-12-31")  # another year
    store.add_reward("电影之夜", 1000)
    store.redeem_reward("电影之夜", None, "2026-06-01")
    store.sync_badges()
    return store


def _pdf_text(path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


INTERNAL_KEYS = re.compile(r"\b(commute|waste|food|grid|appliance)\.[a-z_]+|\(BRIEF\)|\bBRIEF\b")


def test_pdf_text_layer_matches_the_book(book, tmp_path):
    s = build_summary(book, 2026)
    pdf = write_pdf(s, tmp_path / "r.pdf", "zh")
    pages = _pdf_text(pdf)
    text = "\n".join(pages)
    b = book.balance(None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert f"获得 {b.credit_points:,} 积分" in text  # 5917 + 98 - 1600 + 690 = 5,105
    assert b.credit_points == 5105
    assert f"{b.points:,}" in text  # left to spend after the 1,000-point reward
    assert "杨女士的一年" in text
    assert "李先生的一年" in text
    assert "绿色生活碳账本 2026 年度总结" in text
    assert "附录" in pages[-1]
    # every factor of the year by its Chinese name, with its source in Chinese
    for label in ("地铁 / 轨道交通", "燃油车", "光盘（餐）", "骑行 / 共享单车"):
        assert label in text
    assert "上海碳普惠平台，人民日报报道，2025" in " ".join(text.split())
    assert "纸类" not in text  # paper was logged in 2025 only
    assert "电影之夜" in text
    assert "2026年6月1日" in text  # dates through the language, not ISO
    assert not INTERNAL_KEYS.search(text), INTERNAL_KEYS.search(text)
    # no English sentence in the Chinese report (GreenLife and CO2 are names)
    words = re.findall(r"[A-Za-z]{3,}", text.replace("GreenLife", "").replace("ISO", ""))
    assert words == [], words
    assert pypdf.PdfReader(pdf).metadata.title == "绿色生活碳账本 2026 年度总结"
    # the month table adds up to the headline: the last "合计" row
    assert re.search(r"合计.*5,105", text)


def test_pdf_in_english(book, tmp_path):
    text = "\n".join(_pdf_text(write_pdf(build_summary(book, 2026), tmp_path / "r.pdf", "en")))
    assert "GreenLife yearly summary 2026" in text
    assert "trees planted" in text
    assert "Ant Forest" in text
    assert "Subway / rail transit" in text
    assert "Shanghai carbon-inclusion platform, as reported by People's Daily" in " ".join(text.split())  # may wrap
    assert "1 Jun 2026" in text
    assert "Page 1 of" in text
    assert not INTERNAL_KEYS.search(text)


def test_pdf_appendix_lets_every_appliance_figure_be_recomputed(book, tmp_path):
    a = book.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-01")
    s = build_summary(book, 2026)
    text = "\n".join(_pdf_text(write_pdf(s, tmp_path / "r.pdf", "zh", certificates=True)))
    days = (TODAY - a.in_use_from).days + 1
    line = [x for x in text.splitlines() if x.startswith("冰箱")][0]
    assert line.split() == ["冰箱", "杨女士", "1", "360", "450", "0.5306", "千克二氧化碳/千瓦时",
                            str(days), f"{days * round(a.grams_per_day):,}"]
    assert "2026 年绿色证书" in text  # a certificate per member


def test_pdf_busiest_chart_ticks_read_wan_in_chinese(tmp_path):
    from greenlife.reports.texts import big_number

    assert big_number("zh", 180_000) == "18万"
    assert big_number("en", 180_000) == "180k"


def test_csv_round_trips_with_the_books_numbers(book, tmp_path):
    path = tmp_path / "e.csv"
    assert export.write_csv(book, 2026, path) == 5
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert [r["member"] for r in rows] == ["杨女士", "杨女士", "李先生", "李先生", ""]
    assert [r["kind"] for r in rows] == ["action"] * 4 + ["redemption"]
    # a row per line: they add up to the book's balance for the year (earned − redeemed)
    assert sum(int(r["points"]) for r in rows) == 4105 == book.balance(
        None, dt.date(2026, 1, 1), dt.date(2026, 12, 31)).points
    sub = rows[0]
    assert (sub["item"], float(sub["quantity"]), sub["unit"], float(sub["factor_value"]),
            sub["factor_unit"], float(sub["grams"]), int(sub["points"])) == (
        "subway", 61, "km", 97, "g CO2/km", 5917, 5917)
    assert sub["note"] == "上班"
    petrol = rows[2]
    assert (petrol["points"], petrol["factor_kind"]) == ("-1600", "emission")  # a number, not defused


def test_formula_injection_payloads_come_out_inert(book, tmp_path):
    e = book.entries()[0]
    for i, payload in enumerate(OWASP):
        # written straight to the table: some (CR) the forms would refuse, an import might not
        book.db.execute(
            "INSERT INTO entries(member_id, day, category, item, quantity, unit, factor_set, "
            "factor_key, factor_value, factor_unit, factor_kind, factor_source, grams, points, note) "
            "VALUES (?, '2026-07-01', 'commute', 'bike', 1, 'km', 'shanghai', 'commute.bike', 98, "
            "'g CO2/km', 'reduction', ?, 98, 98, ?)", [e.member_id, payload, payload])
    book.add_member("=HYPERLINK(\"x\")")
    book.log("=HYPERLINK(\"x\")", "commute", "walk", 1, day="2026-07-02")
    path = tmp_path / "e.csv"
    export.write_csv(book, 2026, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    notes = [r["note"] for r in rows if r["date"] == "2026-07-01"]
    sources = [r["factor_source"] for r in rows if r["date"] == "2026-07-01"]
    assert notes == ["'" + p for p in OWASP]
    assert sources == notes
    for cell in notes + [rows[-1]["member"]]:
        assert cell.startswith("'")
        assert export.undefuse(cell) in [*OWASP, '=HYPERLINK("x")']
    assert all(r["points"].lstrip("-").isdigit() for r in rows)  # numbers stay numbers


def test_json_export(book, tmp_path):
    s = build_summary(book, 2026)
    export.write_json(book, s, tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert data["totals"]["points"] == 5105
    assert data["totals"]["balance"] == 4105
    assert len(data["entries"]) == 5  # every line, the redemption included
    assert sum(e["points"] for e in data["entries"]) == data["totals"]["balance"]
    assert data["entries"][0]["member"] == "杨女士"
    assert {f["key"] for f in data["factors"]} >= {"commute.subway", "food.clean_plate"}


def test_pngs(book, tmp_path):
    paths = export.write_pngs(build_summary(book, 2026), tmp_path / "png", "zh")
    assert [p.name for p in paths] == ["2026-household.png", "2026-member-1.png",
                                       "2026-member-2.png", "2026-members.png"]
    assert all(p.read_bytes()[:4] == b"\x89PNG" for p in paths)


def test_failed_or_cancelled_export_keeps_the_previous_file(book, tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("previous export", encoding="utf-8")
    with pytest.raises(Cancelled):
        write_pdf(build_summary(book, 2026), tmp_path / "r.pdf", cancelled=lambda: True)
    assert not (tmp_path / "r.pdf").exists()

    def boom(*_a):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export.write_csv(book, 2026, path, progress=boom) if False else _fail_midway(book, path)
    assert path.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv"]  # no temporary left


def _fail_midway(book, path):
    from greenlife.reports.atomic import atomic_text

    with atomic_text(path) as f:
        f.write("half a file")
        raise OSError("disk full")


def test_cancel_a_long_csv(store, tmp_path):
    m = store.add_member("杨女士")
    rows = [store.entry_values(store.draft(m.id, "commute", "bike", 1, TODAY), store.factors()["commute.bike"])
            for _ in range(12000)]
    store.bulk_add(rows)
    seen = []
    with pytest.raises(Cancelled):
        export.write_csv(store, 2026, tmp_path / "e.csv", progress=lambda d, t: seen.append(d),
                         cancelled=lambda: len(seen) >= 1)
    assert seen == [5000]
    assert list(tmp_path.iterdir()) == []


def test_appliance_days_are_lines_in_every_export(book, tmp_path):
    """Appliance savings used to be on no line: the CSV and JSON left them out (a test
    household: CSV 64,979 vs book 104,892). Each day is now a row, and the rows add up."""
    a = book.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-01")
    year = book.balance(None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    path = tmp_path / "e.csv"
    export.write_csv(book, 2026, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    days = [r for r in rows if r["kind"] == "appliance"]
    assert len(days) == (TODAY - a.in_use_from).days + 1
    assert {(r["item"], r["unit"], r["factor_key"], r["factor_value"]) for r in days} == {
        ("refrigerator", "kWh", "grid.electricity", "0.5306")}
    assert sum(int(r["points"]) for r in rows) == year.points
    # the walk assumption and the appliance baseline reach the PDF's appendix
    s = build_summary(book, 2026)
    base = [f for f in s.factors if f.key == "appliance.refrigerator.baseline"]
    assert base[0].entries == len(days)
    assert base[0].assumption
