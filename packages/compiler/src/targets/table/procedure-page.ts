import type { ProcedureModel, ProvinceBuild } from '../../model/procedure-model.js';
import { relativeSource } from '../target.js';
import { em, strong, text, type Block, type Line, type Page } from './blocks.js';
import { mainFlowOf } from './flow.js';
import { flowTables } from './flow-tables.js';
import { feeText, receptionRuleTexts, statutoryText, totalText } from './published-text.js';
import { exceptionRows, flowTotalText, stepRows, totalRows } from './rows.js';
import { EXCEPTION_HEADERS, STEP_HEADERS, TOTAL_HEADERS, channelName, channelRank, levelName, onlineName } from './vietnamese-terms.js';

/** `**Label:** value`: a fact of the procedure's record. */
function fact(label: string, value: string): Line {
    return [strong(`${label}:`), text(` ${value}`)];
}

/** What identifies the procedure above the tables: its record on the National Portal, in short. */
function facts(procedure: ProcedureModel): Line[] {
    const lines: Line[] = [
        fact('Mã thủ tục', procedure.code),
        fact('Lĩnh vực', procedure.sector),
        fact('Cấp thực hiện', levelName(procedure.level))
    ];
    if (procedure.authority) lines.push(fact('Cơ quan thực hiện', procedure.authority.title));
    if (procedure.online) lines.push(fact('Mức độ dịch vụ công trực tuyến', onlineName(procedure.online)));
    if (procedure.boundaryIndependent) lines.push(fact('Phạm vi tiếp nhận', 'Không phụ thuộc vào địa giới hành chính trong tỉnh'));
    if (procedure.results.length > 0) lines.push(fact('Kết quả giải quyết', procedure.results.map(r => r.title).join('; ')));
    if (procedure.group) {
        const others = procedure.group.members.map(m => `${m.code} ${m.title}`).join('; ');
        lines.push(fact('Nhóm thủ tục hành chính', `${procedure.group.title} (${others})`));
    }
    const channels = [...procedure.channels].sort((a, b) => channelRank(a.kind) - channelRank(b.kind));
    for (const channel of channels) {
        if (channel.fees.length === 0 && channel.exemptions.length === 0) continue;
        const items = [...channel.fees.map(feeText), ...channel.exemptions.map(e => `Miễn: ${e}`)];
        lines.push(fact(`Phí, lệ phí (${channelName(channel.kind)})`, items.join('; ')));
    }
    return lines;
}

/**
 * The page of one procedure: the publication table of its internal procedure (main-flow steps and
 * the total line), its exception paths, and its total against each channel's statutory time.
 */
export function procedurePage(build: ProvinceBuild, procedure: ProcedureModel): Page {
    const flow = mainFlowOf(procedure);
    const exceptions = exceptionRows(procedure, flow);
    const totals = totalRows(procedure);
    const source = relativeSource(build, procedure.source);
    const blocks: Block[] = [
        { kind: 'heading', level: 1, line: [text(procedure.title)] },
        { kind: 'paragraph', line: [text(`Quy trình nội bộ giải quyết thủ tục hành chính, ${build.province.title}`)], style: 'subtitle' },
        { kind: 'list', items: facts(procedure) },
        { kind: 'heading', level: 2, line: [text('1. Các bước thực hiện')] }
    ];
    // The reception rules, as the tables state them under their heading.
    for (const rule of receptionRuleTexts(procedure.timeRules)) blocks.push({ kind: 'paragraph', line: [em(rule)] });
    for (const table of flowTables(procedure)) {
        if (table.heading !== undefined) blocks.push({ kind: 'heading', level: 3, line: [text(table.heading)] });
        blocks.push({ kind: 'table', headers: STEP_HEADERS, rows: stepRows(procedure, table), className: 'steps' });
    }
    blocks.push(
        { kind: 'heading', level: 2, line: [text('2. Các trường hợp ngoại lệ')] },
        exceptions.length > 0
            ? { kind: 'table', headers: EXCEPTION_HEADERS, rows: exceptions, className: 'exceptions' }
            : { kind: 'paragraph', line: [text('Quy trình không có trường hợp ngoại lệ.')] },
        { kind: 'heading', level: 2, line: [text('3. Tổng thời gian giải quyết')] },
        { kind: 'paragraph', line: [text('Tổng thời gian theo quy trình nội bộ: '), strong(flowTotalText(procedure, procedure.timing.planned, procedure.timing.uncounted)), text('.')] }
    );
    if (procedure.total) blocks.push({ kind: 'paragraph', line: [text('Tổng thời gian công bố: '), strong(totalText(procedure.total)), text('.')] });
    for (const c of procedure.cases) {
        const flowTiming = procedure.timing.flows.find(f => f.caseId === c.id);
        const parts = [
            flowTiming ? `theo quy trình ${flowTotalText(procedure, flowTiming.planned, flowTiming.uncounted)}` : undefined,
            c.total ? `công bố ${totalText(c.total)}` : undefined,
            c.limit ? `thời hạn theo quy định ${statutoryText({ statutoryTime: c.limit.duration, notRegulated: c.limit.notRegulated }, procedure.timeRules.minutesPerDay)}` : undefined
        ].filter((x): x is string => x !== undefined);
        if (parts.length > 0) blocks.push({ kind: 'paragraph', line: [strong(`${c.title}:`), text(` ${parts.join('; ')}.`)] });
    }
    if (procedure.timing.unit === 'calendar-days') {
        // The law counts this procedure in calendar days: say so, since every other table counts working days.
        blocks.push({ kind: 'paragraph', line: [em('Thời gian tính theo ngày (kể cả ngày nghỉ), như thời hạn giải quyết theo quy định.')] });
    }
    blocks.push(totals.length > 0
        ? { kind: 'table', headers: TOTAL_HEADERS, rows: totals, className: 'totals' }
        : { kind: 'paragraph', line: [text('Chưa có hình thức nộp hồ sơ nào nêu thời hạn giải quyết.')] });
    blocks.push({ kind: 'paragraph', line: [text(`Nguồn: ${source.file}, dòng ${source.line}.`)], style: 'note' });
    return { title: `${procedure.code} ${procedure.title}`, blocks };
}
