import type { ProcedureModel, ProvinceBuild } from '../../model/procedure-model.js';
import { strong, text, type Cell, type Page, type Row } from './blocks.js';
import { channelTotals, plannedText, worstVerdict, type ChannelTotal } from './totals.js';
import { INDEX_HEADERS, levelName } from './vietnamese-terms.js';

/**
 * Channels that share a value, in channel order: `[['Trực tiếp, Trực tuyến', '05 ngày làm việc']]`.
 * Most procedures give every channel the same time, and one line then says it once.
 */
function grouped(totals: readonly ChannelTotal[], value: (total: ChannelTotal) => string): Array<[string, string]> {
    const groups: Array<[string[], string]> = [];
    for (const total of totals) {
        const group = groups.find(([, v]) => v === value(total));
        if (group) group[0].push(total.name);
        else groups.push([[total.name], value(total)]);
    }
    return groups.map(([names, v]) => [names.join(', '), v]);
}

/** The statutory times by channel: `Trực tiếp, Trực tuyến: 05 ngày làm việc`. */
function statutoryCell(totals: readonly ChannelTotal[]): Cell {
    return grouped(totals, t => t.statutoryText).map(([names, value]) => [text(`${names}: ${value}`)]);
}

/** The verdicts: one line when all channels agree, one per group of channels otherwise. */
function verdictCell(totals: readonly ChannelTotal[]): Cell {
    const groups = grouped(totals, t => t.verdictText);
    const over = (value: string) => totals.some(t => t.verdictText === value && t.verdict === 'over');
    if (groups.length === 1) return [[over(groups[0][1]) ? strong(groups[0][1]) : text(groups[0][1])]];
    return groups.map(([names, value]) => [text(`${names}: `), over(value) ? strong(value) : text(value)]);
}

/**
 * The index of all procedures: code (linked to its page), name, level, planned total against the
 * statutory time per channel. `files` gives each procedure's file name, `extension` the format's.
 */
export function indexPage(build: ProvinceBuild, procedures: readonly ProcedureModel[], files: ReadonlyMap<ProcedureModel, string>, extension: '.md' | '.html'): Page {
    const rows: Row[] = procedures.map((procedure, index) => {
        const totals = channelTotals(procedure);
        const tone = worstVerdict(totals);
        return {
            cells: [
                [[text(String(index + 1))]],
                [[{ text: procedure.code, href: `${files.get(procedure)!}${extension}` }]],
                [[text(procedure.title)]],
                [[text(levelName(procedure.level))]],
                [[text(plannedText(procedure))]],
                statutoryCell(totals),
                verdictCell(totals)
            ],
            ...(tone ? { tone } : {})
        };
    });
    const title = 'Danh mục quy trình nội bộ giải quyết thủ tục hành chính';
    return {
        title: `${title}, ${build.province.title}`,
        blocks: [
            { kind: 'heading', level: 1, line: [text(title)] },
            { kind: 'paragraph', line: [text(`${build.province.title}: ${procedures.length} thủ tục hành chính`)], style: 'subtitle' },
            rows.length > 0
                ? { kind: 'table', headers: INDEX_HEADERS, rows, className: 'index' }
                : { kind: 'paragraph', line: [text('Chưa có thủ tục hành chính nào.')] },
            {
                kind: 'paragraph',
                style: 'note',
                line: [text('Đối chiếu: tổng thời gian theo quy trình nội bộ so với thời hạn giải quyết theo quy định của từng hình thức nộp hồ sơ.')]
            }
        ]
    };
}
