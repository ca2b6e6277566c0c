import { NOT_REGULATED, escapeHtml, escapeHtmlAttribute, formatAmount, publicationTableHtml, safeFileName, type OutputFile, type ProcedureDiff, type ProcedureModel, type ProvinceBuild, type Target } from '@tthc/compiler';
import { procedureSvg, type DiagramDiagnostic } from '@tthc/diagram';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../workspace/load-workspace.js';
import { CHANGE_STYLE, changeBadge, changeOf, changeSection, indexChanges, onlyChangedFilter, type SiteChanges } from './change-view.js';
import { dueSection } from './due-section.js';
import { zoomableDiagram } from './diagram-zoom.js';
import type { SiteDueTimes } from './sample-dues.js';
import { sitePage } from './site-page.js';
import { SITE_STYLE } from './site-style.js';

/** What the site shows besides the model: the check's findings, and where the site is written. */
export interface SiteContext {
    /** Findings by absolute source path. */
    readonly findings: ReadonlyMap<string, readonly Finding[]>;
    /** The site's folder (`<out>/site`), so that links to the sources work from its pages. */
    readonly siteFolder: string;
    /** Each procedure's due times for the sample receipt (`sampleDueTimes`); without it, no such section. */
    readonly dueTimes?: SiteDueTimes;
    /** With `tthc build --since`: what changed since the old version, marked on the index and the pages. */
    readonly changes?: SiteChanges;
}

// Filters the index's rows by what is typed; no network, no other script (the page's policy allows this one by hash).
const FILTER_SCRIPT = "const box=document.getElementById('filter');box.addEventListener('input',()=>{const q=box.value.toLowerCase();for(const row of document.querySelectorAll('tbody tr')){row.hidden=!row.textContent.toLowerCase().includes(q);}});";

const levelNames: Record<string, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã' };
const channelNames: Record<string, string> = { 'in-person': 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính' };
const severityNames: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

/**
 * The review site: `index.html` (every procedure with its code, name, level, sector, planned against
 * statutory time per channel, online level, number of findings, and a filter box) and
 * `procedures/<code>.html` (the diagram, the publication table, the due times for a sample receipt, and the
 * findings linked to their source). Opens from disk: no server, nothing from the network.
 */
export function siteTarget(context: SiteContext): Target {
    return {
        name: 'site',
        description: 'a review site: an index and a page per procedure with its diagram, table and findings (open site/index.html)',
        async compile(build: ProvinceBuild): Promise<OutputFile[]> {
            const files: OutputFile[] = [];
            const rows: string[] = [];
            // Without `--since`, the style and the markup are exactly those of a site without the change view.
            const style = context.changes ? `${SITE_STYLE}${CHANGE_STYLE}` : SITE_STYLE;
            for (const procedure of build.procedures) {
                const name = safeFileName(procedure.code);
                const findings = findingsOf(procedure, context);
                const change = changeOf(context.changes, procedure.code, procedure.id);
                files.push({ path: `procedures/${name}.html`, content: await procedurePage(build, procedure, findings, context, change, style) });
                rows.push(indexRow(procedure, name, findings.length, context.changes ? { change } : undefined));
            }
            files.push({ path: 'index.html', content: indexPage(build, rows, style, context.changes) });
            return files;
        }
    };
}

function findingsOf(procedure: ProcedureModel, context: SiteContext): Array<Finding & { path: string }> {
    const path = fileURLToPath(procedure.source.uri);
    return (context.findings.get(path) ?? [])
        .filter(f => f.line >= procedure.source.line && f.line <= procedure.source.endLine)
        .map(f => ({ ...f, path }));
}

function diagramDiagnostics(procedure: ProcedureModel, findings: ReadonlyArray<Finding>): DiagramDiagnostic[] {
    return findings.map(f => {
        const step = procedure.steps.find(s => f.line >= s.source.line && f.line <= s.source.endLine);
        return { ...(step ? { stepId: step.id } : {}), severity: f.severity, message: `${f.code}: ${f.message}` };
    });
}

async function procedurePage(build: ProvinceBuild, procedure: ProcedureModel, findings: ReadonlyArray<Finding & { path: string }>, context: SiteContext, change: ProcedureDiff | undefined, style: string): Promise<string> {
    const changedSteps = change?.status === 'changed' ? change.changedSteps : [];
    const svg = await procedureSvg(procedure, { diagnostics: diagramDiagnostics(procedure, findings), ...(changedSteps.length > 0 ? { changedSteps } : {}) });
    const pageFolder = join(context.siteFolder, 'procedures');
    const findingItems = findings.length === 0
        ? '<p>Không có cảnh báo nào.</p>'
        : `<ul class="findings">${findings.map(f => {
            const href = relative(pageFolder, f.path).split(sep).map(encodeURIComponent).join('/');
            const where = `${relative(context.siteFolder, f.path).split(sep).join('/')}:${f.line}:${f.column}`;
            return `<li class="${f.severity}">${escapeHtml(severityNames[f.severity])} <code>${escapeHtml(f.code)}</code> ${escapeHtml(f.message)} (<a href="${escapeHtmlAttribute(href)}">${escapeHtml(where)}</a>)</li>`;
        }).join('\n')}</ul>`;
    const body = [
        '<nav><a href="../index.html">← Danh sách thủ tục</a></nav>',
        `<h1>${escapeHtml(`${procedure.code} – ${procedure.title}`)}</h1>`,
        // `--since`: what changed, before the diagram that highlights the changed steps.
        ...[changeSection(context.changes, change)].filter(section => section !== ''),
        '<h2>Sơ đồ quy trình</h2>',
        zoomableDiagram(svg),
        `<section class="publication">\n${publicationTableHtml(build, procedure)}\n</section>`,
        ...(context.dueTimes ? [dueSection(context.dueTimes, procedure.id)].filter(section => section !== '') : []),
        '<h2>Kết quả kiểm tra</h2>',
        findingItems
    ].join('\n');
    return sitePage(`${procedure.code} – ${procedure.title}`, style, body);
}

// `since` is present with `--since` only: the row then carries its badge, and the class the "only changed" filter reads.
function indexRow(procedure: ProcedureModel, name: string, findings: number, since?: { readonly change: ProcedureDiff | undefined }): string {
    const times = procedure.timing.channels.map(c => {
        const over = procedure.timing.planned > c.statutory;
        return `<span${over ? ' class="error"' : ''}>${escapeHtml(`${channelNames[c.kind]}: ${formatAmount(procedure.timing.planned, procedure.timing.unit)} / ${formatAmount(c.statutory, procedure.timing.unit)}`)}</span>`;
    }).concat(procedure.channels.filter(c => c.notRegulated).map(c =>
        // The law sets no limit for this channel: nothing to compare with.
        `<span>${escapeHtml(`${channelNames[c.kind]}: ${formatAmount(procedure.timing.planned, procedure.timing.unit)} / ${NOT_REGULATED}`)}</span>`)).join('<br />');
    // Each cell names its column (`data-label`) for the stacked rows of a narrow screen. `--since` puts its badge of
    // what changed in the code's cell, after the link: no column of its own, so a phone has room for it.
    const open = since?.change ? '<tr class="changed">' : '<tr>';
    return `${open}<td data-label="Mã"><a href="procedures/${escapeHtmlAttribute(name)}.html">${escapeHtml(procedure.code)}</a>${since ? changeBadge(since.change) : ''}</td>`
        + `<td data-label="Tên thủ tục">${escapeHtml(procedure.title)}</td><td data-label="Cấp">${escapeHtml(levelNames[procedure.level])}</td>`
        + `<td data-label="Lĩnh vực">${escapeHtml(procedure.sector)}</td><td class="times" data-label="Thời gian">${times}</td>`
        + `<td data-label="Trực tuyến">${escapeHtml(procedure.online === 'full' ? 'Toàn trình' : procedure.online === 'partial' ? 'Một phần' : '')}</td>`
        + `<td class="num" data-label="Cảnh báo">${findings}</td></tr>`;
}

function indexPage(build: ProvinceBuild, rows: readonly string[], style: string, changes: SiteChanges | undefined): string {
    const body = [
        `<h1>${escapeHtml(`Quy trình nội bộ giải quyết thủ tục hành chính – ${build.province.title}`)}</h1>`,
        `<p>${build.procedures.length} thủ tục. Thời gian: theo quy trình / theo quy định, cho từng hình thức nộp hồ sơ.</p>`,
        ...(changes ? indexChanges(changes) : []),
        '<input type="search" id="filter" placeholder="Lọc theo mã, tên, lĩnh vực…" aria-label="Lọc" />',
        ...(changes ? [onlyChangedFilter(changes)] : []),
        '<table class="index stacked"><thead><tr><th>Mã</th><th>Tên thủ tục</th><th>Cấp</th><th>Lĩnh vực</th><th class="times">Thời gian (quy trình / quy định)</th><th>Trực tuyến</th><th>Cảnh báo</th></tr></thead>',
        `<tbody>\n${rows.join('\n')}\n</tbody></table>`
    ].join('\n');
    return sitePage(build.province.title, style, body, FILTER_SCRIPT);
}
