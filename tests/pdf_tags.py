"""A PDF's tagging read back with pypdf and checked as far as a validator would check what
matters here (veraPDF cannot be installed; the tests run no system programs).

``check_tagged`` fails when: a text, path or image operator lies outside marked content that
is an artifact or carries an MCID; an MCID sits inside another; an MCID's element (found
through the page's /StructParents in the ParentTree) is not reachable from the
StructTreeRoot or does not name that content back; a structure type is not standard; a TH has
no /Scope; a Figure has no /Alt; a heading level is skipped; a font is not embedded; /Lang,
/MarkInfo, DisplayDocTitle or the XMP title is missing. It returns what it read."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import BooleanObject, ContentStream, DictionaryObject, IndirectObject, NameObject

TEXT_OPS = {b"Tj", b"TJ", b"'", b'"'}
DRAW_OPS = {
    *(b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"sh", b"Do", b"INLINE IMAGE"),
    *(b"m", b"l", b"c", b"v", b"y", b"h", b"re"),  # a path is built where it is painted
}
STANDARD = frozenset(
    ("Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI")
    + ("Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6")
    + ("L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot")
    + ("Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby")
    + ("Warichu", "Figure", "Formula", "Form")
)


@dataclass
class Tags:
    """What a tagged PDF holds, for the tests' own assertions."""

    lang: str
    title: str
    roles: Counter[str] = field(default_factory=Counter)  # structure types, counted
    headings: list[tuple[str, str]] = field(default_factory=list)  # ("H1", text) in order
    alts: list[str] = field(default_factory=list)  # each Figure's /Alt
    scopes: Counter[str] = field(default_factory=Counter)  # TH scopes: "Column", "Row"
    text_colours: set[tuple[float, float, float]] = field(default_factory=set)  # RGB 0–1
    tagged_ops: int = 0  # content operators in marked content with an MCID
    artifact_ops: int = 0  # content operators in an artifact


def _get(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _true(obj: Any) -> bool:
    return isinstance(obj, BooleanObject) and obj.value is True


def _idnum(ref: Any) -> int:
    assert isinstance(ref, IndirectObject), f"not an indirect object: {ref!r}"
    return int(ref.idnum)


@dataclass
class _Element:
    role: str
    content: set[tuple[int, int]] = field(default_factory=set)  # (page object number, MCID)
    kids: list[int] = field(default_factory=list)


def _walk_tree(root: DictionaryObject) -> tuple[dict[int, _Element], list[int]]:
    """Every element reachable from the StructTreeRoot, by object number, and their order."""
    elements: dict[int, _Element] = {}
    order: list[int] = []

    def visit(ref: Any, page: int | None) -> None:
        num = _idnum(ref)
        assert num not in elements, f"element {num} reached twice"
        d = _get(ref)
        role = str(d["/S"])[1:]
        assert role in STANDARD, f"not a standard structure type: {role}"
        e = elements[num] = _Element(role)
        order.append(num)
        if "/Pg" in d:
            page = _idnum(d.raw_get("/Pg"))
        kids = d.get("/K", [])
        raw = d.raw_get("/K") if "/K" in d else None
        items = list(kids) if isinstance(_get(raw), list) else [raw] if raw is not None else []
        for k in items:
            obj = _get(k)
            if isinstance(obj, int):
                assert page is not None, f"MCID {obj} of {role} without a page"
                e.content.add((page, obj))
            elif isinstance(obj, DictionaryObject) and obj.get("/Type") == "/MCR":
                pg = _idnum(obj.raw_get("/Pg")) if "/Pg" in obj else page
                assert pg is not None
                e.content.add((pg, int(obj["/MCID"])))
            else:
                assert isinstance(k, IndirectObject), f"{role}: odd kid {k!r}"
                e.kids.append(_idnum(k))
                visit(k, page)

    doc = root.raw_get("/K")
    for k in _get(doc) if isinstance(_get(doc), list) else [doc]:
        visit(k, None)
    return elements, order


def _numbers(tree: DictionaryObject) -> dict[int, Any]:
    """A number tree (ParentTree) as a dict."""
    out: dict[int, Any] = {}
    nums = tree.get("/Nums", [])
    for i in range(0, len(nums), 2):
        out[int(nums[i])] = _get(nums[i + 1])
    for kid in tree.get("/Kids", []):
        out |= _numbers(_get(kid))
    return out


def _fonts_embedded(resources: Any) -> None:
    for name, ref in _get(resources).get("/Font", {}).items():
        font = _get(ref)
        assert font["/Subtype"] != "/Type3", f"{name}: a Type3 font"
        if font["/Subtype"] == "/Type0":
            font = _get(font["/DescendantFonts"][0])
        desc = _get(font.get("/FontDescriptor"))
        assert desc is not None, f"{name} {font.get('/BaseFont')}: a standard font, not embedded"
        assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def _page_texts(page: Any) -> dict[int, str]:
    """The text shown in each MCID of a page (pypdf decodes the fonts' own encodings)."""
    out: dict[int, str] = {}
    open_: list[int | None] = []

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"BDC":
            props = _get(args[1])
            open_.append(props.get("/MCID") if isinstance(props, DictionaryObject) else None)
        elif op == b"BMC":
            open_.append(None)
        elif op == b"EMC":
            open_.pop()

    def text(t: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        mcid = next((m for m in reversed(open_) if m is not None), None)
        if mcid is not None and t.strip():
            out[int(mcid)] = out.get(int(mcid), "") + " " + t

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return {k: " ".join(v.split()) for k, v in out.items()}


def check_tagged(data: bytes, lang: str) -> Tags:
    """Check the PDF ``data`` (see the module's text) in language ``lang``; return its tags."""
    reader = PdfReader(io.BytesIO(data))
    catalog = reader.trailer["/Root"]
    assert catalog.get("/Lang") == lang, catalog.get("/Lang")
    assert _true(catalog["/MarkInfo"]["/Marked"])
    assert _true(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    title = reader.metadata.title if reader.metadata else None
    assert title and title != "untitled"
    xmp = reader.xmp_metadata
    assert xmp is not None and xmp.dc_title == {"x-default": title}
    assert xmp.dc_language == [lang]

    elements, order = _walk_tree(_get(catalog["/StructTreeRoot"]))
    assert elements[order[0]].role == "Document"
    parents = _numbers(_get(catalog["/StructTreeRoot"]["/ParentTree"]))
    tags = Tags(lang, title)

    for page in reader.pages:
        num = _idnum(page.indirect_reference)
        assert page.get("/Tabs") == "/S"
        _fonts_embedded(page["/Resources"])
        by_mcid = parents[int(page["/StructParents"])]
        seen: set[int] = set()
        props = _get(page["/Resources"]).get("/Properties", {})
        stack: list[str | int] = []  # "artifact", "other" or an MCID
        fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
        saved: list[tuple[float, float, float]] = []
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op in (b"BDC", b"BMC"):
                tag = operands[0]
                p = _get(operands[1]) if op == b"BDC" else None
                if isinstance(p, NameObject):
                    p = _get(props[p])
                if tag == "/Artifact":
                    assert not any(isinstance(x, int) for x in stack), "artifact in content"
                    stack.append("artifact")
                elif isinstance(p, DictionaryObject) and "/MCID" in p:
                    mcid = int(p["/MCID"])
                    assert not any(isinstance(x, int) for x in stack), f"MCID {mcid} nested"
                    assert mcid not in seen, f"MCID {mcid} twice on a page"
                    seen.add(mcid)
                    owner = _idnum(by_mcid[mcid])
                    assert owner in elements, f"MCID {mcid}: element unreachable"
                    assert (num, mcid) in elements[owner].content, f"MCID {mcid} not named back"
                    assert f"/{elements[owner].role}" == tag, (tag, elements[owner].role)
                    stack.append(mcid)
                else:
                    stack.append("other")
            elif op == b"EMC":
                stack.pop()
            elif op == b"q":
                saved.append(fill)
            elif op == b"Q":
                fill = saved.pop()
            elif op == b"rg":
                fill = (float(operands[0]), float(operands[1]), float(operands[2]))
            elif op == b"g":
                fill = (float(operands[0]),) * 3
            elif op == b"k":
                c, m, y, k = (float(x) for x in operands)
                fill = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
            elif op in TEXT_OPS or op in DRAW_OPS:
                assert "artifact" in stack or any(isinstance(x, int) for x in stack), (
                    f"{op!r} outside marked content on page {page.page_number + 1}"
                )
                if "artifact" in stack:
                    tags.artifact_ops += 1
                else:
                    tags.tagged_ops += 1
                if op in TEXT_OPS:
                    tags.text_colours.add(fill)
        assert not stack, "unbalanced marked content"
        listed = {i for i, ref in enumerate(by_mcid) if ref is not None}
        assert listed == seen, f"parent tree lists MCIDs {sorted(listed - seen)} not on the page"

    texts = {
        (_idnum(page.indirect_reference), mcid): text
        for page in reader.pages
        for mcid, text in _page_texts(page).items()
    }
    level = 0
    for num in order:
        e = elements[num]
        tags.roles[e.role] += 1
        d = reader.get_object(num)
        if e.role == "TH":
            attrs = _get(d.get("/A"))
            for a in attrs if isinstance(attrs, list) else [attrs]:
                if a is not None and "/Scope" in _get(a):
                    tags.scopes[str(_get(a)["/Scope"])[1:]] += 1
                    break
            else:
                raise AssertionError("a TH without /Scope")
        if e.role == "Figure":
            alt = d.get("/Alt")
            assert alt and str(alt).strip(), "a Figure without /Alt"
            tags.alts.append(str(alt))
        if e.role == "Table":
            rows = [elements[k] for k in e.kids]
            assert rows and all(r.role == "TR" for r in rows)
            assert any(elements[c].role == "TH" for r in rows for c in r.kids), "no TH"
        if e.role in {"H1", "H2", "H3", "H4", "H5", "H6"}:
            n = int(e.role[1])
            assert n <= level + 1, f"{e.role} after H{level}: a level skipped"
            level = n
            text = " ".join(texts.get(c, "") for c in sorted(e.content)).strip()
            tags.headings.append((e.role, text))
        allowed = {"L": {"LI"}, "LI": {"Lbl", "LBody"}, "TR": {"TH", "TD"}}.get(e.role)
        if allowed is not None:
            assert e.kids and {elements[k].role for k in e.kids} <= allowed, e.role
    return tags
