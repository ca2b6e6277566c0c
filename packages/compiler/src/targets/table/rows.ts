import type { OutcomeName, PartModel, ProcedureModel, StepModel } from '../../model/procedure-model.js';
import { em, strong, text, type Cell, type Line, type Row } from './blocks.js';
import type { MainFlow } from './flow.js';
import type { FlowTable } from './flow-tables.js';
import { NOT_COUNTED, NOT_REGULATED, countedText, electronicTexts, performerText, totalText, uncountedText, unitText } from './published-text.js';
import { channelTotals, plannedText } from './totals.js';
import { channelName, formLabel, handoverChannelName, situationName, situationRank, stepLabel } from './vietnamese-terms.js';
import { formatAmount, formatDuration as formatDurationIn, formatNumber } from './vietnamese-time.js';

// The rows of the three tables of a procedure page, shared by the Markdown and the HTML output.

/** `Bước 2: Thẩm định hồ sơ` for a main-flow step, the title alone for a step off the main flow. */
function stepReference(step: StepModel, flow: MainFlow): string {
    const number = flow.numbers.get(step.id);
    return number !== undefined ? `${stepLabel(number)}: ${step.title}` : step.title;
}

const caseOnlyCache = new WeakMap<ProcedureModel, ReadonlyMap<string, readonly string[]>>();

/**
 * The steps of a procedure's own table that only some cases take, with the titles of those cases; empty
 * when the procedure's own flow splits into cases (each then has a table of its own). Once per procedure:
 * looking the flows up for every step made a long procedure quadratic.
 */
function caseOnlySteps(procedure: ProcedureModel): ReadonlyMap<string, readonly string[]> {
    let result = caseOnlyCache.get(procedure);
    if (result) return result;
    const map = new Map<string, string[]>();
    const own = procedure.timing.ownFlowComplete ? procedure.timing.flows.find(f => f.caseId === undefined) : undefined;
    if (own) {
        const ownSteps = new Set(own.steps);
        for (const flow of procedure.timing.flows) {
            if (flow.caseId === undefined) continue;
            const title = procedure.cases.find(c => c.id === flow.caseId)?.title ?? flow.caseId;
            for (const id of flow.steps) {
                if (!ownSteps.has(id)) map.set(id, [...map.get(id) ?? [], title]);
            }
        }
    }
    result = map;
    caseOnlyCache.set(procedure, result);
    return result;
}

/** What is done: the title, the task, the electronic procedure, the hand-over, the cases and the parallel branches. */
function contentCell(step: StepModel, flow: MainFlow, procedure?: ProcedureModel): Cell {
    const lines: Line[] = [[strong(step.title)]];
    if (step.task !== undefined) lines.push([text(step.task)]);
    const electronic = electronicTexts(step);
    if (electronic.length > 0) lines.push([em(`${electronic.join('; ')}.`)]);
    // A step of the table that only some cases take (`when Case -> Step`) says which.
    const onlyIn = procedure ? caseOnlySteps(procedure).get(step.id) : undefined;
    if (onlyIn) lines.push([em(`Chỉ thực hiện trong ${onlyIn.join('; ')}.`)]);
    for (const transition of step.transitions.filter(t => t.caseId !== undefined)) {
        const title = procedure?.cases.find(c => c.id === transition.caseId)?.title ?? transition.caseId!;
        const targets = transition.targets.map(id => {
            const number = flow.numbers.get(id);
            return number !== undefined ? stepLabel(number) : procedure?.steps.find(s => s.id === id)?.title ?? id;
        });
        lines.push([em(`${title}: chuyển ${targets.join(', ')}.`)]);
    }
    // A second main-flow path past the next row (`on approved -> Step` from an appraisal that otherwise goes on to an
    // inspection): the rows follow one path, so the row says where the other goes, as provinces write it in a row.
    // A step running beside others goes on to the row after them all: "Thực hiện song song" says that already.
    const group = [step.id, ...(flow.parallelWith.get(step.id) ?? [])].map(id => flow.numbers.get(id) ?? 0);
    const after = Math.max(...group) + 1;
    const own = flow.numbers.get(step.id);
    for (const transition of step.transitions.filter(t => !t.exception && t.caseId === undefined && own !== undefined)) {
        for (const id of transition.targets) {
            const number = flow.numbers.get(id);
            if (number === undefined || number === own! + 1 || flow.parallelWith.has(id) || (group.length > 1 && number === after)) continue;
            lines.push([em(`${transition.outcome === 'approved' ? 'Trường hợp đạt yêu cầu: chuyển' : 'Chuyển tiếp'} ${stepLabel(number)}.`)]);
        }
    }
    if (step.handover) {
        const { partner, channel } = step.handover;
        lines.push([text(`Liên thông: chuyển hồ sơ đến ${partner.title}${channel ? ` qua ${handoverChannelName(channel)}` : ''}.`)]);
    }
    const parallel = flow.parallelWith.get(step.id);
    if (parallel) {
        const others = parallel.map(id => stepLabel(flow.numbers.get(id)!)).join(', ');
        // A parallel step off the critical path is on a shorter branch: say why its time is not added up.
        const shorter = step.critical ? '' : ' Nhánh ngắn hơn, không cộng vào tổng thời gian.';
        lines.push([em(`Thực hiện song song với ${others}.${shorter}`)]);
    }
    return lines;
}

/**
 * Who does it, as the table writes it: the unit and the position (or "Lãnh đạo …", a body, the applicant),
 * "hoặc" each alternative, "Phối hợp:" the units that take part, and for a hand-over the partner agency.
 */
function responsibleCell(step: StepModel): Cell {
    const { main, alternatives, partners } = step.performers;
    // The step's own unit and position (its lane), as the table's two lines "Sở …" / "Chuyên viên".
    const lines: Line[] = main.kind === 'position' && step.position
        ? [[text(unitText(step.unit))], [text(main.assigned ? `${step.position.title} được phân công` : step.position.title)]]
        : main.kind === 'unit' ? [[text(unitText(step.unit))]] : [[text(performerText(main))]];
    for (const alternative of alternatives) lines.push([text(`hoặc ${performerText(alternative, true)}`)]);
    if (partners.length > 0) lines.push([text(`Phối hợp: ${partners.map(p => performerText(p, true)).join(', ')}`)]);
    if (step.handover) lines.push([text(`Cơ quan phối hợp: ${step.handover.partner.title}`)]);
    return lines;
}

/**
 * How long: the step's time as written ("Không tính thời gian" when it does not count), a part's time
 * shared by several steps once, and the partner's sub-deadline of a hand-over.
 */
function timeCell(step: StepModel, procedure?: ProcedureModel, flow?: MainFlow): Cell {
    const lines: Line[] = [];
    const perDay = procedure?.timeRules.minutesPerDay;
    const formatDuration = (duration: NonNullable<StepModel['duration']>): string => formatDurationIn(duration, perDay);
    const part = step.part !== undefined ? procedure?.parts.find(p => p.id === step.part) : undefined;
    if (!step.counted) {
        lines.push([strong(uncountedText(step))]);
        if (step.duration) lines.push([em(`(${formatDuration(step.duration)})`)]);
    } else if (step.duration) {
        lines.push([text(formatDuration(step.duration))]);
        // "kể từ ngày họp hội đồng": the event the time is counted from, as the text says.
        if (step.duration.from !== undefined) lines.push([em(`kể từ ${step.duration.from}`)]);
    } else if (part?.time && procedure) {
        const first = part.steps[0] === step.id;
        const numbers = part.steps.map(id => flow?.numbers.get(id)).filter((n): n is number => n !== undefined).map(stepLabel);
        lines.push(first
            ? [text(`${formatDuration(part.time)}`), em(` (chung cho ${numbers.join(', ')})`)]
            : [em(`Tính trong thời gian chung của ${numbers[0] ?? part.title}`)]);
    }
    if (step.handover) {
        const notCounted = step.handover.notCounted ? ` (${NOT_COUNTED.toLowerCase()}${step.handover.notCountedReason !== undefined ? `: ${step.handover.notCountedReason}` : ''})` : '';
        lines.push([text(`Cơ quan phối hợp: ${formatDuration(step.handover.deadline)}${notCounted}`)]);
    }
    return lines;
}

/** What comes out: the forms the step issues, and for a `return` step the procedure's results. */
function outputCell(step: StepModel, procedure: ProcedureModel): Cell {
    const lines: Line[] = step.produces.map(form => [text(formLabel(form))]);
    if (step.kind === 'return' && step.mainFlow) {
        for (const result of procedure.results) {
            lines.push([text(`Kết quả: ${result.title}${result.form?.code !== undefined ? ` (${result.form.code})` : ''}`)]);
        }
    }
    return lines;
}

// "Tại Sở Nội vụ" → "tại Sở Nội vụ", to follow "Tổng thời gian".
function lowerFirst(value: string): string {
    return value.length > 0 ? value[0].toLowerCase() + value.slice(1) : value;
}

/** The subtotal row of a part after its last step in the table: "Tổng thời gian tại …", counted, and as published. */
function partRow(part: PartModel, table: FlowTable, procedure: ProcedureModel): Row {
    const onPath = new Set(table.timing?.criticalPath ?? []);
    const steps = procedure.steps.filter(s => s.part === part.id && table.flow.numbers.has(s.id) && (onPath.size === 0 || onPath.has(s.id)));
    const counted = steps.filter(s => s.counted).reduce((sum, s) => sum + (s.duration ? amountOf(s, procedure) : 0), 0)
        + (part.time && steps.some(s => s.counted && !s.duration) ? timeAmount(part.time, procedure) : 0);
    const lines: Line[] = [[strong(amountLike(counted, part.subtotal, procedure))]];
    if (part.subtotal) lines.push([em(`Công bố: ${totalText(part.subtotal)}`)]);
    return { cells: [[], [[strong(`Tổng thời gian ${lowerFirst(part.title)}`)]], [], lines, []], tone: 'total' };
}

/** A counted amount in the unit the table publishes it in: hours beside a total written in hours (`96 giờ`). */
function amountLike(amount: number, published: PartModel['subtotal'], procedure: ProcedureModel): string {
    if (published?.duration?.unit === 'h' && procedure.timing.unit === 'working-minutes') {
        return `${formatNumber(amount / 60)} giờ làm việc`;
    }
    return formatAmount(amount, procedure.timing.unit, procedure.timeRules.minutesPerDay);
}

function timeAmount(duration: NonNullable<StepModel['duration']>, procedure: ProcedureModel): number {
    return procedure.timing.unit === 'calendar-days' ? duration.calendarDays ?? 0 : duration.workingMinutes ?? 0;
}

function amountOf(step: StepModel, procedure: ProcedureModel): number {
    const own = step.duration ? timeAmount(step.duration, procedure) : 0;
    const handover = step.handover && !step.handover.notCounted ? timeAmount(step.handover.deadline, procedure) : 0;
    return own + handover;
}

const TIME_COLUMN = 3;

/**
 * Whether the step's time cell continues the one of the step in the row above: both in a part whose
 * time is shared (written once, at its first step), neither with a time of its own nor a hand-over.
 */
function sharesTimeWith(step: StepModel, above: StepModel | undefined, procedure: ProcedureModel): boolean {
    const plain = (s: StepModel) => s.counted && !s.duration && !s.handover;
    if (!above || step.part === undefined || above.part !== step.part || !plain(step) || !plain(above)) return false;
    const part = procedure.parts.find(p => p.id === step.part);
    return part?.time !== undefined && part.steps[0] !== step.id;
}

/**
 * The rows of a table of steps: one per step of its flow, a subtotal row after the last step of each
 * part, then the total line: counted time, the time not counted, and the published total with its cut.
 */
export function stepRows(procedure: ProcedureModel, table: FlowTable): Row[] {
    const flow = table.flow;
    const rows: Row[] = [];
    const lastOfPart = new Map<string, string>();
    for (const step of flow.steps) if (step.part !== undefined) lastOfPart.set(step.part, step.id);
    let previous: StepModel | undefined;
    for (const step of flow.steps) {
        rows.push({
            cells: [
                [[text(stepLabel(flow.numbers.get(step.id)!))]],
                contentCell(step, flow, procedure),
                responsibleCell(step),
                timeCell(step, procedure, flow),
                outputCell(step, procedure)
            ],
            ...(sharesTimeWith(step, previous, procedure) ? { continues: [TIME_COLUMN] } : {})
        });
        previous = step;
        // A part with a published subtotal gets its subtotal row; a shared time is already in its first step's cell.
        const part = step.part !== undefined && lastOfPart.get(step.part) === step.id ? procedure.parts.find(p => p.id === step.part) : undefined;
        if (part?.subtotal) {
            rows.push(partRow(part, table, procedure));
            previous = undefined;
        }
    }
    const totalLines: Line[] = [[strong('Tổng thời gian giải quyết')]];
    if (flow.forks) totalLines.push([em('Các bước thực hiện song song chỉ tính nhánh dài nhất.')]);
    const timing = table.timing;
    const published = table.caseId !== undefined ? procedure.cases.find(c => c.id === table.caseId)?.total : procedure.total;
    const timeLines: Line[] = timing
        ? [[strong(amountLike(timing.planned, published, procedure))]]
        : [[strong(plannedText(procedure))]];
    if (timing && timing.uncounted > 0) timeLines.push([em(`${NOT_COUNTED}: ${amountLike(timing.uncounted, published, procedure)}`)]);
    if (published) timeLines.push([em(`Công bố: ${totalText(published)}`)]);
    rows.push({ cells: [[], totalLines, [], timeLines, []], tone: 'total' });
    return rows;
}

/** The counted total of a flow and the time not counted, in words. */
export function flowTotalText(procedure: ProcedureModel, planned: number, uncounted: number): string {
    return countedText(planned, uncounted, procedure.timing.unit, procedure.timeRules.minutesPerDay);
}

/** Where a step off the main flow goes next: back to a numbered step, on to another step, or the end. */
function nextCell(step: StepModel, flow: MainFlow, byId: ReadonlyMap<string, StepModel>): Cell {
    const targets = step.transitions.filter(t => !t.exception).flatMap(t => t.targets);
    if (targets.length === 0) return [[text('Kết thúc')]];
    return targets.map(id => {
        const target = byId.get(id);
        return [text(`Tiếp tục ${target ? stepReference(target, flow) : id}`)];
    });
}

interface ExceptionGroup {
    readonly outcome: OutcomeName;
    readonly target: StepModel;
    readonly sources: StepModel[];
}

/**
 * The rows of the exception paths: one per case and handling step (incomplete, then not eligible,
 * then late), naming every step that branches there; then a row for each further step of the path
 * off the main flow (an apology step that leads on to a second one, say).
 */
export function exceptionRows(procedure: ProcedureModel, flow: MainFlow): Row[] {
    const byId = new Map(procedure.steps.map(s => [s.id, s]));
    // Main-flow steps in table order first, so that "Phát sinh tại" lists steps as the table does.
    const ordered = [...flow.steps, ...procedure.steps.filter(s => !s.mainFlow)];
    const groups: ExceptionGroup[] = [];
    // Found by outcome and target, each with the set of its sources: searching the groups and their
    // sources for every transition made a long procedure quadratic.
    const groupOf = new Map<string, { group: ExceptionGroup; sources: Set<StepModel> }>();
    for (const source of ordered) {
        for (const transition of source.transitions.filter(t => t.exception)) {
            for (const id of transition.targets) {
                const target = byId.get(id);
                if (!target) continue;
                const key = `${transition.outcome}\u0000${id}`;
                const found = groupOf.get(key);
                if (found) {
                    if (!found.sources.has(source)) {
                        found.sources.add(source);
                        found.group.sources.push(source);
                    }
                } else {
                    const group = { outcome: transition.outcome, target, sources: [source] };
                    groups.push(group);
                    groupOf.set(key, { group, sources: new Set([source]) });
                }
            }
        }
    }
    // A stable sort: within one case, the order in which the table meets the branches.
    groups.sort((a, b) => situationRank(a.outcome) - situationRank(b.outcome));

    const rows: Row[] = [];
    const continued = new Set<string>();
    const handled = new Set(groups.map(g => g.target));
    const handlingRow = (situation: Cell, from: Cell, step: StepModel): Row => ({
        cells: [situation, from, contentCell(step, flow, procedure), responsibleCell(step), timeCell(step, procedure, flow), outputCell(step, procedure), nextCell(step, flow, byId)]
    });
    for (const group of groups) {
        const situation: Cell = [[strong(situationName(group.outcome))]];
        const from: Cell = group.sources.map(s => [text(stepReference(s, flow))]);
        if (group.target.mainFlow) {
            // The branch goes straight back into the main flow: nothing else is done on the way.
            rows.push({ cells: [situation, from, [[text(`Chuyển đến ${stepReference(group.target, flow)}`)]], [], [], [], []] });
            continue;
        }
        rows.push(handlingRow(situation, from, group.target));
        // Follow the path off the main flow; each of its further steps once.
        const queue = [group.target];
        while (queue.length > 0) {
            const step = queue.shift()!;
            for (const id of step.transitions.filter(t => !t.exception).flatMap(t => t.targets)) {
                const next = byId.get(id);
                if (!next || next.mainFlow || continued.has(id) || handled.has(next)) continue;
                continued.add(id);
                rows.push(handlingRow([[em(`${situationName(group.outcome)} (tiếp theo)`)]], [[text(stepReference(step, flow))]], next));
                queue.push(next);
            }
        }
    }
    return rows;
}

/** The rows of the total against each channel's statutory time; a channel without one says so. */
export function totalRows(procedure: ProcedureModel): Row[] {
    const planned = plannedText(procedure);
    const unregulated: Row[] = procedure.channels.filter(c => !c.statutoryTime).map(channel => ({
        cells: [
            [[text(channelName(channel.kind))]],
            channel.note !== undefined ? [[text(NOT_REGULATED)], [em(channel.note)]] : [[text(NOT_REGULATED)]],
            [[text(planned)]],
            [[text('Không có thời hạn để đối chiếu')]]
        ]
    }));
    return [...channelTotals(procedure).map(total => ({
        cells: [
            [[text(total.name)]],
            total.note !== undefined ? [[text(total.statutoryText)], [em(total.note)]] : [[text(total.statutoryText)]],
            [[text(planned)]],
            [[total.verdict === 'over' ? strong(total.verdictText) : text(total.verdictText)]]
        ],
        tone: total.verdict
    })), ...unregulated];
}
