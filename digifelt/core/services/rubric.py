"""The project's rubric: scale, areas and indicators — copied from a template, then editable."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, select

from digifelt.core.errors import ValidationError
from digifelt.core.models import (
    Area,
    ExcerptIndicator,
    Finding,
    Guide,
    GuideQuestion,
    Indicator,
    QuestionIndicator,
    RespondentGroup,
    ScaleLevel,
)
from digifelt.core.services.common import apply_changes, get_or_raise, require_text
from digifelt.storage.database import Database

if TYPE_CHECKING:  # opening a project needs no template parser (YAML, pydantic)
    from digifelt.core.template import RubricTemplate

AREA_FIELDS = ("code", "title", "description")
INDICATOR_FIELDS = ("code", "title", "description", "lookfors")


def copy_template(s: Session, template: "RubricTemplate") -> None:
    """Insert the template's scale, rubric, groups and guides into a fresh project."""
    for level in template.scale:
        s.add(ScaleLevel(value=level.value, label=level.label, description=level.description))
    by_code: dict[str, str] = {}
    for a_order, area_t in enumerate(template.areas):
        area = Area(code=area_t.code, title=area_t.title, description=area_t.description,
                    order=a_order)
        s.add(area)
        s.flush()  # no ORM relationships, so parents are flushed before their children
        for i_order, ind_t in enumerate(area_t.indicators):
            ind = Indicator(area_id=area.id, code=ind_t.code, title=ind_t.title,
                            description=ind_t.description, lookfors=list(ind_t.lookfors),
                            order=i_order)
            s.add(ind)
            by_code[ind.code] = ind.id
    groups = {}
    for name in template.groups:
        group = RespondentGroup(name=name)
        s.add(group)
        groups[name] = group.id
    s.flush()
    for guide_t in template.guides:
        guide = Guide(kind=guide_t.kind, title=guide_t.title, template_key=guide_t.id,
                      group_id=groups.get(guide_t.group) if guide_t.group else None)
        s.add(guide)
        s.flush()
        for q_order, q_t in enumerate(guide_t.questions):
            question = GuideQuestion(guide_id=guide.id, text=q_t.text, order=q_order)
            s.add(question)
            s.flush()
            for n, code in enumerate(q_t.indicators):
                s.add(QuestionIndicator(question_id=question.id, indicator_id=by_code[code],
                                        order=n))
    s.flush()


@dataclass
class AreaView:
    area: Area
    indicators: list[Indicator] = field(default_factory=list)


def rubric_tree(db: Database) -> list[AreaView]:
    """Areas in order, each with its indicators in order."""
    with db.read() as s:
        areas = s.exec(select(Area).order_by(Area.order, Area.code)).all()
        indicators = s.exec(select(Indicator).order_by(Indicator.order, Indicator.code)).all()
    views = {a.id: AreaView(a) for a in areas}
    for ind in indicators:
        views[ind.area_id].indicators.append(ind)
    return list(views.values())


def indicators_by_code(db: Database) -> dict[str, Indicator]:
    with db.read() as s:
        return {i.code: i for i in s.exec(select(Indicator)).all()}


def list_scale(db: Database) -> list[ScaleLevel]:
    with db.read() as s:
        return list(s.exec(select(ScaleLevel).order_by(ScaleLevel.value)).all())


def _check_unique_code(s: Session, model, code: str, own_id: str | None = None) -> None:
    require_text(code, "code")
    clash = s.exec(select(model).where(model.code == code)).first()
    if clash is not None and clash.id != own_id:
        raise ValidationError(f"code {code!r} is already used")


def add_area(db: Database, *, code: str, title: str, description: str | None = None) -> Area:
    require_text(title, "title")
    with db.transaction() as s:
        _check_unique_code(s, Area, code)
        order = s.exec(select(func.coalesce(func.max(Area.order) + 1, 0))).one()
        area = Area(code=code, title=title, description=description, order=order)
        s.add(area)
    return area


def update_area(db: Database, area_id: str, **changes) -> Area:
    with db.transaction() as s:
        area = get_or_raise(s, Area, area_id, "area")
        if "code" in changes:
            _check_unique_code(s, Area, changes["code"], area.id)
        if "title" in changes:
            require_text(changes["title"], "title")
        apply_changes(area, changes, AREA_FIELDS)
    return area


def delete_area(db: Database, area_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, Area, area_id, "area"))


def add_indicator(db: Database, *, area_id: str, code: str, title: str,
                  description: str | None = None, lookfors: list[str] | None = None) -> Indicator:
    require_text(title, "title")
    with db.transaction() as s:
        get_or_raise(s, Area, area_id, "area")
        _check_unique_code(s, Indicator, code)
        order = s.exec(select(func.coalesce(func.max(Indicator.order) + 1, 0))
                       .where(Indicator.area_id == area_id)).one()
        ind = Indicator(area_id=area_id, code=code, title=title, description=description,
                        lookfors=list(lookfors or []), order=order)
        s.add(ind)
    return ind


def update_indicator(db: Database, indicator_id: str, **changes) -> Indicator:
    with db.transaction() as s:
        ind = get_or_raise(s, Indicator, indicator_id, "indicator")
        if "code" in changes:
            _check_unique_code(s, Indicator, changes["code"], ind.id)
        if "title" in changes:
            require_text(changes["title"], "title")
        if "lookfors" in changes:
            changes["lookfors"] = [str(x) for x in changes["lookfors"]]
        apply_changes(ind, changes, INDICATOR_FIELDS)
    return ind


def indicator_usage(db: Database, indicator_id: str) -> int:
    """How many excerpts are tagged to the indicator (the UI warns before deleting it)."""
    with db.read() as s:
        return s.exec(select(func.count()).select_from(ExcerptIndicator)
                      .where(ExcerptIndicator.indicator_id == indicator_id)).one()


def delete_indicator(db: Database, indicator_id: str) -> None:
    """Deletes the indicator, its tags and its finding (the excerpts themselves stay)."""
    with db.transaction() as s:
        s.delete(get_or_raise(s, Indicator, indicator_id, "indicator"))


def move_indicator(db: Database, indicator_id: str, new_index: int) -> None:
    """Place an indicator at `new_index` within its area, renumbering the others."""
    with db.transaction() as s:
        ind = get_or_raise(s, Indicator, indicator_id, "indicator")
        siblings = [i for i in s.exec(select(Indicator).where(Indicator.area_id == ind.area_id)
                                      .order_by(Indicator.order)).all() if i.id != ind.id]
        siblings.insert(max(0, min(new_index, len(siblings))), ind)
        for n, item in enumerate(siblings):
            item.order = n


def move_area(db: Database, area_id: str, new_index: int) -> None:
    with db.transaction() as s:
        area = get_or_raise(s, Area, area_id, "area")
        others = [a for a in s.exec(select(Area).order_by(Area.order)).all() if a.id != area.id]
        others.insert(max(0, min(new_index, len(others))), area)
        for n, item in enumerate(others):
            item.order = n


def set_scale_level(db: Database, *, value: int, label: str,
                    description: str | None = None) -> ScaleLevel:
    """Add or relabel a level of the scale."""
    require_text(label, "label")
    with db.transaction() as s:
        level = s.exec(select(ScaleLevel).where(ScaleLevel.value == value)).first()
        if level is None:
            level = ScaleLevel(value=value, label=label, description=description)
            s.add(level)
        else:
            apply_changes(level, {"label": label, "description": description},
                          ("label", "description"))
    return level


def delete_scale_level(db: Database, value: int) -> None:
    with db.transaction() as s:
        used = s.exec(select(func.count()).select_from(Finding).where(Finding.level == value)).one()
        if used:
            raise ValidationError(f"level {value} is used by {used} finding(s)")
        level = s.exec(select(ScaleLevel).where(ScaleLevel.value == value)).first()
        if level is not None:
            s.delete(level)
