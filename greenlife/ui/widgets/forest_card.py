"""Home's family forest card: one tree per 17.9 kg of CO2 avoided, each member's in their
colour and the household's own lines in grey, with what it stands for in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from greenlife.core.calc import GRAMS_PER_TREE
from greenlife.store.members import HOUSEHOLD_COLOUR
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.card import Card
from greenlife.ui.widgets.forest import ForestWidget, per_drawn_tree


class ForestCard(Card):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Family forest"), parent)
        self.state = state
        self.forest = ForestWidget()
        self.forest.setObjectName("familyForest")
        self.text = QLabel()
        self.text.setObjectName("forestText")
        self.text.setWordWrap(True)
        self.source = QLabel(self.tr(
            "One tree per 17.9 kg of CO2 avoided (Ant Forest's saxaul tree)"))
        self.source.setProperty("tone", "muted")
        self.source.setWordWrap(True)
        self.body.addWidget(self.forest, 1)
        self.body.addWidget(self.text)
        self.body.addWidget(self.source)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def fill(self) -> None:
        reads = self.state.reads
        members = reads.members(include_archived=True)
        colours = {m.id: m.colour for m in members}
        names = {m.id: m.name for m in members}
        household = reads.household_id()
        if household is not None:  # the whole family's own lines grow trees of their own
            colours[household] = HOUSEHOLD_COLOUR
            names[household] = labels.household()
        forest = self.state.store.forest(list(colours))
        grew = self.forest.set_forest(forest, colours)
        parts = [self.tr("{name} {n}").format(name=names.get(t.member_id, "?"), n=t.trees)
                 for t in forest.members if t.trees]
        kg_left = forest.grams_to_next / 1000
        text = self.tr("%n trees from {kg} kg of CO2 avoided", "", forest.trees).format(
            kg=labels.number(forest.grams / 1000))
        text += " · " + self.tr("next tree {percent}% grown ({kg} kg to go)").format(
            percent=int(forest.progress * 100), kg=labels.number(kg_left))
        per = per_drawn_tree(forest.trees)
        if per > 1:
            text += " · " + self.tr("each tree drawn stands for {n}").format(n=per)
        if grew:
            text = self.tr("A new tree has grown!") + " " + text
        self.text.setText(text)
        self.forest.setAccessibleName(self.tr("Family forest: %n trees", "", forest.trees))
        self.forest.setAccessibleDescription(
            text + (" · " + ", ".join(parts) if parts else "") + " · " + self.source.text())
        self.forest.setToolTip(", ".join(parts))
        assert GRAMS_PER_TREE == 17_900  # the caption's figure
