import { calendarOf, type Form, type Position, type PositionSuccessor, type Province, type Unit, type UnitSuccessor } from '@tthc/language';
import type { FormModel, LevelName, PositionModel, ProvinceModel, SuccessorModel, UnitModel, UnitRef } from '../model/procedure-model.js';
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
    const successors = unit.successors.map(s => lowerSuccessor(s, s.unit.$refText));
    return {
        ...unitRef(unit),
        positions: unit.positions.map(position => lowerPosition(position, unit)),
        ...(successors.length > 0 ? { successors } : {}),
        source: sourceOf(unit)
    };
}

// As written (the reference's text): the successor is named, not resolved, so that a diff of two
// catalogues compares what their authors wrote.
function lowerSuccessor(successor: UnitSuccessor | PositionSuccessor, target: string): SuccessorModel {
    return { target, sectors: [...successor.sectors], ...(successor.level !== undefined ? { level: successor.level } : {}) };
}

/** A position, identified as `Unit.Position`. */
export function lowerPosition(position: Position, unit: Unit): PositionModel {
    const successors = position.successors.map(s => lowerSuccessor(s, s.position.$refText));
    return {
        id: `${unit.name}.${position.name}`, name: position.name, title: position.title, leader: position.leader,
        ...(successors.length > 0 ? { successors } : {}),
        source: sourceOf(position)
    };
}

/** A form, shared or a procedure's own. */
export function lowerForm(form: Form): FormModel {
    return { id: form.name, title: form.title, ...(form.code !== undefined ? { code: form.code } : {}), source: sourceOf(form) };
}
