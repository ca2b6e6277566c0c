import type { ProcedureModel, ProvinceBuild } from '../model/procedure-model.js';
import { diffCatalogue } from './diff-catalogue.js';
import type { ProcedureDiff, WorkspaceDiff } from './diff-model.js';
import { diffRecord } from './diff-procedure.js';
import { diffSteps } from './diff-steps.js';
import { compareText, matchBy } from './keyed.js';

/**
 * What changed between two lowered versions of a province (`lowerWorkspace` of each): a pure function of
 * the two models, no file system, the same output for the same input. Procedures are matched by code (a
 * procedure whose code changed is one removed and one added; one whose title changed is `title`, a rename);
 * procedures that differ come sorted by code, then name. Source positions are never compared: moving a
 * procedure within its file, or to another file, is no change.
 */
export function diffBuilds(before: ProvinceBuild, after: ProvinceBuild): WorkspaceDiff {
    const key = (p: ProcedureModel): string => p.code !== '' ? p.code : p.id;
    const matched = matchBy(before.procedures, after.procedures, key);
    const procedures: ProcedureDiff[] = [
        ...matched.added.map(p => whole(p, 'added')),
        ...matched.removed.map(p => whole(p, 'removed'))
    ];
    let unchanged = 0;
    for (const [a, b] of matched.both) {
        const steps = diffSteps(a, b);
        const changes = [...diffRecord(a, b), ...steps.changes];
        if (changes.length === 0) {
            unchanged++;
            continue;
        }
        procedures.push({ code: b.code, id: b.id, title: b.title, status: 'changed', changes, changedSteps: steps.changedSteps, flowChanged: steps.flowChanged, source: b.source });
    }
    procedures.sort((a, b) => compareText(a.code, b.code) || compareText(a.id, b.id) || compareText(a.status, b.status));
    return {
        province: { id: after.province.id, title: after.province.title },
        catalogue: diffCatalogue(before.province, after.province),
        procedures,
        unchanged
    };
}

function whole(procedure: ProcedureModel, status: 'added' | 'removed'): ProcedureDiff {
    return {
        code: procedure.code, id: procedure.id, title: procedure.title, status, changes: [],
        changedSteps: status === 'added' ? procedure.steps.map(s => s.id) : [], flowChanged: true, source: procedure.source
    };
}
