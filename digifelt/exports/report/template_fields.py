"""Word fields in a template: the ones that only compute from the document stay; the rest
(INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, …, nested or unterminated alike) are removed, and for
a link or reference only the text it last showed is kept. Both simple fields (w:fldSimple) and
complex ones (w:fldChar begin/separate/end around w:instrText runs) are handled."""

from dataclasses import dataclass, field

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Fields that only compute from the document itself. Others are removed; for the ones in
# KEEP_RESULT_FIELDS the text last shown stays as plain text (a link's words, a reference).
SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME",
                         "CREATEDATE", "SAVEDATE", "PRINTDATE", "STYLEREF", "TITLE"})
KEEP_RESULT_FIELDS = frozenset({"HYPERLINK", "REF", "PAGEREF", "SEQ", "QUOTE"})


def wtag(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class _Field:
    code: list = field(default_factory=list)
    result: list = field(default_factory=list)
    controls: list = field(default_factory=list)
    instr: list = field(default_factory=list)
    in_result: bool = False
    nested: bool = False


def remove(el) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def unwrap(el) -> None:
    """Replace `el` by its children (tail text is only whitespace in WordprocessingML)."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for offset, child in enumerate(list(el)):
        parent.insert(index + offset, child)
    parent.remove(el)


def _field_name(instr: str) -> str:
    words = instr.strip().split()
    return words[0].upper().lstrip("\\") if words else ""


def clean_fields(root) -> None:
    for simple in list(root.iter(wtag("fldSimple"))):
        name = _field_name(simple.get(wtag("instr")) or "")
        if name in SAFE_FIELDS:
            continue
        if name in KEEP_RESULT_FIELDS:
            unwrap(simple)
        else:
            remove(simple)
    stack: list[_Field] = []
    doomed: list = []
    fld_char, instr_text, run_props = wtag("fldChar"), wtag("instrText"), wtag("rPr")
    for run in list(root.iter(wtag("r"))):
        for child in list(run):
            if child.tag == run_props:
                continue
            kind = child.get(wtag("fldCharType")) if child.tag == fld_char else None
            if kind == "begin":
                for outer in stack:
                    (outer.result if outer.in_result else outer.code).append(child)
                    outer.nested = outer.nested or not outer.in_result
                stack.append(_Field(controls=[child]))
                continue
            if kind in ("separate", "end") or child.tag == fld_char:
                if not stack:
                    doomed.append(child)
                    continue
                top = stack[-1]
                top.controls.append(child)
                for outer in stack[:-1]:
                    (outer.result if outer.in_result else outer.code).append(child)
                if kind == "separate":
                    top.in_result = True
                elif kind == "end":
                    doomed.extend(_verdict(stack.pop()))
                continue
            if child.tag == instr_text:
                if not stack or stack[-1].in_result:
                    doomed.append(child)
                    continue
                stack[-1].instr.append(child.text or "")
            for outer in stack:
                (outer.result if outer.in_result else outer.code).append(child)
    for unfinished in stack:
        doomed.extend(unfinished.controls + unfinished.code + unfinished.result)
    for el in doomed:
        remove(el)


def _verdict(f: _Field) -> list:
    """The elements to remove for a finished field."""
    name = _field_name("".join(f.instr))
    if name in SAFE_FIELDS and not f.nested:
        return []
    if name in KEEP_RESULT_FIELDS:
        return f.controls + f.code
    return f.controls + f.code + f.result
