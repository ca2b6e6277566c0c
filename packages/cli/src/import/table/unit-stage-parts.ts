import type { CatalogueMatcher } from './catalogue-match.js';
import type { PublishedProcedure } from './recognise-tables.js';

/**
 * In a table whose step column names, over sub-rows, the unit in charge of a stage ("B2 | Phòng Văn hóa - Xã hội" over
 * the division's leader and officer, each a step of the part `Bước 2: …`), a step row without sub-rows whose step
 * column also names a catalogue unit ("B6 | Ủy ban nhân dân cấp xã | Phòng Văn hóa - Xã hội | Chi trả …") is a stage
 * of its own too: it gets the same one-step part `Bước 6: Ủy ban nhân dân cấp xã`, in table order among the parts.
 * Without sub-row parts the table does not write stages, and a task cell that names a unit is left as it is.
 */
export function addUnitStageParts(procedure: PublishedProcedure, matcher: CatalogueMatcher): void {
    if (!procedure.parts.some(p => p.subRows)) return;
    const steps = procedure.cases.flatMap(c => c.steps);
    for (const step of steps) {
        const text = step.task.text.replace(/\s+/g, ' ').trim();
        if (step.part !== undefined || text === '' || !/^\d+$/.test(step.label)) continue;
        const match = matcher.unit(text);
        if (match.kind !== 'match' || match.loose) continue;
        // Its place: after every part whose first step comes before it in the table.
        const firstRows = procedure.parts.map((_, i) => Math.min(...steps.filter(s => s.part === i).map(s => s.row)));
        const at = firstRows.filter(row => row < step.row).length;
        for (const other of steps) if (other.part !== undefined && other.part >= at) other.part++;
        procedure.parts.splice(at, 0, { title: `Bước ${step.label}: ${text}`, subRows: true });
        step.part = at;
    }
}
