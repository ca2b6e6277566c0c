import type { ProvinceModel, SuccessorModel } from '../model/procedure-model.js';
import { LEVEL_NAMES, type CatalogueChange } from './diff-model.js';
import { matchBy } from './keyed.js';


/** The successor as a catalogue writes it: `TuPhapXa (lĩnh vực "Hộ tịch", "Chứng thực")`. */
export function successorText(successor: SuccessorModel): string {
    const scope = successor.sectors.length > 0 ? ` (lĩnh vực ${successor.sectors.map(s => `"${s}"`).join(', ')})`
        : successor.level !== undefined ? ` (${LEVEL_NAMES[successor.level] ?? successor.level})` : '';
    return `${successor.target}${scope}`;
}

function successorChanges(subject: string, before: readonly SuccessorModel[] | undefined, after: readonly SuccessorModel[] | undefined): CatalogueChange[] {
    const matched = matchBy(before ?? [], after ?? [], successorText);
    return [
        ...matched.removed.map(s => ({ kind: 'successor-removed' as const, subject, before: successorText(s) })),
        ...matched.added.map(s => ({ kind: 'successor-added' as const, subject, after: successorText(s) }))
    ];
}

/**
 * The changes of the catalogue: the province's title, units by name (added, removed, retitled, moved to
 * another level, their successors), positions by `Unit.Position` (added, removed, retitled, leader or not,
 * their successors), shared forms by name. Removed units come after the new ones, in the old order.
 */
export function diffCatalogue(before: ProvinceModel, after: ProvinceModel): CatalogueChange[] {
    const changes: CatalogueChange[] = [];
    if (before.title !== after.title) changes.push({ kind: 'province-retitled', subject: after.id, before: before.title, after: after.title });
    const units = matchBy(before.units, after.units, unit => unit.id);
    const unitsInOrder = [...after.units.map(unit => ({ unit, was: units.both.find(([, b]) => b === unit)?.[0] })), ...units.removed.map(unit => ({ unit, was: unit, gone: true }))];
    for (const entry of unitsInOrder) {
        const { unit, was } = entry;
        if ('gone' in entry) {
            changes.push({ kind: 'unit-removed', subject: unit.id, before: unit.title });
            continue;
        }
        if (was === undefined) {
            changes.push({ kind: 'unit-added', subject: unit.id, after: unit.title });
            continue;
        }
        if (was.title !== unit.title) changes.push({ kind: 'unit-retitled', subject: unit.id, before: was.title, after: unit.title });
        if (was.level !== unit.level) changes.push({ kind: 'unit-relevelled', subject: unit.id, before: LEVEL_NAMES[was.level], after: LEVEL_NAMES[unit.level] });
        changes.push(...successorChanges(unit.id, was.successors, unit.successors));
        const positions = matchBy(was.positions, unit.positions, p => p.id);
        for (const p of positions.added) changes.push({ kind: 'position-added', subject: p.id, after: p.title });
        for (const p of positions.removed) changes.push({ kind: 'position-removed', subject: p.id, before: p.title });
        for (const [a, b] of positions.both) {
            if (a.title !== b.title) changes.push({ kind: 'position-retitled', subject: b.id, before: a.title, after: b.title });
            if (a.leader !== b.leader) changes.push({ kind: 'position-leader', subject: b.id, before: String(a.leader), after: String(b.leader) });
            changes.push(...successorChanges(b.id, a.successors, b.successors));
        }
    }
    const forms = matchBy(before.forms, after.forms, form => form.id);
    for (const f of forms.added) changes.push({ kind: 'form-added', subject: f.id, after: f.title });
    for (const f of forms.removed) changes.push({ kind: 'form-removed', subject: f.id, before: f.title });
    for (const [a, b] of forms.both) {
        if (a.title !== b.title) changes.push({ kind: 'form-retitled', subject: b.id, before: a.title, after: b.title });
    }
    return changes;
}
