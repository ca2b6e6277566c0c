import type { ValidationAcceptor } from 'langium';
import { isUnit, type Position, type Unit } from '../../generated/ast.js';
import { titleNamesDistrictBody } from '../../semantics/units.js';
import type { TitledOwner } from '../messages.js';
import { findReorganisedName, type ReorganisedName } from '../reorganised-names.js';
import { report } from '../report.js';

// District-era division names are also the names of some departments' own divisions ("Phòng Tài chính -
// Kế hoạch" of a hospital or a Sở): they are read as retired only where a commune body is meant.
const divisionsRead = (unit: Unit): boolean => unit.level !== 'province' && unit.level !== 'central';

/**
 * A unit titled with a name the 2025 reorganisation retired: a township, a district-era division, a
 * merged department, the wrong commune/ward variant. A district unit (`district-level`) and a title
 * naming a district body (`district-unit-title`) are reported by those rules, once.
 */
export function checkUnitReorganisedTitle(unit: Unit, accept: ValidationAcceptor): void {
    if (unit.level === 'district' || unit.title === undefined || titleNamesDistrictBody(unit.title)) {
        return;
    }
    const found = findReorganisedName(unit.title, { divisions: divisionsRead(unit) });
    if (found) reportName(accept, 'unit', unit, unit.title, found);
}

/**
 * A position titled with a retired name, or naming a district body. The positions of a district unit,
 * or of a unit whose title names a district body, are that unit's finding, not theirs.
 */
export function checkPositionReorganisedTitle(position: Position, accept: ValidationAcceptor): void {
    const unit = position.$container;
    if (position.title === undefined || !isUnit(unit) || unit.level === 'district' || (unit.title !== undefined && titleNamesDistrictBody(unit.title))) {
        return;
    }
    if (titleNamesDistrictBody(position.title)) {
        report(accept, 'abolished-body-title', { what: 'position', name: position.name, title: position.title, body: 'district' }, { node: position, property: 'title' });
        return;
    }
    const found = findReorganisedName(position.title, { divisions: divisionsRead(unit) });
    if (found) reportName(accept, 'position', position, position.title, found);
}

function reportName(accept: ValidationAcceptor, what: TitledOwner, node: Unit | Position, title: string, found: ReorganisedName): void {
    const written = title.slice(found.span.start, found.span.end);
    const where = { node, property: 'title' } as const;
    switch (found.kind) {
        case 'township':
            report(accept, 'abolished-body-title', { what, name: node.name, title, body: 'township' }, where);
            return;
        case 'division':
            report(accept, 'abolished-body-title', {
                what, name: node.name, title, body: 'division', written, commune: found.division.commune, ward: found.division.ward, place: found.place
            }, where);
            return;
        case 'department':
            report(accept, 'merged-department', {
                what, name: node.name, title, written, into: found.department.into,
                sectorsTo: found.department.sectorsTo ?? [], onlyWhereSetUp: found.department.onlyWhereSetUp === true
            }, where);
            return;
        case 'ward-variant':
            report(accept, 'ward-variant', { what, name: node.name, title, written, place: found.place, write: found.write }, where);
            return;
    }
}
