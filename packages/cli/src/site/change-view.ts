import { escapeHtml, escapeHtmlAttribute, type ProcedureDiff } from '@tthc/compiler';
import { procedureFile, procedureRow, type DiffInput } from '../diff/change-rows.js';
import { vietnameseDiffMessages as say } from '../diff/diff-messages.js';

/** What the review site shows of `--since`: the diff against the old version, and how that version was named. */
export interface SiteChanges {
    readonly input: DiffInput;
    /** The folder or git revision as given on the command line (shown escaped; never a path of this machine). */
    readonly since: string;
}

// Rules added to the site's stylesheet only with `--since`, so that a site built without it stays byte-identical.
// The checkbox before the index's table hides unchanged rows by CSS alone (no script, the CSP unchanged).
/** The stylesheet's rules for the change view: badges, the "only changed" filter, the changes table, changed steps. */
export const CHANGE_STYLE = `.change { display: inline-block; margin-left: 0.4em; padding: 0 4pt; border: 1px solid #9a6700; border-radius: 3pt; background: #fff4ce; color: #5c3d00; font-size: 0.85em; white-space: nowrap; }
.change.added { border-color: #1a7f37; background: #dafbe1; color: #0f4d22; }
#only-changed { margin: 0 0.3em 1em 0; }
.only-changed { display: inline-block; margin: 0 0 1em; }
#only-changed:checked ~ table.index tbody tr:not(.changed) { display: none; }
section.changes { border-left: 4px solid #9a6700; padding: 0 0 0 0.8em; margin: 1em 0; }
section.changes td { white-space: normal; overflow-wrap: anywhere; }
.diagram svg g.node.changed > rect { stroke: #9a6700; stroke-width: 4; fill: #fff4ce; }
`;

/** The index's badge of a changed procedure (in its code's cell), or nothing when it did not change. */
export function changeBadge(procedure: ProcedureDiff | undefined): string {
    if (procedure === undefined || procedure.status === 'removed') return '';
    if (procedure.status === 'added') return ' <span class="change added">Mới</span>';
    const renamed = procedure.changes.some(change => change.kind === 'title');
    return ` <span class="change">${renamed ? 'Đổi tên, sửa đổi' : 'Sửa đổi'}</span>`;
}

/** The index's lines about the change view: what it compares with, the "only changed" filter, removed procedures. */
export function indexChanges(changes: SiteChanges): string[] {
    const { diff } = changes.input;
    const count = (status: ProcedureDiff['status']): number => diff.procedures.filter(p => p.status === status).length;
    const removed = diff.procedures.filter(p => p.status === 'removed');
    return [
        `<p class="since">${escapeHtml(`So với phiên bản trước (${changes.since}): ${count('changed')} thủ tục sửa đổi, ${count('added')} thủ tục mới, ${removed.length} thủ tục không còn, ${diff.unchanged} thủ tục không đổi; ${diff.catalogue.length} thay đổi trong danh mục.`)}</p>`,
        ...(removed.length === 0 ? [] : [
            '<h2>Thủ tục không còn so với phiên bản trước</h2>',
            `<ul class="removed">${removed.map(p => `<li>${escapeHtml(`${p.code} – ${p.title}`)}</li>`).join('')}</ul>`
        ])
    ];
}

/** The checkbox of the "only changed" filter: a sibling before the index's table, which the CSS reads. */
export function onlyChangedFilter(changes: SiteChanges): string {
    const shown = changes.input.diff.procedures.filter(p => p.status !== 'removed').length;
    return `<input type="checkbox" id="only-changed" /><label class="only-changed" for="only-changed">${escapeHtml(`Chỉ hiện thủ tục có thay đổi (${shown})`)}</label>`;
}

/** The diff of the procedure with this code and id in the new version, if it changed. */
export function changeOf(changes: SiteChanges | undefined, code: string, id: string): ProcedureDiff | undefined {
    return changes?.input.diff.procedures.find(p => p.status !== 'removed' && p.code === code && p.id === id);
}

/**
 * A procedure page's section of what changed since the old version: the `tthc diff` rows (what, before, after),
 * in the Vietnamese of its Markdown, every text escaped; a new procedure says so. Empty when nothing changed.
 */
export function changeSection(changes: SiteChanges | undefined, procedure: ProcedureDiff | undefined): string {
    if (changes === undefined || procedure === undefined) return '';
    const heading = `<h2>${escapeHtml(`Thay đổi so với phiên bản trước (${changes.since})`)}</h2>`;
    if (procedure.status === 'added') return `<section class="changes">\n${heading}\n<p>Thủ tục mới, không có trong phiên bản trước.</p>\n</section>`;
    const cell = (label: string, text: string | undefined): string => `<td data-label="${escapeHtmlAttribute(label)}">${escapeHtml(text === undefined || text === '' ? say.none : text)}</td>`;
    const rows = procedure.changes.map(change => procedureRow(change, say))
        .map(row => `<tr>${cell(say.what, row.what)}${cell(say.before, row.before)}${cell(say.after, row.after)}</tr>`);
    const steps = procedure.changedSteps.length > 0 ? '<p>Các bước thay đổi được tô nổi trong sơ đồ.</p>' : '';
    return [
        '<section class="changes">',
        heading,
        `<p>${escapeHtml(`Tệp nguồn: ${procedureFile(changes.input, procedure)}`)}</p>`,
        `<table class="stacked"><thead><tr><th>${say.what}</th><th>${say.before}</th><th>${say.after}</th></tr></thead>`,
        `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
        ...(steps ? [steps] : []),
        '</section>'
    ].join('\n');
}
