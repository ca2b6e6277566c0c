import { isLevelWord, type LspTexts } from '../texts.js';
import { URI, WorkspaceCache, type LangiumDocument } from 'langium';
import { isTthcFile, type Performer, type Position, type Procedure, type Unit } from '../../generated/ast.js';
import { positionOf, unitOf } from '../../semantics/units.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** The two levels of local government since 1 July 2025. */
export type LocalLevel = 'commune' | 'province';

/** A performer from the catalogue that could take over a role. */
export interface Candidate {
    readonly unit: Unit;
    readonly position?: Position;
    /** How a procedure names it: `Unit.Position`, or `Unit`. */
    readonly name: string;
    /** How many position names the unit shares with the unit it replaces: the closer counterpart shares more. */
    readonly shared: number;
}

/** The units of every province catalogue in the document's project, in declaration order. */
export function catalogueUnits(services: TthcLspServices, document: LangiumDocument): Unit[] {
    const projects = services.workspace.Projects;
    const project = projects.projectOf(document.uri);
    // Every fix of a district body asks this; `tthc fix` asks it for thousands of findings at once,
    // and walking the project's members each time made a run quadratic in the workspace's size.
    // The cache is dropped whenever a document of the workspace changes.
    return unitCacheOf(services).get(project, () => {
        const documents = services.shared.workspace.LangiumDocuments;
        const units: Unit[] = [];
        for (const uri of projects.membersOf(project)) {
            const root = documents.getDocument(URI.parse(uri))?.parseResult?.value;
            if (isTthcFile(root)) {
                root.provinces.forEach(province => units.push(...province.units));
            }
        }
        return units;
    });
}

const unitCaches = new WeakMap<TthcLspServices, WorkspaceCache<string, Unit[]>>();

function unitCacheOf(services: TthcLspServices): WorkspaceCache<string, Unit[]> {
    let cache = unitCaches.get(services);
    if (!cache) {
        cache = new WorkspaceCache(services.shared);
        unitCaches.set(services, cache);
    }
    return cache;
}

/**
 * The level a procedure is implemented at: its `level` when that is a local level, else the level of
 * its authority (a `level district` procedure whose authority already names a commune unit is on its
 * way to the commune).
 */
export function localLevelOf(procedure: Procedure): LocalLevel | undefined {
    for (const level of [procedure.level, procedure.authority?.ref?.level]) {
        if (level === 'commune' || level === 'province') return level;
    }
    return undefined;
}

/** `levels` with `first` moved to the front. */
export function levelsFrom(first: string | undefined, levels: readonly string[]): string[] {
    return first && levels.includes(first) ? [first, ...levels.filter(l => l !== first)] : [...levels];
}

/** How a title describes a candidate: `commune one-stop: Trung tâm Phục vụ hành chính công xã`. */
export function describeUnit(unit: Unit, texts: LspTexts): string {
    const level = unit.level && isLevelWord(unit.level) ? texts.text(`levelOf.${unit.level}`) : unit.level ?? '?';
    return texts.text('fix.unit', { level: unit.level ?? '?', levelOf: level, kind: unit.kind ?? '?', title: unit.title ?? '' });
}

/**
 * The performers that could take over `performer`'s role at the given levels: units of the same kind
 * and, for a position, the position of the same name, else one with the same role (a leader for a
 * leader, an officer for an officer). Ordered by `levels`, then by how closely the unit mirrors the
 * one it replaces, then by declaration.
 */
export function counterparts(performer: Performer, units: readonly Unit[], levels: readonly string[]): Candidate[] {
    const original = unitOf(performer);
    const position = positionOf(performer);
    if (!original?.kind) {
        return [];
    }
    const names = new Set(original.positions.map(p => p.name));
    const candidates: Candidate[] = [];
    for (const unit of units) {
        if (unit === original || unit.kind !== original.kind || !unit.level || !levels.includes(unit.level)) continue;
        const shared = unit.positions.filter(p => names.has(p.name)).length;
        if (!position) {
            candidates.push({ unit, name: unit.name, shared });
            continue;
        }
        const match = unit.positions.find(p => p.name === position.name) ?? unit.positions.find(p => p.leader === position.leader);
        if (match) {
            candidates.push({ unit, position: match, name: `${unit.name}.${match.name}`, shared });
        }
    }
    return sortByLevel(candidates, levels);
}

/**
 * The one-stop units (Public Administrative Service Centres) at the given levels, each with the
 * position that receives and returns dossiers: the position `performer` names if the unit has one of
 * that name, else its first officer (not a leader); the unit itself when it lists no positions.
 */
export function oneStopCandidates(units: readonly Unit[], levels: readonly string[], performer?: Performer): Candidate[] {
    const wanted = positionOf(performer)?.name;
    const candidates: Candidate[] = [];
    for (const unit of units) {
        if (unit.kind !== 'one-stop' || !unit.level || !levels.includes(unit.level)) continue;
        if (unit.positions.length === 0) {
            candidates.push({ unit, name: unit.name, shared: 0 });
            continue;
        }
        const match = unit.positions.find(p => p.name === wanted) ?? unit.positions.find(p => !p.leader);
        if (match) {
            candidates.push({ unit, position: match, name: `${unit.name}.${match.name}`, shared: match.name === wanted ? 1 : 0 });
        }
    }
    return sortByLevel(candidates, levels);
}

/**
 * The candidate to mark preferred: the first, when it is at `level` and no other candidate at that
 * level is as close a counterpart. A tie is a choice for the user, not for an automatic fix.
 */
export function preferredCandidate(candidates: readonly Candidate[], level: string | undefined): Candidate | undefined {
    const [first, second] = candidates;
    if (!first || !level || first.unit.level !== level) {
        return undefined;
    }
    return second && second.unit.level === level && second.shared === first.shared ? undefined : first;
}

function sortByLevel(candidates: Candidate[], levels: readonly string[]): Candidate[] {
    // Array.prototype.sort is stable: equal candidates keep their declaration order.
    return candidates.sort((a, b) => levels.indexOf(a.unit.level!) - levels.indexOf(b.unit.level!) || b.shared - a.shared);
}
