import { isUnit, type Position, type PositionSuccessor, type Procedure, type Unit, type UnitSuccessor } from '../generated/ast.js';
import { foldText } from '../references/text-folding.js';
import { titleNamesDistrictBody } from './units.js';

/** A local level a former district body's work can go to. */
export type SuccessorLevel = 'commune' | 'province';

/**
 * What decides which successor takes over a piece of work: the sector of the procedure (its `sector`), and
 * the level the procedure is implemented at once migrated (known after its authority's successor).
 */
export interface SuccessionKey {
    readonly sector?: string;
    readonly level?: SuccessorLevel;
}

/** The successor declarations of a unit or a position, whatever their target. */
type Declaration = UnitSuccessor | PositionSuccessor;

/** How a successor declaration is keyed: by sectors, by a level, or not at all (the rest of the work). */
export type SuccessorKeyKind = 'sector' | 'level' | 'rest';

/** The kind of key a declaration has. */
export function successorKeyKind(declaration: Declaration): SuccessorKeyKind {
    if (declaration.sectors.length > 0) return 'sector';
    if (declaration.level !== undefined) return 'level';
    return 'rest';
}

/** Sectors compare without case and diacritics, as designers type them ("Hộ tịch", "hộ tịch", "Ho tich"). */
export function foldSector(sector: string): string {
    return foldText(sector.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/**
 * The declaration that applies to a piece of work: the one naming the procedure's sector, else the one naming
 * its level, else the unkeyed one. `undefined` when none applies (no declaration, or only keyed ones that do
 * not cover the work: a human decides).
 */
export function applicableSuccessor<D extends Declaration>(declarations: readonly D[], key: SuccessionKey): D | undefined {
    const sector = key.sector !== undefined ? foldSector(key.sector) : undefined;
    if (sector !== undefined) {
        const bySector = declarations.find(d => d.sectors.some(s => foldSector(s) === sector));
        if (bySector) return bySector;
    }
    if (key.level !== undefined) {
        const byLevel = declarations.find(d => d.sectors.length === 0 && d.level === key.level);
        if (byLevel) return byLevel;
    }
    return declarations.find(d => successorKeyKind(d) === 'rest');
}

/**
 * The unit that took over `unit`'s work for `key`, when the catalogue declares it. A successor that is itself a
 * district unit (`successor-at-district`) takes nothing over: none.
 */
export function unitSuccessorOf(unit: Unit, key: SuccessionKey): Unit | undefined {
    const successor = applicableSuccessor(unit.successors, key)?.unit?.ref;
    return successor?.level === 'district' ? undefined : successor;
}

/** How a position's successor was found: declared on it, same name in the successor unit, or same title. */
export type PositionMatch = 'declared' | 'name' | 'title';

/**
 * The position that took over `position`'s work for `key`, and how it was found:
 * 1. the position's own `succeeded-by` (keyed like a unit's);
 * 2. else, in the unit that took over its unit's work, the position of the same name;
 * 3. else, in that unit, the one position whose title is the same (without case and diacritics).
 * Anything else (no successor unit, no match, several matches) is a human decision: `undefined`.
 */
export function positionSuccessorOf(position: Position, key: SuccessionKey): { position: Position; match: PositionMatch } | undefined {
    const declared = applicableSuccessor(position.successors, key)?.position?.ref;
    if (declared) {
        const declaredUnit = isUnit(declared.$container) ? declared.$container : undefined;
        return declaredUnit?.level === 'district' ? undefined : { position: declared, match: 'declared' };
    }
    const unit = isUnit(position.$container) ? position.$container : undefined;
    const successor = unit ? unitSuccessorOf(unit, key) : undefined;
    if (!successor) return undefined;
    const byName = successor.positions.find(p => p.name === position.name);
    if (byName) return { position: byName, match: 'name' };
    const title = foldText(position.title.normalize('NFC')).trim();
    const byTitle = successor.positions.filter(p => foldText(p.title.normalize('NFC')).trim() === title);
    return byTitle.length === 1 ? { position: byTitle[0], match: 'title' } : undefined;
}

/** Whether a unit is a former district body: `level district`, or a title naming one (`district-unit-title`). */
export function isFormerDistrictUnit(unit: Unit): boolean {
    return unit.level === 'district' || (unit.title !== undefined && titleNamesDistrictBody(unit.title));
}

/**
 * The key of a procedure's work: its sector, and the level it is (or will be) implemented at: the level of its
 * authority's successor when the authority is a former district body, else its own local level.
 */
export function successionKeyOf(procedure: Procedure): SuccessionKey {
    const sector = procedure.sector;
    const authority = procedure.authority?.ref;
    let level: SuccessorLevel | undefined;
    if (authority && isFormerDistrictUnit(authority)) {
        const successor = unitSuccessorOf(authority, { sector });
        level = localLevel(successor?.level);
    } else {
        level = localLevel(authority?.level) ?? localLevel(procedure.level);
    }
    return { sector, level };
}

function localLevel(level: string | undefined): SuccessorLevel | undefined {
    return level === 'commune' || level === 'province' ? level : undefined;
}
