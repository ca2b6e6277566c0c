import type { OutcomeName, ProcedureModel, StepModel } from '../../model/procedure-model.js';
import { em, strong, text, type Cell, type Line, type Row } from './blocks.js';
import type { MainFlow } from './flow.js';
import { channelTotals, plannedText } from './totals.js';
import { formLabel, handoverChannelName, situationName, situationRank, stepLabel } from './vietnamese-terms.js';
import { formatDuration } from './vietnamese-time.js';

// The rows of the three tables of a procedure page, shared by the Markdown and the HTML output.

/** `Bước 2: Thẩm định hồ sơ` for a main-flow step, the title alone for a step off the main flow. */
function stepReference(step: StepModel, flow: MainFlow): string {
    const number = flow.numbers.get(step.id);
    return number !== undefined ? `${stepLabel(number)}: ${step.title}` : step.title;
}

/** What is done: the title, the task, the hand-over and the parallel branches. */
function contentCell(step: StepModel, flow: MainFlow): Cell {
    const lines: Line[] = [[strong(step.title)]];
    if (step.task !== undefined) lines.push([text(step.task)]);
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

/** Who does it: the unit, the position, and for a hand-over the partner agency. */
function responsibleCell(step: StepModel): Cell {
    const lines: Line[] = [[text(step.unit.title)]];
    if (step.position) lines.push([text(step.position.title)]);
    if (step.handover) lines.push([text(`Cơ quan phối hợp: ${step.handover.partner.title}`)]);
    return lines;
}

/** How long: the step's time as written, and the partner's sub-deadline of a hand-over. */
function timeCell(step: StepModel): Cell {
    const lines: Line[] = [];
    if (step.duration) lines.push([text(formatDuration(step.duration))]);
    if (step.handover) lines.push([text(`Cơ quan phối hợp: ${formatDuration(step.handover.deadline)}`)]);
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

/** The rows of the main table: one per main-flow step, then the total line. */
export function stepRows(procedure: ProcedureModel, flow: MainFlow): Row[] {
    const rows: Row[] = flow.steps.map(step => ({
        cells: [
            [[text(stepLabel(flow.numbers.get(step.id)!))]],
            contentCell(step, flow),
            responsibleCell(step),
            timeCell(step),
            outputCell(step, procedure)
        ]
    }));
    const totalLines: Line[] = [[strong('Tổng thời gian giải quyết')]];
    if (flow.forks) totalLines.push([em('Các bước thực hiện song song chỉ tính nhánh dài nhất.')]);
    rows.push({ cells: [[], totalLines, [], [[strong(plannedText(procedure))]], []], tone: 'total' });
    return rows;
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
        cells: [situation, from, contentCell(step, flow), responsibleCell(step), timeCell(step), outputCell(step, procedure), nextCell(step, flow, byId)]
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

/** The rows of the total against each channel's statutory time. */
export function totalRows(procedure: ProcedureModel): Row[] {
    const planned = plannedText(procedure);
    return channelTotals(procedure).map(total => ({
        cells: [
            [[text(total.name)]],
            total.note !== undefined ? [[text(total.statutoryText)], [em(total.note)]] : [[text(total.statutoryText)]],
            [[text(planned)]],
            [[total.verdict === 'over' ? strong(total.verdictText) : text(total.verdictText)]]
        ],
        tone: total.verdict
    }));
}
