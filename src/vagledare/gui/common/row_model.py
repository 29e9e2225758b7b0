"""One table model for every list on screen: a list of row values and a list of columns.

A list model names its columns once (header text, how a row reads in the column, and what else
the column shows: alignment, tooltip, colours, font) and what every cell of a row shows whatever
the column (``row_data``: the row's tint, its tooltip, the row itself under a user role). The
row and column counting, the headers, the reset on new rows and ``row(i)`` are here, once.

Header texts stay ``self.tr(...)`` in the model's own ``columns()``, so their translation
context is the model's class name, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

_Role = Qt.ItemDataRole


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its header, how a row reads in it, and what else it shows.

    The functions of a role (``tooltip``, ``foreground``, ``background``, ``font``) may return
    ``None``; the model's ``row_data`` then answers for the role (a row-wide tint, say).
    """

    header: str
    display: Callable[[R], Any]
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], Any] | None = None
    foreground: Callable[[R], Any] | None = None
    background: Callable[[R], Any] | None = None
    font: Callable[[R], Any] | None = None
    header_tooltip: str | None = None

    def role_data(self, row: R, role: int) -> Any:
        if role == _Role.DisplayRole:
            return self.display(row)
        if role == _Role.TextAlignmentRole:
            return None if self.align is None else int(self.align)
        fn = None
        if role == _Role.ToolTipRole:
            fn = self.tooltip
        elif role == _Role.ForegroundRole:
            fn = self.foreground
        elif role == _Role.BackgroundRole:
            fn = self.background
        elif role == _Role.FontRole:
            fn = self.font
        return None if fn is None else fn(row)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows (no children), one row value per line.

    Subclasses give ``columns()`` and, for what a whole row shows, ``row_data()``. The
    columns are asked for again at every reset (``set_rows``, ``resetting``), so they may
    depend on the model's state (a factor set, a report's columns).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._columns: list[Column[R]] | None = None

    # -- what subclasses give ----------------------------------------------------------------
    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    def row_data(self, row: R, role: int) -> Any:
        """What every cell of the row shows for a role its column leaves open (``None``:
        nothing): a row-wide tint or tooltip, the row itself under a user role."""
        return None

    # -- rows ------------------------------------------------------------------------------
    @property
    def rows(self) -> list[R]:
        return self._rows

    def row(self, i: int) -> R:
        return self._rows[i]

    def set_rows(self, rows: Iterable[R]) -> None:
        with self.resetting():
            self._rows = list(rows)

    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Change rows or what the columns depend on inside a model reset: views let go of
        the old rows before and read everything again after, headers included."""
        self.beginResetModel()
        try:
            yield
        finally:
            self._columns = None
            self.endResetModel()

    def column_list(self) -> list[Column[R]]:
        if self._columns is None:
            self._columns = list(self.columns())
        return self._columns

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.column_list())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        columns = self.column_list()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        if role == _Role.DisplayRole:
            return columns[section].header
        if role == _Role.ToolTipRole:
            return columns[section].header_tooltip
        return None

    def data(self, index: Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = self.column_list()[index.column()].role_data(row, role)
        if value is None and role != _Role.DisplayRole:
            value = self.row_data(row, role)
        return value
