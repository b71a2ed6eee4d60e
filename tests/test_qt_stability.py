"""PySide6 6.12.0 on Python 3.11 aborts the process after ~5,000 calls of Qt methods that
return nothing (each drops a reference to None). The pinned version must survive many more."""

from PySide6.QtWidgets import QLabel


def test_twenty_thousand_void_calls_do_not_abort(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(str(i))  # void
        label.setEnabled(i % 2 == 0)  # void
    assert label.text() == "19999"
