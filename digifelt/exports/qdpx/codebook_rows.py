"""The codebook of a .qdpx as the project's rubric: codes matched to indicators (by GUID, code,
then title), mapped or added as the user chose, or a new project's rubric made from them."""

from digifelt.core.services.snapshot import Row
from digifelt.exports.qdpx.row_forms import (
    QDA_AREA,
    CodeChoiceError,
    _code_key,
    _fold,
    derived_id,
    make_row,
    split_code,
)
from digifelt.exports.qdpx.xml_parts import CATEGORY_GUID, MARKS, mark_guid


class CodebookRows:
    """Builder's part for the codebook (it holds the state: see rows.Builder)."""

    def _rubric(self) -> None:
        marks = {mark_guid(m): m for m in MARKS}
        self.marks: dict[str, str] = {}
        self.code_of: dict[str, str] = {}  # REFI code GUID → indicator id
        self.area_of: dict[str, str] = {}  # REFI code GUID → area id
        # A code with a case's GUID is that case (NVivo's form, and digifelt's for QualCoder).
        self.case_codes = {c.guid for c in self.q.cases}
        codes = {g: c for g, c in self.q.codes.items()
                 if g != CATEGORY_GUID and c.parent != CATEGORY_GUID
                 and g not in self.case_codes}
        for g in self.q.codes:
            if g in marks:
                self.marks[g] = marks[g]
        if self.t.project is None and self.t.rubric is None:
            self._rubric_from_codes(codes)
            self._map_in_codebook(codes)
            return
        if self.t.rubric is not None:
            for kind in ("scale_level", "area", "indicator"):
                for row in self.t.rubric.get(kind, []):
                    self.add(kind, row)
            areas = {r["id"]: r for r in self.t.rubric.get("area", [])}
            indicators = {r["id"]: r for r in self.t.rubric.get("indicator", [])}
        else:
            areas = self.t.rows.get("area", {})
            indicators = self.t.rows.get("indicator", {})
        by_code = {_fold(r["code"]): i for i, r in indicators.items()}
        by_title = {_fold(r["title"]): i for i, r in indicators.items()}
        by_full = {_fold(f"{r['code']} {r['title']}"): i for i, r in indicators.items()}
        areas_by = {_fold(r["code"]): i for i, r in areas.items()} | {
            _fold(r["title"]): i for i, r in areas.items()} | {
            _fold(f"{r['code']} {r['title']}"): i for i, r in areas.items()}
        used = self._codings_per_code()
        self.plan.indicators = sorted(((r["code"], r["title"]) for r in indicators.values()),
                                      key=lambda ct: _code_key(ct[0]))
        mapped, added = self._chosen(codes, by_code)
        self._areas, self._indicators = areas, indicators
        self.plan.needs_area = not any(_fold(r["title"]) in {_fold(t) for t in QDA_AREA.values()}
                                       for r in areas.values())
        for g, c in codes.items():
            number, title = split_code(c.name)
            if g in mapped:
                self.code_of[g] = mapped[g]
                self.plan.mapped[c.name] = indicators[mapped[g]]["code"]
                continue
            if c.codable and not c.children:
                found = (g if g in indicators else None) or by_full.get(_fold(c.name)) or (
                    by_code.get(_fold(number)) if number else None) or by_title.get(
                    _fold(title))
                if g in added or (not found and used.get(g) and self.choices.add_unmatched):
                    self.code_of[g] = self._new_indicator(g, c)
                elif found:
                    self.code_of[g] = found
                    self.plan.matched[c.name] = indicators[found]["code"]
                elif used.get(g):
                    self.plan.unmatched_codes.append((g, c.name, used[g]))
                    self.plan.unmatched.append(
                        f"code “{c.name}” matches no indicator: its {used[g]} "
                        f"coding{'' if used[g] == 1 else 's'} stay untagged")
            elif g in added:
                self.code_of[g] = self._new_indicator(g, c)
            else:
                found = (g if g in areas else None) or areas_by.get(_fold(c.name)) or (
                    areas_by.get(_fold(number)) if number else None) or areas_by.get(
                    _fold(title))
                if found:
                    self.area_of[g] = found

    def _find_code(self, codes: dict, key: str, option: str) -> str:
        if key in codes:
            return key
        folded = _fold(key)
        for matches in (lambda c: _fold(c.name) == folded,
                        lambda c: _fold(split_code(c.name)[1]) == folded,
                        lambda c: _fold(split_code(c.name)[0] or "") == folded):
            found = [g for g, c in codes.items() if matches(c)]
            if found:
                return found[0]
        raise CodeChoiceError(f"{option}: the package has no code “{key}”")

    def _chosen(self, codes: dict, by_code: dict) -> tuple[dict[str, str], set[str]]:
        """The user's choices as code GUID → indicator id, and the GUIDs to add."""
        mapped = {}
        for key, code in self.choices.mapping.items():
            guid = self._find_code(codes, key, "--map")
            found = by_code.get(_fold(code))
            if found is None:
                raise CodeChoiceError(f"--map: this project's rubric has no indicator "
                                      f"“{code}”")
            mapped[guid] = found
        added = {self._find_code(codes, key, "--add") for key in self.choices.add}
        return mapped, added - set(mapped)

    def _map_in_codebook(self, codes: dict) -> None:
        """A rubric made from the codebook has every code as an indicator (nothing to add),
        but a code can still be mapped to another's indicator."""
        made = {r["id"]: r for r in self.rows.get("indicator", [])}
        mapped, _added = self._chosen(codes, {_fold(r["code"]): i for i, r in made.items()})
        for g, found in mapped.items():
            self.code_of[g] = found
            self.plan.matched.pop(codes[g].name, None)
            self.plan.mapped[codes[g].name] = made[found]["code"]

    def _qda_area(self) -> Row:
        """The area for codes added as indicators: the one made by an earlier import, else
        a new one with a code no area has."""
        titles = {_fold(t) for t in QDA_AREA.values()}
        for row in [*self._areas.values(), *self.plan.new_rubric.get("area", [])]:
            if _fold(row["title"]) in titles:
                return row
        taken = {_fold(r["code"]) for r in self._areas.values()}
        code, n = "Q", 2
        while _fold(code) in taken:
            code, n = f"Q{n}", n + 1
        row = make_row("area", id=derived_id("qda-area", self.q.name), code=code,
                       title=QDA_AREA.get(self.t.language, QDA_AREA["en"]),
                       order=len(self._areas), **self.times(None))
        self._new_rubric_row("area", row)
        return row

    def _new_indicator(self, guid: str, code) -> str:
        area = self._qda_area()
        siblings = [r for r in [*self._indicators.values(),
                                *self.plan.new_rubric.get("indicator", [])]
                    if r["area_id"] == area["id"]]
        taken = {_fold(r["code"]) for r in [*self._indicators.values(),
                                             *self.plan.new_rubric.get("indicator", [])]}
        n = 1
        while _fold(f"{area['code']}.{n}") in taken:
            n += 1
        row = make_row("indicator", id=derived_id("qda-indicator", self.q.name, guid),
                       area_id=area["id"], code=f"{area['code']}.{n}",
                       title=code.name.strip() or "—",
                       description=code.description or None, lookfors=[],
                       order=len(siblings), **self.times(None))
        self._new_rubric_row("indicator", row)
        self.plan.added[code.name] = row["code"]
        return row["id"]

    def _new_rubric_row(self, kind: str, row: Row) -> None:
        self.plan.new_rubric.setdefault(kind, []).append(row)
        if self.t.project is None:  # a new project's rubric comes with the merge
            self.add(kind, row)

    def _codings_per_code(self) -> dict[str, int]:
        used: dict[str, int] = {}
        for src in self.q.sources:
            for sel in src.selections:
                for g in sel.codes:
                    used[g] = used.get(g, 0) + 1
        return used

    def _rubric_from_codes(self, codes: dict) -> None:
        """A new project's rubric from the codebook: codes with codes under them (or that
        cannot be coded) are areas, the codes that can be coded are indicators."""
        areas: dict[str, Row] = {}
        taken_area: set[str] = set()
        taken: set[str] = set()
        loose: Row | None = None

        def unique(code: str, taken_set: set) -> str:
            out, n = code, 2
            while _fold(out) in taken_set:
                out, n = f"{code}-{n}", n + 1
            taken_set.add(_fold(out))
            return out

        def area_for(guid: str | None) -> Row:
            nonlocal loose
            top = guid
            while top is not None and codes.get(top) is not None and codes[top].parent in codes:
                top = codes[top].parent
            if top is None or top not in areas:
                if loose is None:
                    loose = self.add("area", make_row(
                        "area", id=derived_id("area", self.q.name), title="Koder"
                        if self.t.language == "nb" else "Codes",
                        code=unique(str(len(areas) + 1), taken_area), order=len(areas),
                        **self.times(None)))
                return loose
            return areas[top]

        for g, c in codes.items():
            if c.parent is None and (c.children or not c.codable):
                number, title = split_code(c.name)
                areas[g] = self.add("area", make_row(
                    "area", id=g, code=unique(number or str(len(areas) + 1), taken_area),
                    title=title or c.name or "—", description=c.description or None,
                    order=len(areas), **self.times(None)))
                self.area_of[g] = g
        for g, c in codes.items():
            if g in areas or (c.children and not c.codable):
                continue
            if c.children:
                self.area_of[g] = area_for(c.parent)["id"]
            area = area_for(c.parent)
            number, title = split_code(c.name)
            order = sum(1 for r in self.rows.get("indicator", []) if r["area_id"] == area["id"])
            self.add("indicator", make_row(
                "indicator", id=g, area_id=area["id"],
                code=unique(number or f"{area['code']}.{order + 1}", taken),
                title=title or c.name or "—", description=c.description or None,
                lookfors=[], order=order, **self.times(None)))
            self.code_of[g] = g
            self.plan.matched[c.name] = self.rows["indicator"][-1]["code"]

    # -- people ------------------------------------------------------------------------
