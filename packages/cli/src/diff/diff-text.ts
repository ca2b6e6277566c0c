import { sourceText } from '@tthc/language';
import { hasChanges } from '@tthc/compiler';
import { cliLanguage } from '../cli-language.js';
import { catalogueRow, procedureFile, procedureRow, statusText, summaryLine, type ChangeRow, type DiffInput } from './change-rows.js';
import { diffMessages } from './diff-messages.js';

// Source text on a terminal: control characters visible (an escape sequence never reaches it), one line, bounded.
const shown = (text: string): string => sourceText(text, 300, cliLanguage());

// `what: after` for what was added, `what: before` for what was removed, else `what: before → after`.
function line(row: ChangeRow): string {
    const value = (text: string): string => (text !== '' ? shown(text) : diffMessages.none);
    if (row.before === undefined || row.after === undefined) return `  ${shown(row.what)}: ${value(row.after ?? row.before ?? '')}\n`;
    return `  ${shown(row.what)}: ${value(row.before)} → ${value(row.after)}\n`;
}

/** The diff for a terminal: the catalogue's changes, then each procedure's, then a summary line. */
export function diffText(input: DiffInput): string {
    const { diff } = input;
    let out = `${diffMessages.heading(shown(diff.province.title))}\n\n`;
    if (!hasChanges(diff)) return out + `${diffMessages.noChanges}\n`;
    if (diff.catalogue.length > 0) {
        out += `${diffMessages.catalogue}\n` + diff.catalogue.map(change => line(catalogueRow(change))).join('') + '\n';
    }
    for (const procedure of diff.procedures) {
        out += `${shown(procedure.code)} ${shown(procedure.title)} (${shown(procedureFile(input, procedure))}): ${statusText(procedure)}\n`;
        out += procedure.changes.map(change => line(procedureRow(change))).join('');
        out += '\n';
    }
    return out + `${summaryLine(diff)}\n`;
}
