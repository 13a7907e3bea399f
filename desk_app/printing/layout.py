"""Page layout shared by the one-stop forms: the shipped font, wrapped text, rules and symbols.

A form is laid out first, into pages of drawing operations measured from the top of the page,
and drawn on a reportlab canvas only at the end. Laying out first is what gives the 80 mm roll
a page exactly as tall as its content, and lets a copy that runs over a page number its pages.
Lines are wrapped here by measuring words with the font's metrics: platypus would do the same
at several times the cost for the few dozen lines of a form.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from importlib.resources import as_file, files

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

LEADING = 1.25
"""Line pitch as a multiple of the type size: room for Vietnamese stacked marks (Ấ, Ễ) over capitals."""

_ASCENT = 0.891
_DESCENT = 0.216
"""Liberation Serif's ascender and descender per em; a line's glyphs are centred on its pitch by them."""

RULE_WIDTH = 0.5

GLUE = "\u00a0"
"""A no-break space in the text: it keeps its neighbours on one line and prints as a plain space."""


class Style(Enum):
    """A face of Liberation Serif; the value is both its registered font name and its file's stem."""

    REGULAR = "LiberationSerif-Regular"
    BOLD = "LiberationSerif-Bold"
    ITALIC = "LiberationSerif-Italic"


class Align(Enum):
    LEFT = "left"
    CENTER = "center"


@cache
def register_fonts() -> None:
    """Parsing the TrueType files takes tens of milliseconds, so it happens once per process."""
    folder = files("desk_app.resources") / "fonts"
    for style in Style:
        with as_file(folder / f"{style.value}.ttf") as path:
            pdfmetrics.registerFont(TTFont(style.value, str(path)))


@dataclass(frozen=True)
class Run:
    text: str
    style: Style = Style.REGULAR


def plain(text: str) -> Run:
    return Run(text, Style.REGULAR)


def bold(text: str) -> Run:
    return Run(text, Style.BOLD)


def italic(text: str) -> Run:
    return Run(text, Style.ITALIC)


@dataclass(frozen=True)
class Frame:
    """A paper size and its margins; a roll has no height, its page grows to fit the content."""

    width: float
    height: float | None
    top: float
    bottom: float
    left: float
    right: float


A4 = Frame(210 * mm, 297 * mm, top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm)
A5 = Frame(148 * mm, 210 * mm, top=12 * mm, bottom=12 * mm, left=14 * mm, right=14 * mm)
"""The appointment slip: handed to the citizen and never filed, so it keeps no binding margin."""
ROLL_80 = Frame(80 * mm, None, top=4 * mm, bottom=12 * mm, left=4 * mm, right=4 * mm)
A4_LANDSCAPE = Frame(297 * mm, 210 * mm, top=15 * mm, bottom=15 * mm, left=20 * mm, right=15 * mm)
"""The tracking book: fourteen columns need the long side."""
LABEL_100x150 = Frame(100 * mm, 150 * mm, top=6 * mm, bottom=6 * mm, left=6 * mm, right=6 * mm)
"""The postal services' address label."""


@dataclass(frozen=True)
class TextOp:
    x: float
    y: float
    text: str
    style: Style
    size: float

    def lowered(self, dy: float) -> TextOp:
        """The op `dy` further down; built directly, a table of thousands of rows moves each cell's text."""
        return TextOp(self.x, self.y + dy, self.text, self.style, self.size)


@dataclass(frozen=True)
class RuleOp:
    x1: float
    x2: float
    y: float

    def lowered(self, dy: float) -> RuleOp:
        return RuleOp(self.x1, self.x2, self.y + dy)


@dataclass(frozen=True)
class ShapeOp:
    """Filled boxes (x, y, width, height) relative to the op's corner, drawn as one path so that a
    renderer's anti-aliasing leaves no seams between the modules of a barcode."""

    x: float
    y: float
    boxes: tuple[tuple[float, float, float, float], ...]

    def lowered(self, dy: float) -> ShapeOp:
        return ShapeOp(self.x, self.y + dy, self.boxes)


Op = TextOp | RuleOp | ShapeOp


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    ops: tuple[Op, ...]


@dataclass(frozen=True)
class _Piece:
    text: str
    style: Style
    width: float


@dataclass(frozen=True)
class _Line:
    pieces: tuple[_Piece, ...]
    width: float


@dataclass(frozen=True)
class _Word:
    pieces: tuple[tuple[str, Style], ...]
    spaces: int


@cache
def _font(style: Style) -> TTFont:
    register_fonts()
    return pdfmetrics.getFont(style.value)


@lru_cache(maxsize=65536)
def _width(text: str, style: Style, size: float) -> float:
    """Words come back again and again (a book's procedure names, places, times): measured once."""
    return _font(style).stringWidth(text, size)


def text_width(runs: Sequence[Run], size: float) -> float:
    return sum(_width(unicodedata.normalize("NFC", run.text), run.style, size) for run in runs)


def _paragraphs(runs: Sequence[Run]) -> list[list[Run]]:
    paragraphs: list[list[Run]] = [[]]
    for run in runs:
        text = unicodedata.normalize("NFC", run.text)
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        first, *others = text.split("\n")
        paragraphs[-1].append(Run(first, run.style))
        paragraphs.extend([Run(other, run.style)] for other in others)
    return paragraphs


def _words(runs: Sequence[Run]) -> list[_Word]:
    """Words may change style mid-word; a line may break only where the text has a space."""
    words: list[_Word] = []
    spaces = 0
    glued = False
    for run in runs:
        for index, chunk in enumerate(run.text.split(" ")):
            if index:
                glued = False
                spaces += 1
            if not chunk:
                continue
            if glued:
                words[-1] = _Word(words[-1].pieces + ((chunk, run.style),), words[-1].spaces)
            else:
                words.append(_Word(((chunk, run.style),), spaces if words else 0))
                spaces = 0
            glued = True
    return words


def _word_width(word: _Word, size: float) -> float:
    return sum(_width(text, style, size) for text, style in word.pieces)


def _break_word(word: _Word, size: float, first: float, rest: float) -> list[_Word]:
    """A word wider than the line (a long URL or e-mail address) is cut between characters."""
    chunks: list[list[tuple[str, Style]]] = [[]]
    used, room = 0.0, first
    for text, style in word.pieces:
        for char in text:
            width = _width(char, style, size)
            if chunks[-1] and used + width > room:
                chunks.append([])
                used, room = 0.0, rest
            if chunks[-1] and chunks[-1][-1][1] is style:
                chunks[-1][-1] = (chunks[-1][-1][0] + char, style)
            else:
                chunks[-1].append((char, style))
            used += width
    return [_Word(tuple(chunk), word.spaces if index == 0 else 0) for index, chunk in enumerate(chunks)]


def _make_line(words: Sequence[_Word], size: float) -> _Line:
    merged: list[list] = []
    for index, word in enumerate(words):
        for position, (text, style) in enumerate(word.pieces):
            if index and position == 0:
                text = " " * word.spaces + text
            if merged and merged[-1][1] is style:
                merged[-1][0] += text
            else:
                merged.append([text, style])
    pieces = tuple(_Piece(text.replace(GLUE, " "), style, _width(text, style, size)) for text, style in merged)
    return _Line(pieces, sum(piece.width for piece in pieces))


def _wrap_words(words: Sequence[_Word], size: float, first: float, rest: float) -> list[_Line]:
    lines: list[_Line] = []
    current: list[_Word] = []
    used, room = 0.0, first
    for word in words:
        width = _word_width(word, size)
        space = _width(" ", word.pieces[0][1], size) * word.spaces if current else 0.0
        if current and used + space + width > room:
            lines.append(_make_line(current, size))
            current, used, space, room = [], 0.0, 0.0, rest
        if not current and width > room:
            *full, word = _break_word(word, size, room, rest)
            lines.extend(_make_line([chunk], size) for chunk in full)
            room = rest if full else room
            width = _word_width(word, size)
        current.append(word)
        used += space + width
    if current or not lines:
        lines.append(_make_line(current, size))
    return lines


@lru_cache(maxsize=4096)
def _wrap(runs: tuple[Run, ...], size: float, first: float, rest: float) -> tuple[_Line, ...]:
    """Wrapped lines, remembered: the header and the wording repeat on every copy and every form."""
    lines: list[_Line] = []
    for paragraph in _paragraphs(runs):
        lines.extend(_wrap_words(_words(paragraph), size, rest if lines else first, rest))
    return tuple(lines)


@lru_cache(maxsize=256)
def _wrap_balanced(runs: tuple[Run, ...], size: float, width: float) -> tuple[_Line, ...]:
    """A centred heading that needs two lines reads better as two lines of similar length."""
    lines = _wrap(runs, size, width, width)
    if len(lines) < 2:
        return lines
    low, high = sum(line.width for line in lines) / len(lines), width
    for _ in range(12):
        middle = (low + high) / 2
        if len(_wrap(runs, size, middle, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return _wrap(runs, size, high, high)


class Column:
    """Lines stacked downwards in a fixed band of the page; every block of a form is built of these.

    A plain column is a block that stays in one piece: it is laid out from y = 0 and put on the
    page by `place`. A `Flow` is the column of the page itself and breaks onto new pages.
    """

    def __init__(self, x: float, width: float, y: float = 0.0) -> None:
        self.x = x
        self.width = width
        self.y = y
        self.ops: list[Op] = []

    def text(
        self,
        runs: Sequence[Run],
        size: float,
        *,
        align: Align = Align.LEFT,
        indent: float = 0.0,
        label: str = "",
        hang: float = 0.0,
        leading: float = LEADING,
        balanced: bool = False,
    ) -> float:
        """Lay out wrapped text; returns the width of its widest line, for a rule drawn under it.

        A `label` (the number of a list item) prints at `indent` on the first line, and the text
        `hang` further in on every line, so wrapped lines align under the text, not the number.
        """
        start = indent + hang
        room = self.width - start
        runs = tuple(runs)
        lines = _wrap_balanced(runs, size, room) if balanced else _wrap(runs, size, room, room)
        pitch = size * leading
        baseline = (pitch - (_ASCENT + _DESCENT) * size) / 2 + _ASCENT * size
        for number, line in enumerate(lines):
            self._room(pitch)
            if label and number == 0:
                self.ops.append(TextOp(self.x + indent, self.y + baseline, label, Style.REGULAR, size))
            x = self.x + start
            if align is Align.CENTER:
                x += (room - line.width) / 2
            for piece in line.pieces:
                self.ops.append(TextOp(x, self.y + baseline, piece.text, piece.style, size))
                x += piece.width
            self.y += pitch
        return max(line.width for line in lines)

    def gap(self, height: float) -> None:
        self.y += height

    def rule(self, x1: float, x2: float) -> None:
        self.ops.append(RuleOp(x1, x2, self.y))

    def centred_rule(self, length: float) -> None:
        middle = self.x + self.width / 2
        self.rule(middle - length / 2, middle + length / 2)

    def shape(self, x: float, height: float, boxes: tuple[tuple[float, float, float, float], ...]) -> None:
        self._room(height)
        self.ops.append(ShapeOp(x, self.y, boxes))
        self.y += height

    def block(self, offset: float = 0.0, width: float | None = None) -> Column:
        """A column for a block that `place` will put at this column's current height."""
        return Column(self.x + offset, self.width - offset if width is None else width)

    def place(self, *blocks: Column) -> None:
        """Put blocks side by side at the current height, kept together on one page."""
        height = max(block.y for block in blocks)
        self._room(height)
        for block in blocks:
            self.ops.extend(op.lowered(self.y) for op in block.ops)
        self.y += height

    def _room(self, height: float) -> None:
        """A block never breaks; see `Flow`."""


class Flow(Column):
    """The body of a form: a column that goes on over a new page when the current one is full.

    Every page after the first starts with the `continued` line, so that a loose sheet still
    says which dossier and copy it belongs to.
    """

    def __init__(self, frame: Frame, continued: Sequence[Run], continued_size: float) -> None:
        super().__init__(frame.left, frame.width - frame.left - frame.right, frame.top)
        self.frame = frame
        self._continued = continued
        self._continued_size = continued_size
        self._pages: list[list[Op]] = [self.ops]
        self._page_top = frame.top

    def keep(self, height: float) -> None:
        """Start a new page unless `height` still fits on this one."""
        self._room(height)

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def _room(self, height: float) -> None:
        frame = self.frame
        if frame.height is None or self.y <= self._page_top:
            return
        if self.y + height > frame.height - frame.bottom:
            self._new_page()

    def _new_page(self) -> None:
        self.ops = []
        self._pages.append(self.ops)
        self.y = self.frame.top
        self.text(self._continued, self._continued_size)
        self.gap(self._continued_size)
        self._page_top = self.y

    def pages(self) -> list[Page]:
        """The laid-out pages, numbered at the foot when there is more than one."""
        frame = self.frame
        height = self.y + frame.bottom if frame.height is None else frame.height
        count = len(self._pages)
        pages = []
        for number, ops in enumerate(self._pages, start=1):
            if count > 1:
                label = f"Trang {number}/{count}"
                width = _width(label, Style.ITALIC, self._continued_size)
                foot = height - frame.bottom / 2
                ops = [*ops, TextOp(self.x + (self.width - width) / 2, foot, label, Style.ITALIC, self._continued_size)]
            pages.append(Page(frame.width, height, tuple(ops)))
        return pages


def render(pages: Iterable[Page], title: str) -> bytes:
    """Draw laid-out pages into a PDF; the same pages always give the same bytes, so a reprint
    is the very document first printed."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1, pageCompression=0, initialFontName=Style.REGULAR.value)
    pdf.setTitle(title)
    pdf.setCreator("Một Cửa Desk")
    for page in pages:
        pdf.setPageSize((page.width, page.height))
        _draw(pdf, page)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _draw(pdf: canvas.Canvas, page: Page) -> None:
    """All text of a page goes into one text object, and each symbol into one literal path:
    drawing string by string and box by box through the canvas costs more than the layout."""
    pdf.setLineWidth(RULE_WIDTH)
    text = pdf.beginText()
    font: tuple[Style, float] | None = None
    for op in page.ops:
        y = page.height - op.y
        if isinstance(op, TextOp):
            if font != (op.style, op.size):
                font = (op.style, op.size)
                text.setFont(op.style.value, op.size)
            text.setTextOrigin(op.x, y)
            text.textOut(op.text)
        elif isinstance(op, RuleOp):
            pdf.line(op.x1, y, op.x2, y)
        else:
            pdf.addLiteral(f"q 1 0 0 1 {op.x:.3f} {y:.3f} cm {_path(op.boxes)} f Q")
    pdf.drawText(text)


@lru_cache(maxsize=64)
def _path(boxes: tuple[tuple[float, float, float, float], ...]) -> str:
    """PDF path operators for boxes measured down from the origin, which is their top left."""
    return " ".join(f"{x:.3f} {-top - height:.3f} {width:.3f} {height:.3f} re" for x, top, width, height in boxes)
