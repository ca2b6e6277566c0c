/**
 * The `<bpmn:documentation>` texts: what a reviewer sees in the properties panel of bpmn.io or the
 * Camunda Modeler when a task, lane or pool is selected. Each is a few `Heading: value` lines built
 * only from the model, so they are as deterministic as the rest of the output.
 */
import type { LevelName, ProcedureModel, ProvinceBuild, StepModel, UnitRef } from '../../model/procedure-model.js';
import { relativeSource } from '../target.js';
import { electronicTexts, performersText, statutoryText, totalText, uncountedText } from '../table/published-text.js';
import { formatAmount, formatDuration } from '../table/vietnamese-time.js';
import { channelLabel, cleanName, cleanText, kindLabel } from './bpmn-text.js';

const LEVELS: Readonly<Record<LevelName, string>> = {
    province: 'cấp tỉnh',
    commune: 'cấp xã',
    central: 'trung ương, ngành dọc'
};

const CHANNELS: Readonly<Record<string, string>> = {
    'in-person': 'trực tiếp',
    'online': 'trực tuyến',
    'postal': 'qua bưu chính'
};

/** A level of government in words: `cấp xã`. */
export function levelLabel(level: LevelName): string {
    return LEVELS[level];
}

/** The documentation of a step's task: time limit, task, performer, forms, hand-over, running total, source. */
export function stepDocumentation(build: ProvinceBuild, procedure: ProcedureModel, step: StepModel): string {
    const lines: string[] = [];
    lines.push(`Bước ${step.sequence}: ${cleanName(step.title)}`);
    if (step.kind !== undefined) {
        lines.push(`Loại bước: ${kindLabel(step.kind)}`);
    }
    lines.push(`Thời hạn: ${step.duration === undefined ? 'không quy định' : formatDuration(step.duration, procedure.timeRules.minutesPerDay)}`);
    if (!step.counted) lines.push(uncountedText(step));
    if (step.part !== undefined) {
        const part = procedure.parts.find(p => p.id === step.part);
        if (part) lines.push(`Thuộc phần: ${cleanName(part.title)}`);
    }
    const electronic = electronicTexts(step);
    if (electronic.length > 0) lines.push(electronic.join('; '));
    for (const transition of step.transitions.filter(t => t.caseId !== undefined)) {
        const title = procedure.cases.find(c => c.id === transition.caseId)?.title ?? transition.caseId!;
        const targets = transition.targets.map(id => procedure.steps.find(s => s.id === id)?.title ?? id);
        lines.push(`${cleanName(title)}: chuyển ${targets.map(cleanName).join(', ')}`);
    }
    if (step.task !== undefined) {
        lines.push(`Nội dung công việc: ${cleanText(step.task)}`);
    }
    lines.push(`Người thực hiện: ${step.performers.alternatives.length > 0 || step.performers.partners.length > 0 || step.performers.main.kind !== 'position' ? cleanName(performersText(step.performers)) : performer(step)}`);
    if (step.produces.length > 0) {
        lines.push(`Biểu mẫu, kết quả: ${step.produces.map(f => cleanName(f.code === undefined ? f.title : `${f.code}: ${f.title}`)).join('; ')}`);
    }
    if (step.handover !== undefined) {
        const via = channelLabel(step.handover.channel);
        lines.push(`Liên thông: chuyển ${cleanName(step.handover.partner.title)}${via === undefined ? '' : ` qua ${via}`}, thời hạn ${formatDuration(step.handover.deadline, procedure.timeRules.minutesPerDay)}`);
    }
    if (step.cumulative !== undefined) {
        lines.push(`Lũy kế đến hết bước: ${elapsed(procedure, step.cumulative)}${step.critical ? ', trên đường tới hạn' : ''}`);
    }
    // A case that reaches the step at another time than the procedure's own flow (or alone) says so.
    for (const c of step.cumulativeByCase.filter(c => c.time !== step.cumulative)) {
        const title = procedure.cases.find(k => k.id === c.caseId)?.title ?? c.caseId;
        lines.push(`Lũy kế đến hết bước (${cleanName(title)}): ${elapsed(procedure, c.time)}`);
    }
    lines.push(`Nguồn: ${where(build, step.source)}`);
    return lines.join('\n');
}

/** The documentation of the procedure's pool and process: its record and its times. */
export function procedureDocumentation(build: ProvinceBuild, procedure: ProcedureModel): string {
    const lines: string[] = [];
    lines.push(`Mã thủ tục: ${cleanName(procedure.code)}`);
    lines.push(`Tên thủ tục: ${cleanName(procedure.title)}`);
    lines.push(`Lĩnh vực: ${cleanName(procedure.sector)}`);
    lines.push(`Cấp thực hiện: ${levelLabel(procedure.level)}`);
    if (procedure.authority !== undefined) {
        lines.push(`Cơ quan thực hiện: ${cleanName(procedure.authority.title)}`);
    }
    for (const channel of procedure.channels) {
        lines.push(`Thời hạn giải quyết (${CHANNELS[channel.kind] ?? channel.kind}): ${statutoryText(channel, procedure.timeRules.minutesPerDay)}`);
    }
    lines.push(`Tổng thời gian theo quy trình nội bộ: ${elapsed(procedure, procedure.timing.planned)}`);
    if (procedure.total) lines.push(`Tổng thời gian công bố: ${cleanText(totalText(procedure.total))}`);
    for (const c of procedure.cases) {
        const flow = procedure.timing.flows.find(f => f.caseId === c.id);
        if (flow) lines.push(`${cleanName(c.title)}: ${elapsed(procedure, flow.planned)}${c.total ? `; công bố ${cleanText(totalText(c.total))}` : ''}`);
    }
    lines.push(`Nguồn: ${where(build, procedure.source)}`);
    return lines.join('\n');
}

/** The documentation of a lane or a partner's pool: the unit's level and agency code. */
export function unitDocumentation(unit: UnitRef, partner: boolean): string {
    const lines = [`${partner ? 'Cơ quan phối hợp liên thông' : 'Đơn vị thực hiện'}: ${cleanName(unit.title)} (${levelLabel(unit.level)})`];
    if (unit.agencyCode !== undefined) {
        lines.push(`Mã định danh điện tử: ${cleanName(unit.agencyCode)}`);
    }
    return lines.join('\n');
}

/** Who performs a step: `Chủ tịch Ủy ban nhân dân xã – Ủy ban nhân dân xã`, or the unit alone. */
export function performer(step: StepModel): string {
    return step.position === undefined ? cleanName(step.unit.title) : `${cleanName(step.position.title)} – ${cleanName(step.unit.title)}`;
}

// A time in the procedure's unit, written as the publication table writes it.
function elapsed(procedure: ProcedureModel, value: number): string {
    return formatAmount(value, procedure.timing.unit, procedure.timeRules.minutesPerDay);
}

function where(build: ProvinceBuild, source: StepModel['source']): string {
    const { file, line } = relativeSource(build, source);
    return `${cleanName(file)}:${line}`;
}
