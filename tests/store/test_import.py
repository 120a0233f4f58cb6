import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greenlife.reports.export import COLUMNS, write_csv
from greenlife.store import Store
from greenlife.store.importer import ImportError_, apply_import, plan_import
from tests.conftest import TODAY


def household(path=None):
    s = Store.open(path, today=lambda: TODAY) if path else Store.open(memory=True, today=lambda: TODAY)
    if not s.members():
        s.add_member("杨女士")
        s.add_member("=李先生")  # a name that needs defusing in the CSV
    return s


@pytest.fixture
def exported(tmp_path):
    s = household()
    s.log("杨女士", "commute", "subway", 61, day="2026-03-02", note="=1+1 上班")
    s.log("杨女士", "commute", "subway", 61, day="2026-03-02", note="=1+1 上班")  # a true twin
    s.log("=李先生", "food", "food_waste", 0.2, day="2026-03-03")
    s.log("=李先生", "commute", "bus", 2, day="2026-03-04")
    path = tmp_path / "e.csv"
    write_csv(s, 2026, path)
    s.close()
    return path


def snapshot(s):
    return s.db.execute("SELECT member_id, day, category, item, quantity, unit, factor_key, "
                        "factor_value, factor_source, grams, points, note FROM entries ORDER BY id").fetchall()


def test_export_then_import_round_trips(exported, tmp_path):
    s = household(tmp_path / "new.db")
    plan = plan_import(s, exported)
    assert plan.ok
    assert (len(plan.new), plan.already) == (4, 0)
    assert apply_import(s, plan) == 4
    notes = [e.note for e in s.entries(order_by="id", descending=False)]
    assert notes == ["=1+1 上班", "=1+1 上班", "", ""]  # defused on export, restored on import
    assert s.balance().points == 5917 * 2 - 500 + 844
    again = plan_import(s, exported)
    assert (len(again.new), again.already) == (0, 4)  # the same file twice adds nothing
    assert apply_import(s, again) == 0
    assert s.count_entries() == 4
    s.close()


def test_dry_run_writes_nothing(exported, capsys, tmp_path):
    from greenlife.cli import main

    db = str(tmp_path / "d.db")
    household(tmp_path / "d.db").close()
    assert main(["--db", db, "import", str(exported), "--dry-run"]) == 0
    assert "would import 4 lines" in capsys.readouterr().out
    s = Store.open(db)
    assert s.count_entries() == 0
    s.close()


def test_any_bad_row_imports_nothing_and_each_is_listed(exported, tmp_path):
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    lines[2] = lines[2].replace(",61.0,", ",6100,")  # line 3: absurd distance
    lines[4] = lines[4].replace("2026-03-04", "2099-01-01")  # line 5: the future
    lines.append(lines[1].replace("杨女士", "王先生"))  # line 6: unknown member
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    s = household()
    before = snapshot(s)
    plan = plan_import(s, bad)
    assert [line for line, _ in plan.errors] == [3, 5, 6]
    assert "6100" in plan.errors[0][1].message
    assert "future" in plan.errors[1][1].message
    assert "王先生" in plan.errors[2][1].message
    with pytest.raises(ImportError_, match="nothing was imported"):
        apply_import(s, plan)
    assert snapshot(s) == before


def test_points_that_do_not_match_the_factor_are_refused(exported, tmp_path):
    text = exported.read_text(encoding="utf-8-sig").replace(",5917.0,5917,", ",9999.0,9999,", 1)
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    plan = plan_import(household(), bad)
    assert plan.errors[0][0] == 2
    assert "does not match quantity × factor = 5917" in plan.errors[0][1].message


@pytest.mark.parametrize(("content", "message"), [
    ("日期,成员\n".encode("gbk"), "not UTF-8"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("id,date,member\n1,2026-01-01,杨女士\n".encode(), "lacks the columns"),
    ((",".join(COLUMNS) + "\n" + "x" * 20000 + "\n").encode(), "could not be read as CSV"),
])
def test_malformed_files_give_a_clear_error(tmp_path, content, message):
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    s = household()
    before = snapshot(s)
    with pytest.raises(ImportError_, match=message):
        plan_import(s, path)
    assert snapshot(s) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.lists(st.text(max_size=30), max_size=20), max_size=30).map(
        lambda rows: ("\n".join([",".join(COLUMNS)] + [",".join(r) for r in rows])).encode("utf-8", "surrogatepass")),
))
def test_fuzzed_files_never_crash_and_never_write(tmp_path_factory, junk):
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_bytes(junk)
    s = household()
    try:
        plan = plan_import(s, path)
    except ImportError_ as exc:
        assert exc.message
    else:
        if not plan.ok:
            assert all(isinstance(line, int) and reason for line, reason in plan.errors)
            with pytest.raises(ImportError_):
                apply_import(s, plan)
        assert s.count_entries() == 0 or plan.ok
    s.close()

