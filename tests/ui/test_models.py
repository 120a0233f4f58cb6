import datetime as dt

from greenlife.store.book import LedgerLine
from greenlife.ui.models.entries import EntriesModel
from greenlife.ui.models.factors import FactorsModel
from greenlife.ui.models.ledger import LedgerModel
from greenlife.ui.models.members import MembersModel


def test_entries_model(qtmodeltester, state):
    for i in range(7):
        state.store.log("杨女士", "commute", "bike", 1 + i)
    m = EntriesModel(lambda off, lim, total, key, desc: state.store.entry_page(
        off, lim, total, order_by=key, descending=desc), state.store.count_entries)
    m.reload()
    qtmodeltester.check(m)
    assert m.rowCount() == 7


def test_members_factors_ledger_models(qtmodeltester, state):
    mm = MembersModel()
    mm.set_members(state.store.members())
    qtmodeltester.check(mm)
    fm = FactorsModel()
    fm.set_factors(list(state.store.factors().values()))
    qtmodeltester.check(fm)
    lm = LedgerModel()
    lm.set_lines([LedgerLine(dt.date(2026, 1, 1), "杨女士", "credit", "commute", "3", 500),
                  LedgerLine(dt.date(2026, 1, 2), "", "debit", "reward", "Movie", -100)])
    qtmodeltester.check(lm)
    assert lm.data(lm.index(1, 1)) == "Household"
