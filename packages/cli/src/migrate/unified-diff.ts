/**
 * A unified diff (`diff -u` style, 3 lines of context) of two texts of one file, as `--dry-run` prints it;
 * empty when they are equal. Lines compare exactly; the common head and tail are skipped before the
 * longest-common-subsequence table, so that a few changed lines of a long file cost little.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
    if (before === after) return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = diffLines(a, b);
    const hunks = groupHunks(ops, context);
    const lines = [`--- a/${path}`, `+++ b/${path}`];
    for (const hunk of hunks) {
        const first = ops[hunk.start];
        const oldCount = ops.slice(hunk.start, hunk.end).filter(op => op.kind !== '+').length;
        const newCount = ops.slice(hunk.start, hunk.end).filter(op => op.kind !== '-').length;
        lines.push(`@@ -${range(first.oldLine, oldCount)} +${range(first.newLine, newCount)} @@`);
        for (const op of ops.slice(hunk.start, hunk.end)) lines.push(`${op.kind}${op.text}`);
    }
    return lines.join('\n') + '\n';
}

interface Op {
    readonly kind: ' ' | '-' | '+';
    readonly text: string;
    /** 1-based line in the old text where this op stands (for an insertion: the line it comes before). */
    readonly oldLine: number;
    readonly newLine: number;
}

function splitLines(text: string): string[] {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    const x = a.slice(head, a.length - tail);
    const y = b.slice(head, b.length - tail);
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
    for (let i = x.length - 1; i >= 0; i--) {
        for (let j = y.length - 1; j >= 0; j--) {
            lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const ops: Op[] = [];
    let oldLine = 1;
    let newLine = 1;
    const push = (kind: Op['kind'], text: string): void => {
        ops.push({ kind, text, oldLine, newLine });
        if (kind !== '+') oldLine++;
        if (kind !== '-') newLine++;
    };
    for (let k = 0; k < head; k++) push(' ', a[k]);
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
        if (i < x.length && j < y.length && x[i] === y[j]) {
            push(' ', x[i++]);
            j++;
        } else if (j < y.length && (i >= x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
            push('+', y[j++]);
        } else {
            push('-', x[i++]);
        }
    }
    for (let k = a.length - tail; k < a.length; k++) push(' ', a[k]);
    // An insertion is listed before the deletion it replaces by the loop above when equal; diff -u shows
    // deletions first within a run of changes.
    return reorderRuns(ops);
}

function reorderRuns(ops: Op[]): Op[] {
    const result: Op[] = [];
    let k = 0;
    while (k < ops.length) {
        if (ops[k].kind === ' ') {
            result.push(ops[k++]);
            continue;
        }
        const run: Op[] = [];
        while (k < ops.length && ops[k].kind !== ' ') run.push(ops[k++]);
        const start = run[0];
        let oldLine = start.oldLine;
        let newLine = start.newLine;
        for (const op of [...run.filter(o => o.kind === '-'), ...run.filter(o => o.kind === '+')]) {
            result.push({ ...op, oldLine, newLine });
            if (op.kind === '-') oldLine++;
            else newLine++;
        }
    }
    return result;
}

function groupHunks(ops: readonly Op[], context: number): Array<{ start: number; end: number }> {
    const hunks: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < ops.length; k++) {
        if (ops[k].kind === ' ') continue;
        const start = Math.max(0, k - context);
        let end = k;
        while (end < ops.length) {
            let next = end;
            while (next < ops.length && ops[next].kind !== ' ') next++;
            let gap = next;
            while (gap < ops.length && ops[gap].kind === ' ') gap++;
            // Two changes closer than twice the context share one hunk.
            if (gap < ops.length && gap - next <= 2 * context) {
                end = gap;
                continue;
            }
            end = Math.min(ops.length, next + context);
            break;
        }
        const last = hunks[hunks.length - 1];
        if (last && start <= last.end) last.end = end;
        else hunks.push({ start, end });
        k = end - 1;
    }
    return hunks;
}

function range(line: number, count: number): string {
    // diff -u: an empty range names the line before it.
    const start = count === 0 ? line - 1 : line;
    return count === 1 ? `${start}` : `${start},${count}`;
}
