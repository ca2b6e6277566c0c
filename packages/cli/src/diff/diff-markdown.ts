import { escapeMarkdown, hasChanges, type ProcedureModel } from '@tthc/compiler';
import { procedureMermaid } from '@tthc/diagram';
import { catalogueRow, procedureFile, procedureRow, statusText, summaryLine, type ChangeRow, type DiffInput } from './change-rows.js';
import { diffMessages } from './diff-messages.js';

function table(rows: readonly ChangeRow[]): string {
    const say = diffMessages;
    const cell = (text: string | undefined): string => (text === undefined || text === '' ? say.none : escapeMarkdown(text));
    return `| ${say.what} | ${say.before} | ${say.after} |\n|---|---|---|\n` + rows.map(row => `| ${cell(row.what)} | ${cell(row.before)} | ${cell(row.after)} |\n`).join('');
}

/**
 * A procedure's Mermaid flowchart (the diagram package's, every source text escaped there) with the changed
 * steps styled `changed`: the diagram numbers steps `S1`, `S2`… in the procedure's order.
 */
function changedMermaid(procedure: ProcedureModel, changed: readonly string[]): string {
    const ids = procedure.steps.map((step, index) => (changed.includes(step.id) ? `S${index + 1}` : '')).filter(id => id !== '');
    const styled = ids.length > 0 ? `  classDef changed fill:#fff4ce,stroke:#9a6700,stroke-width:3px\n  class ${ids.join(',')} changed\n` : '';
    return procedureMermaid(procedure) + styled;
}

/**
 * The diff in GitHub-flavoured Markdown, for a pull-request comment: a heading and a summary, a table of
 * the catalogue's changes, then per procedure a table (what, before, after) and, where its flow changed, a
 * Mermaid flowchart of the new version with the changed steps highlighted, folded in `<details>`. Every
 * source text is escaped (`escapeMarkdown`; Mermaid labels by the diagram package).
 */
export function diffMarkdown(input: DiffInput): string {
    const { diff, after } = input;
    let out = `## ${escapeMarkdown(diffMessages.heading(diff.province.title))}\n\n`;
    if (!hasChanges(diff)) return out + `${diffMessages.noChanges}\n`;
    out += `${summaryLine(diff)}\n\n`;
    if (diff.catalogue.length > 0) out += `### ${diffMessages.catalogue}\n\n${table(diff.catalogue.map(catalogueRow))}\n`;
    for (const procedure of diff.procedures) {
        out += `### ${escapeMarkdown(procedure.code)} ${escapeMarkdown(procedure.title)} (${statusText(procedure)})\n\n`;
        out += `\`${procedureFile(input, procedure).replace(/`/g, "'")}\`\n\n`;
        if (procedure.changes.length > 0) out += `${table(procedure.changes.map(change => procedureRow(change)))}\n`;
        const model = after.procedures.find(p => p.id === procedure.id && p.code === procedure.code);
        if (procedure.status === 'changed' && procedure.flowChanged && model !== undefined) {
            out += `<details><summary>${escapeMarkdown(diffMessages.diagram)}</summary>\n\n\`\`\`mermaid\n${changedMermaid(model, procedure.changedSteps)}\`\`\`\n\n</details>\n\n`;
        }
    }
    return out;
}
