// The parts of a hand-written procedure of test/fixtures/published/ that the decision states outside its table (in its
// text, an annex, a footnote), as the fixture marks them: a comment line directly above the step, part, case or total
// it is about,
//
//     // from the decision's text [<what>; <what>…]: <quote or article>
//
// where each <what> is one of: `step` (the whole step, and so every transition to it), `part`, `case`, `total` (the
// whole part, case or procedure total), `limit`, `subtotal`, `time` (of a part), `or <performer>` (an alternative),
// `with <performer>` (a partner), `assigned`, `not-counted`, `-> <step>` (a transition). The comparison with an
// imported table sets aside exactly these (written-structure.ts); a mark that names something the fixture does not
// write, or a <what> not in this list, is an error, so that a mark never hides more than it says.
import { AstUtils, type AstNode } from 'langium';
import type { Procedure } from '@tthc/language';

/** What one mark sets aside. */
export type ProseItem =
    | { readonly kind: 'step' | 'part' | 'case' | 'total' | 'limit' | 'subtotal' | 'time' | 'assigned' | 'not-counted' }
    | { readonly kind: 'or' | 'with' | '->'; readonly name: string };

/** The marks of a procedure: per marked node, what its marks set aside. */
export type ProseMarks = ReadonlyMap<AstNode, readonly ProseItem[]>;

const MARK = /^\s*\/\/ from the decision's text \[([^\]]+)\]:/u;

function item(text: string, where: string): ProseItem {
    const t = text.trim();
    if (['step', 'part', 'case', 'total', 'limit', 'subtotal', 'time', 'assigned', 'not-counted'].includes(t)) return { kind: t as 'step' };
    const named = /^(or|with|->)\s+(.+)$/u.exec(t);
    if (named) return { kind: named[1] as 'or', name: named[2].trim() };
    throw new Error(`${where}: unknown mark '${t}' (step, part, case, total, limit, subtotal, time, or X, with X, assigned, not-counted, -> X)`);
}

/** The marks written directly above the procedure's steps, parts, cases and total. */
export function proseMarks(procedure: Procedure): ProseMarks {
    const document = AstUtils.getDocument(procedure);
    const lines = document.textDocument.getText().split('\n');
    const marks = new Map<AstNode, ProseItem[]>();
    const nodes: AstNode[] = [...procedure.steps, ...procedure.parts, ...procedure.cases, ...(procedure.total ? [procedure.total] : [])];
    for (const node of nodes) {
        const start = node.$cstNode?.range.start.line;
        if (start === undefined) continue;
        const found: ProseItem[] = [];
        for (let line = start - 1; line >= 0 && /^\s*\/\//u.test(lines[line]); line--) {
            const m = MARK.exec(lines[line]);
            if (m) found.push(...m[1].split(';').map(t => item(t, `${document.uri.fsPath}:${line + 1}`)));
        }
        if (found.length > 0) marks.set(node, found);
    }
    return marks;
}

/** The marks as one line each (`BoSung: step`, `B1: or TTPVHCCXa`), in the order of the procedure's text. */
export function describeMarks(marks: ProseMarks): string[] {
    return [...marks].flatMap(([node, items]) => items.map(m => `${'name' in node && typeof node.name === 'string' ? node.name : node.$type === 'TotalTime' ? 'procedure' : node.$type}: ${m.kind}${'name' in m ? ` ${m.name}` : ''}`));
}
