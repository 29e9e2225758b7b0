"""Tagged, accessible PDFs with reportlab: one structure tree, marked content, language.

reportlab writes the catalog but tags nothing. Every PDF of the program is built with
``build`` on a ``TaggedCanvas`` from these flowables, and so it carries:

- marked content on every page: each paragraph, table cell and picture is a ``BDC … EMC``
  sequence with an MCID; rules, fills, repeated table headings and page footers are
  ``/Artifact``;
- a structure tree in reading (drawing) order: ``Document`` → ``H1``–``H6``, ``P``,
  ``L``/``LI``/``LBody``, ``Table``/``TR``/``TH``/``TD`` (``TH`` with ``/Scope /Column`` or
  ``/Row``), ``Figure`` with ``/Alt``; a ``ParentTree`` from each page's ``/StructParents``
  back to the elements;
- ``/Lang`` (sv-SE, en-GB or the form's language), ``/MarkInfo``, ``DisplayDocTitle`` and XMP
  metadata with the title; only embedded fonts (Bitstream Vera; the bundled Noto fonts for
  the participant's languages, ``fonts.py``), never Helvetica;
- a paragraph in another language than the document's carries its own ``/Lang`` (as a
  ``Span`` inside a table cell), and text drawn in display order (Arabic script) its
  ``/ActualText`` in reading order.

A flowable is tagged by the class it is made with: ``Paragraph(text, style, role="H2")``,
``Table(data, header_rows=1, row_headers=True)``, ``Figure(drawing_or_image, alt)``. Spacers
and page breaks draw nothing. A paragraph that is split over two pages stays one element;
a table's rows on the next page join the same ``Table`` and its repeated heading row is an
artifact there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.graphics.shapes import Drawing
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFPage,
    PDFStream,
    PDFString,
)
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import TableRenderCB

FONT, FONT_BOLD = "VagledareSans", "VagledareSans-Bold"
LANGS = {"sv": "sv-SE", "en": "en-GB"}


def register_fonts() -> None:
    """Embed Bitstream Vera (shipped with reportlab): åäö and – everywhere, same look."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    import reportlab

    base = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(base / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(base / "VeraBd.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def pdf_lang(code: str) -> str:
    """The document language: sv-SE, en-GB, or a form's own code (``ar``, ``so`` …)."""
    return LANGS.get(code, code)


class Element:
    """A structure element: its type, attributes and kids (elements and marked content)."""

    __slots__ = ("role", "parent", "kids", "attrs")

    def __init__(self, role: str, parent: Element | None, **attrs: Any) -> None:
        self.role = role
        self.parent = parent
        self.kids: list[Element | tuple[int, int]] = []  # (page number, MCID)
        self.attrs = attrs
        if parent is not None:
            parent.kids.append(self)


class Tagger:
    """The structure tree of one document and the marked content of its pages."""

    def __init__(self) -> None:
        self.root = Element("Document", None)
        self._keyed: dict[object, Element] = {}
        self._mcids: dict[int, list[Element]] = {}  # page number → element of each MCID
        self._pages: list[tuple[int, PDFPage]] = []
        self._open: list[bool] = []  # the open sequences: True for content, False artifact

    @property
    def busy(self) -> bool:
        """Inside a sequence: what is drawn now belongs to it (a paragraph in a cell)."""
        return bool(self._open)

    def has(self, key: object) -> bool:
        return key in self._keyed

    def element(self, key: object, role: str, within: object = None, **attrs: Any) -> Element:
        """The element drawn under ``key`` (the pieces of a split paragraph or table share
        one), made on first use under the document (or the element drawn under ``within``);
        list items gather in one ``L``."""
        found = self._keyed.get(key)
        if found is None:
            parent = self._keyed[within] if within is not None else self.root
            if role == "LI":
                last = parent.kids[-1] if parent.kids else None
                if not (isinstance(last, Element) and last.role == "L"):
                    last = Element("L", parent)
                found = Element("LBody", Element("LI", last))
            else:
                found = Element(role, parent, **attrs)
            self._keyed[key] = found
        return found

    def begin(self, canv: canvas.Canvas, element: Element) -> None:
        page = canv.getPageNumber()
        mcids = self._mcids.setdefault(page, [])
        element.kids.append((page, len(mcids)))
        canv.addLiteral(f"/{element.role} <</MCID {len(mcids)}>> BDC")
        mcids.append(element)
        self._open.append(True)

    def begin_artifact(self, canv: canvas.Canvas, kind: str = "Layout") -> None:
        canv.addLiteral(f"/Artifact <</Type /{kind}>> BDC")
        self._open.append(False)

    def end(self, canv: canvas.Canvas) -> None:
        self._open.pop()
        canv.addLiteral("EMC")

    @contextmanager
    def content(self, canv: canvas.Canvas, element: Element) -> Iterator[None]:
        self.begin(canv, element)
        yield
        self.end(canv)

    @contextmanager
    def artifact(self, canv: canvas.Canvas, kind: str = "Layout") -> Iterator[None]:
        self.begin_artifact(canv, kind)
        yield
        self.end(canv)

    @contextmanager
    def span(self, canv: canvas.Canvas, lang: str | None, actual: str | None) -> Iterator[None]:
        """A ``Span`` inside the open content sequence with its own language and, for text
        drawn in display order, its text in reading order."""
        props = ""
        if lang:
            props += f" /Lang {_text_string(pdf_lang(lang))}"
        if actual:
            props += f" /ActualText {_text_string(actual)}"
        canv.addLiteral(f"/Span <<{props} >> BDC")
        self._open.append(True)
        yield
        self.end(canv)

    def page_shown(self, number: int, page: PDFPage) -> None:
        """Give the finished page its key into the parent tree and the structure tab order."""
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = len(self._pages)
        page.Tabs = PDFName("S")
        self._pages.append((number, page))

    def finish(self, doc: PDFDocument) -> None:
        """Write the structure tree, the parent tree and the catalog's entries into ``doc``
        (each element as ready-made bytes: reportlab's own objects took longer than drawing)."""
        order: list[Element] = []
        stack = [self.root]
        while stack:
            e = stack.pop()
            order.append(e)
            stack.extend(k for k in reversed(e.kids) if isinstance(k, Element))
        tree = _Raw()
        raws = {id(e): _Raw() for e in order}
        number = {key: _number(doc, raw) for key, raw in raws.items()}
        pages = {n: _number(doc, page) for n, page in self._pages}
        for e in order:
            raw = raws[id(e)]
            parent = number[id(e.parent)] if e.parent is not None else _number(doc, tree)
            raw.add(f"<</Type /StructElem /S /{e.role} /P {parent} 0 R")
            home = next((k[0] for k in e.kids if isinstance(k, tuple)), None)
            if home is not None:
                raw.add(f" /Pg {pages[home]} 0 R")
            kids = []
            for k in e.kids:
                if isinstance(k, Element):
                    kids.append(f"{number[id(k)]} 0 R")
                elif k[0] == home:
                    kids.append(str(k[1]))
                else:  # a paragraph or table continued on the next page
                    kids.append(f"<</Type /MCR /Pg {pages[k[0]]} 0 R /MCID {k[1]}>>")
            raw.add(f" /K [{' '.join(kids)}]")
            for name, value in e.attrs.items():
                raw.add(f" /{name} ")
                raw.add(value)
            raw.add(">>")
        nums = " ".join(
            f"{i} [{' '.join(f'{number[id(e)]} 0 R' for e in self._mcids.get(n, []))}]"
            for i, (n, _) in enumerate(self._pages)
        )
        tree.add(f"<</Type /StructTreeRoot /K {number[id(self.root)]} 0 R ")
        tree.add(f"/ParentTree <</Nums [{nums}]>> /ParentTreeNextKey {len(self._pages)}>>")
        catalog = doc.Catalog
        catalog.StructTreeRoot = tree
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Metadata = _xmp(doc)


class _Raw(PDFObject):
    """An indirect object written as given: text, and PDF objects formatted in place."""

    __RefOnly__ = 1

    def __init__(self) -> None:
        self.parts: list[str | PDFObject] = []

    def add(self, part: str | PDFObject) -> None:
        self.parts.append(part)

    def format(self, document: PDFDocument) -> bytes:
        return b"".join(
            p.encode("latin-1") if isinstance(p, str) else p.format(document) for p in self.parts
        )


def _text_string(text: str) -> str:
    """A PDF text string in a content stream: UTF-16 with its byte order mark, in hex."""
    return "<" + ("\ufeff" + text).encode("utf-16-be").hex().upper() + ">"


def _number(doc: PDFDocument, obj: PDFObject) -> int:
    """The object number of ``obj`` in ``doc`` (registered on first use)."""
    number: int = doc.idToObjectNumberAndVersion[doc.Reference(obj).name][0]
    return number


def _xmp(doc: PDFDocument) -> PDFStream:
    """XMP metadata: title (what the viewer's title bar shows), language, PDF/UA part 1."""
    info = doc.info
    lang = doc.Catalog.Lang.s if doc.Catalog.Lang is not None else "x-default"
    described = (
        f"<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{escape(info.subject)}"
        "</rdf:li></rdf:Alt></dc:description>"
        if info.subject != "unspecified"
        else ""
    )
    xml = (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
        "xmlns:pdf='http://ns.adobe.com/pdf/1.3/' xmlns:xmp='http://ns.adobe.com/xap/1.0/' "
        "xmlns:pdfuaid='http://www.aiim.org/pdfua/ns/id/'>"
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>{escape(info.title)}</rdf:li>"
        "</rdf:Alt></dc:title>"
        f"{described}"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>"
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>"
        "<pdfuaid:part>1</pdfuaid:part>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='r'?>"
    )
    kind = {"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}
    return PDFStream(PDFDictionary(kind), xml.encode("utf-8"))  # unfiltered: readable


def _tagger(canv: canvas.Canvas) -> Tagger | None:
    """The canvas's tagger, unless a sequence is open (then the drawing belongs to it)."""
    tagger: Tagger | None = getattr(canv, "tagger", None)
    return None if tagger is None or tagger.busy else tagger


class TaggedCanvas(canvas.Canvas):
    """A canvas that collects the structure tree; furniture goes in ``self.tagger.artifact``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tagger = Tagger()
        self.setViewerPreference("DisplayDocTitle", "true")

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        number = self._pageNumber
        super().showPage()
        self.tagger.page_shown(number, self._doc.Pages.pages[-1])

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self.tagger.finish(self._doc)
        super().save()


def build(
    doc: BaseDocTemplate,
    story: list[Flowable],
    lang: str,
    canvasmaker: type[TaggedCanvas] = TaggedCanvas,
) -> None:
    """Build ``doc`` as a tagged PDF in ``lang`` ("sv", "en" or a form's language code)."""
    register_fonts()
    doc.lang = pdf_lang(lang)
    doc.initialFontName = FONT  # no Helvetica in the page preamble
    doc.build(story, canvasmaker=canvasmaker)


class Paragraph(platypus.Paragraph):
    """A paragraph tagged ``role``: P (the default), H1–H6, Caption, or LI when it has a
    bullet; under the element of ``within`` when given, else under the document."""

    def __init__(
        self,
        text: str | None,
        style: Any = None,
        bulletText: str | None = None,  # noqa: N803 - reportlab API
        frags: Any = None,
        caseSensitive: int = 1,  # noqa: N803 - reportlab API
        encoding: str = "utf8",
        role: str | None = None,
        within: Flowable | None = None,
        lang: str | None = None,
        actual: str | None = None,
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self.role = role or ("LI" if bulletText else "P")
        self.key: object = object()
        self.within = within  # e.g. a Caption in its Figure (drawn before it)
        self.lang = lang  # its own language, when it differs from the document's
        self.actual = actual  # its text in reading order, when drawn in another

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        pieces: list[Flowable] = super().split(availWidth, availHeight)
        for p in pieces:
            p.role, p.key, p.within = self.role, self.key, self.within
            p.lang, p.actual = self.lang, self.actual
        return pieces

    def drawOn(self, canv: canvas.Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        tagger = _tagger(canv)
        lang, actual = getattr(self, "lang", None), getattr(self, "actual", None)
        if tagger is None:
            outer: Tagger | None = getattr(canv, "tagger", None)
            if outer is None or not (lang or actual):
                super().drawOn(canv, x, y, _sW)
                return
            # In a table cell: a Span of the cell's content says the language.
            with outer.span(canv, lang, actual):
                super().drawOn(canv, x, y, _sW)
            return
        attrs: dict[str, Any] = {}
        if lang:
            attrs["Lang"] = PDFString(pdf_lang(lang))
        if actual:
            attrs["ActualText"] = PDFString(actual)
        with tagger.content(canv, tagger.element(self.key, self.role, self.within, **attrs)):
            super().drawOn(canv, x, y, _sW)


class Figure(Flowable):
    """A picture (an image or a drawing) with its text alternative: a ``Figure`` element."""

    def __init__(self, content: Flowable, alt: str) -> None:
        super().__init__()
        if not alt.strip():
            raise ValueError("A figure needs a text alternative.")
        self.content, self.alt = content, alt
        self.hAlign = getattr(content, "hAlign", "LEFT")
        if isinstance(content, Drawing) and getattr(content, "initialFontName", None) is None:
            content.initialFontName = FONT  # its graphics state starts in Vera, not Times

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.content.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        tagger = _tagger(canv)
        if tagger is None:
            self.content.drawOn(canv, 0, 0)
            return
        box = [*canv.absolutePosition(0, 0), *canv.absolutePosition(self.width, self.height)]
        layout = f"<</O /Layout /BBox [{fp_str(*box)}]>>"
        element = tagger.element(self, "Figure", Alt=PDFString(self.alt), A=layout)
        with tagger.content(canv, element):
            self.content.drawOn(canv, 0, 0)


class Table(platypus.Table):
    """A table whose first ``header_rows`` rows are column headings and, with
    ``row_headers``, whose first column heads its rows (``TH`` with ``/Scope``). Its cells
    are in Vera unless a style says otherwise. Arguments after ``data`` by keyword."""

    def __init__(
        self,
        data: Any,
        *,
        header_rows: int = 0,
        row_headers: bool = False,
        style: Any = None,
        renderCB: TableRenderCB | None = None,  # noqa: N803 - reportlab API
        **kwargs: Any,
    ) -> None:
        # The pieces of a split table are made with the same callback (and the cell styles
        # of the whole): one Table element.
        whole = renderCB is None
        renderCB = renderCB or _TableTags(header_rows, row_headers)
        super().__init__(data, renderCB=renderCB, **kwargs)
        if whole:
            self.setStyle([("FONT", (0, 0), (-1, -1), FONT)])
        if style is not None:
            self.setStyle(style)


class _TableTags(TableRenderCB):
    """Marks a table's cells as it draws them (reportlab's render callback)."""

    def __init__(self, header_rows: int, row_headers: bool) -> None:
        self.header_rows, self.row_headers = header_rows, row_headers
        self._tagger: Tagger | None = None
        self._continued = self._repeat = self._heading = False
        self._table: Element | None = None
        self._row: Element | None = None

    def startTable(self, T: platypus.Table) -> None:  # noqa: N802, N803
        self._tagger = _tagger(T.canv)
        if self._tagger is not None:
            self._continued = self._tagger.has(self)
            self._table = self._tagger.element(self, "Table")

    def _artifact(self, T: platypus.Table) -> None:  # noqa: N803
        if self._tagger is not None:
            self._tagger.begin_artifact(T.canv)

    def _end(self, T: platypus.Table) -> None:  # noqa: N803
        if self._tagger is not None:
            self._tagger.end(T.canv)

    startBG = startLines = _artifact  # noqa: N815 - fills and rules
    endBG = endLines = endCell = _end  # noqa: N815

    def startRow(self, T: platypus.Table, rowNo: int) -> None:  # noqa: N802, N803
        # On a continued page the first repeatRows rows repeat the heading: furniture.
        self._repeat = self._continued and rowNo < T.repeatRows
        self._heading = not self._continued and rowNo < self.header_rows
        if self._tagger is not None and not self._repeat:
            self._row = Element("TR", self._table)

    def startCell(self, T: platypus.Table, rowNo: int, colNo: int, *_: Any) -> None:  # noqa: N802, N803
        if self._tagger is None:
            return
        if self._repeat:
            self._tagger.begin_artifact(T.canv, "Pagination")
            return
        attrs = ""
        role = "TD"
        if self._heading or (colNo == 0 and self.row_headers):
            role = "TH"
            attrs = " /Scope /Column" if self._heading else " /Scope /Row"
        span = (getattr(T, "_spanRanges", None) or {}).get((colNo, rowNo))
        if span is not None:
            sc, sr, ec, er = span
            if ec > sc:
                attrs += f" /ColSpan {ec - sc + 1}"
            if er > sr:
                attrs += f" /RowSpan {er - sr + 1}"
        cell = Element(role, self._row, **({"A": f"<</O /Table{attrs}>>"} if attrs else {}))
        self._tagger.begin(T.canv, cell)

    def endRow(self, T: platypus.Table) -> None:  # noqa: N802, N803
        self._row = None

    def endTable(self, T: platypus.Table) -> None:  # noqa: N802, N803
        self._tagger = None
