from greenlife.reports.charts import bar_heights


def test_dark_and_light_switch_live_charts_included(qtbot, window, state):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    state.store.log("杨女士", "commute", "subway", 10)
    charts = window.go_to("charts")
    s = window.go_to("settings")
    s.theme.setCurrentIndex(s.theme.findData("dark"))
    s.set_theme()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    window.go_to("charts")
    fig = charts.charts["week"].figure
    qtbot.waitUntil(lambda: fig.get_facecolor()[0] < 0.3, timeout=3000)
    assert 970 in bar_heights(fig)
    assert state.store.setting("theme") == "dark"
    s = window.go_to("settings")
    s.theme.setCurrentIndex(s.theme.findData("light"))
    s.set_theme()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
    window.go_to("charts")
    qtbot.waitUntil(lambda: fig.get_facecolor()[0] > 0.9, timeout=3000)


def test_missing_cjk_font_says_what_to_install(qtbot, monkeypatch, file_store, db_path):
    import greenlife.ui.fonts as fonts
    from greenlife.ui.app import open_window
    from greenlife.ui.i18n import apply_language

    apply_language("en")
    monkeypatch.setattr(fonts, "has_cjk_font", lambda: False)
    file_store.add_member("杨女士")
    w = open_window(db_path, file_store)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.toast.isVisible(), timeout=3000)
    assert "boxes" in w.toast.label.text()
    assert "fonts-wqy-microhei" in w.toast.label.text()


def test_app_identity(qapp):
    from PySide6.QtCore import QCoreApplication

    from greenlife.ui.app import make_application

    make_application([])
    assert QCoreApplication.organizationName() == "GreenLife"
    assert QCoreApplication.applicationName() == "GreenLife"
