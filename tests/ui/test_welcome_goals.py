"""Issue #13: setup that guides — a first weekly goal suggested from the members."""

from __future__ import annotations

from greenlife.ui.widgets.welcome import WelcomeDialog


def test_the_welcome_suggests_a_goal_from_who_is_in_the_family(qtbot):
    from greenlife.ui.i18n import apply_language

    apply_language("en")
    d = WelcomeDialog()
    qtbot.addWidget(d)
    d.pages.setCurrentIndex(1)
    assert d.goal_hint.text() == ""
    qtbot.keyClicks(d.rows[0][0], "Yang")
    qtbot.keyClicks(d.rows[1][0], "Ming")
    d.group_boxes[1].setCurrentIndex(d.group_boxes[1].findData("child"))
    assert d.goals == (7600, [7000, 600])
    assert d.goal_hint.text().startswith(
        "Suggested weekly goal: 7,600 points for the household (Yang 7,000 · Ming 600)")
    assert d.rows[0][1].text() == ""  # the colour is a swatch, not a hex code
