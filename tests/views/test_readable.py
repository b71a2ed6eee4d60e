"""Readable and predictable (issue 18): what the eye needs to work by keyboard and at a glance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyle, QStyleOptionSpinBox


# The offscreen platform cannot raise a popup or let it grab the keyboard; harmless, and not ours.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_highlighted_item_of_a_drop_down_list_shows(qtbot) -> None:
    combo = QComboBox()
    combo.addItems(["bezoek", "telefoon", "e-mail"])
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(1, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(view.isVisible)
    image = view.viewport().grab().toImage()
    row = view.visualRect(index)
    assert image.pixelColor(3, row.center().y()).name() == "#1f5fa8"  # not an empty white box
    combo.hidePopup()


def test_spin_boxes_have_arrows(qtbot) -> None:
    spin = QSpinBox()
    spin.resize(120, 30)
    qtbot.addWidget(spin)
    spin.show()
    image = spin.grab().toImage()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    up = spin.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, spin
    )
    shades = {
        image.pixelColor(x, y).name()
        for x in range(up.left(), up.right())
        for y in range(up.top(), up.bottom())
    }
    assert up.width() > 0 and len(shades) > 3  # an arrow is drawn, not a blank square
