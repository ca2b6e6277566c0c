import { calendarOf, type Form, type Position, type Province, type Unit } from '@tthc/language';
import type { FormModel, LevelName, PositionModel, ProvinceModel, UnitModel, UnitRef } from '../model/procedure-model.js';
import { sourceOf } from './source-ref.js';

/** The province catalogue as the model keeps it, in declaration order. */
export function lowerProvince(province: Province): ProvinceModel {
    const calendar = calendarOf(province);
    return {
        id: province.name,
        title: province.title,
        ...(province.adminCode !== undefined ? { adminCode: province.adminCode } : {}),
        ...(province.agencyCode !== undefined ? { agencyCode: province.agencyCode } : {}),
        units: province.units.map(lowerUnit),
        forms: province.forms.map(lowerForm),
        ...(calendar ? { calendar } : {}),
        source: sourceOf(province)
    };
}

/** A unit as a step or procedure refers to it. */
export function unitRef(unit: Unit): UnitRef {
    if (unit.level !== 'province' && unit.level !== 'commune' && unit.level !== 'central') {
        throw new Error(`cannot lower unit '${unit.name}' at level '${unit.level}': the workspace was not checked`);
    }
    return {
        id: unit.name,
        title: unit.title,
        level: unit.level as LevelName,
        kind: unit.kind ?? '',
        ...(unit.agencyCode !== undefined ? { agencyCode: unit.agencyCode } : {}),
        ...(unit.wardTitle !== undefined ? { wardTitle: unit.wardTitle } : {})
    };
}

function lowerUnit(unit: Unit): UnitModel {
    return { ...unitRef(unit), positions: unit.positions.map(position => lowerPosition(position, unit)), source: sourceOf(unit) };
}

/** A position, identified as `Unit.Position`. */
export function lowerPosition(position: Position, unit: Unit): PositionModel {
    return { id: `${unit.name}.${position.name}`, name: position.name, title: position.title, leader: position.leader, source: sourceOf(position) };
}

/** A form, shared or a procedure's own. */
export function lowerForm(form: Form): FormModel {
    return { id: form.name, title: form.title, ...(form.code !== undefined ? { code: form.code } : {}), source: sourceOf(form) };
}
