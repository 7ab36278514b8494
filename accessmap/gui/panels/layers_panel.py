"""The Layers dock: what is loaded (sectors, centres, catchments, network, residents).

Each row shows a layer's role, feature count and source file, with a check box for its
visibility on the map. "Add..." opens files (as File > Open does; files can also be dropped on
the window); "Remove" drops an optional layer (sectors and centres are required).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.model import Layers

__all__ = ["LayersPanel"]

ROLES = ("sectors", "centres", "catchments", "network", "residents")
REMOVABLE = ("catchments", "network", "residents")


class LayersPanel(QWidget):
    """List of loaded layers with visibility, add and remove."""

    #: the user asked to add files
    sig_add_requested = Signal()
    #: role of the layer to remove
    sig_remove_requested = Signal(str)
    #: role, visible
    sig_visibility_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = {
            "sectors": self.tr("Statistical sectors"),
            "centres": self.tr("Health centres / GP practices"),
            "catchments": self.tr("Catchment areas"),
            "network": self.tr("Walking network"),
            "residents": self.tr("Residents (address points)"),
        }
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Features"), self.tr("Source")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 70)
        self.tree.setMinimumHeight(60)
        self.add_button = QPushButton(self.tr("Add..."))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._filling = False
        self.add_button.clicked.connect(self.sig_add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemChanged.connect(self._item_changed)

    def set_layers(self, layers: Layers | None, visible: dict[str, bool] | None = None) -> None:
        """Show ``layers`` (roles absent from it are not listed)."""
        visible = visible or {}
        self._filling = True
        self.tree.clear()
        self._items.clear()
        sources = {s.role: s.path for s in layers.sources} if layers is not None else {}
        for role in ROLES:
            data = getattr(layers, role, None) if layers is not None else None
            if data is None:
                continue
            count = self._count(data)
            source = sources.get(role, "")
            item = QTreeWidgetItem(
                [self.names[role], f"{count:,}" if count is not None else "", Path(source).name]
            )
            item.setToolTip(2, source)
            item.setData(0, Qt.ItemDataRole.UserRole, role)
            if role != "network":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = visible.get(role, True)
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
            self._items[role] = item
        self._filling = False
        self._current_changed(self.tree.currentItem(), None)

    @staticmethod
    def _count(data: object) -> int | None:
        if hasattr(data, "__len__"):
            return len(data)  # type: ignore[arg-type]
        for attr in ("n_edges", "edge_count"):
            if hasattr(data, attr):
                return int(getattr(data, attr))
        return None

    def roles(self) -> list[str]:
        return list(self._items)

    def is_checked(self, role: str) -> bool:
        item = self._items.get(role)
        return item is not None and item.checkState(0) == Qt.CheckState.Checked

    def _current_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        role = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.remove_button.setEnabled(role in REMOVABLE)

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.sig_remove_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        role = item.data(0, Qt.ItemDataRole.UserRole)
        self.sig_visibility_changed.emit(role, item.checkState(0) == Qt.CheckState.Checked)
