import type { MappedProcedure } from './mapped-procedure.js';
import { str } from './tthc-text.js';

// A group of procedures ("Nhóm TTHC") as the target writes it: the members' services name one ServiceProcess
// (opencps-target.ts). The import writes one procedure for the group, named by the process, whose record is what
// every member's record says alike, and one `member` per service with the rest of its record.

// A record's lines as blocks: a member of the procedure with the lines indented under it (a channel and its fees).
function blocks(lines: readonly string[]): string[] {
    const out: string[] = [];
    for (const line of lines) {
        if (line === '') continue;
        if (line.startsWith('        ') && out.length > 0) out[out.length - 1] += `\n${line}`;
        else out.push(line);
    }
    return out;
}

const indent = (block: string): string => block.split('\n').map(line => `    ${line}`).join('\n');

/**
 * The text of a group: `procedure <name> "<title of the process>" {`, the record blocks every member has alike
 * (its code aside), then each member (`member <name> "<title>" { code …; the rest of its record }`), then the
 * internal procedure the members share, as the first member's mapping wrote it.
 */
export function groupText(name: string, title: string, members: readonly MappedProcedure[]): string {
    const records = members.map(m => blocks(m.record));
    const common = records[0]!.filter(block => !block.startsWith('    code ') && records.every(record => record.includes(block)));
    const lines: string[] = [`procedure ${name} ${str(title)} {`, ...common];
    members.forEach((m, i) => {
        lines.push('', `    member ${m.name} ${str(m.title)} {`, ...records[i]!.filter(block => !common.includes(block)).map(indent), '    }');
    });
    lines.push(...members[0]!.flow, '}');
    return `${lines.join('\n')}\n`;
}
