"""The type-ahead list of procedures under the intake search field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desk_app.domain.catalogue import Procedure


LIST_NAME_CHARS = 120


def shortened(name: str) -> str:
    """Some published names run to a page; the list shows their start, the tooltip the whole."""
    if len(name) <= LIST_NAME_CHARS:
        return name
    return name[:LIST_NAME_CHARS].rsplit(" ", 1)[0].rstrip(",;") + " …"


class ProcedureListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._procedures: list[Procedure] = []

    def set_procedures(self, procedures: list[Procedure]) -> None:
        self.beginResetModel()
        self._procedures = procedures
        self.endResetModel()

    def procedure(self, row: int) -> Procedure | None:
        return self._procedures[row] if 0 <= row < len(self._procedures) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._procedures)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        procedure = self.procedure(index.row())
        if procedure is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{shortened(procedure.name)}  ·  {procedure.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{procedure.name}\n\n{procedure.field} · {procedure.level} · {procedure.agency}"
        return None
