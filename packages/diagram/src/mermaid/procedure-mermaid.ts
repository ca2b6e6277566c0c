import { NOT_COUNTED, formatDuration, performerText, performersText, type ProcedureModel, type StepModel, type UnitRef } from '@tthc/compiler';
import { mermaidText } from './mermaid-text.js';

// Lanes by level, in the order a reviewer reads them, then by unit in the order steps first use them; the
// applicant's own steps (`by applicant`) are no level's and come last.
const levelOrder = ['province', 'commune', 'central', 'applicant'] as const;
const levelTitles: Record<string, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã', central: 'Cơ quan phối hợp', applicant: 'Tổ chức, cá nhân' };
const outcomeLabels: Record<string, string> = {
    approved: 'Đạt yêu cầu',
    rejected: 'Không đủ điều kiện',
    incomplete: 'Hồ sơ chưa đầy đủ',
    late: 'Quá hạn'
};

/**
 * A procedure as a Mermaid `flowchart` for pasting into Markdown, where code hosts render it in pull
 * requests: nested subgraphs for the lanes (level, then responsible unit), a node per step with its
 * time limit, edges with their outcomes, exception paths dashed, the critical path highlighted, and
 * hand-overs to partner agencies in a lane of their own. Ids are generated (`S1`, `L1`, `U1_1`), never
 * taken from the source; every text from the source goes through `mermaidText`. Deterministic.
 */
export function procedureMermaid(procedure: ProcedureModel): string {
    const stepIds = new Map(procedure.steps.map((step, index) => [step.id, `S${index + 1}`]));
    const lines = ['flowchart LR', `  %% ${procedure.code}: do tthc sinh ra từ mã nguồn thủ tục hành chính`];

    // Lanes: level → unit → steps, plus partner agencies of hand-overs.
    const units = new Map<string, { unit: UnitRef; steps: StepModel[] }>();
    for (const step of procedure.steps) {
        const lane = units.get(step.unit.id) ?? { unit: step.unit, steps: [] };
        lane.steps.push(step);
        units.set(step.unit.id, lane);
    }
    const partners = new Map<string, UnitRef>();
    for (const step of procedure.steps) {
        if (step.handover && !units.has(step.handover.partner.id)) partners.set(step.handover.partner.id, step.handover.partner);
    }
    let unitIndex = 0;
    levelOrder.forEach((level, levelIndex) => {
        const lanes = [...units.values()].filter(lane => (lane.unit.kind === 'applicant' ? 'applicant' : lane.unit.level) === level);
        const partnersHere = level === 'central' ? [...partners.values()] : [];
        if (lanes.length === 0 && partnersHere.length === 0) return;
        lines.push(`  subgraph L${levelIndex + 1}["${mermaidText(levelTitles[level])}"]`);
        for (const lane of lanes) {
            unitIndex++;
            lines.push(`    subgraph U${unitIndex}["${mermaidText(lane.unit.title)}"]`);
            for (const step of lane.steps) {
                lines.push(`      ${stepIds.get(step.id)}["${stepLabel(step, procedure.timeRules.minutesPerDay)}"]`);
            }
            lines.push('    end');
        }
        partnersHere.forEach((partner, index) => {
            lines.push(`    P${index + 1}[["${mermaidText(partner.title)}"]]`);
        });
        lines.push('  end');
    });
    const partnerIds = new Map([...partners.keys()].map((id, index) => [id, `P${index + 1}`]));

    // Flow: start, transitions, ends.
    const first = procedure.steps[0];
    lines.push('  start(("Nộp hồ sơ"))');
    if (first) lines.push(`  start --> ${stepIds.get(first.id)}`);
    // A case with a table of its own starts at its own first step.
    for (const c of procedure.cases) {
        const to = c.start !== undefined && c.start !== first?.id ? stepIds.get(c.start) : undefined;
        if (to) lines.push(`  start -->|"${mermaidText(c.title)}"| ${to}`);
    }
    let end = 0;
    for (const step of procedure.steps) {
        const from = stepIds.get(step.id)!;
        for (const transition of step.transitions) {
            const caseTitle = transition.caseId === undefined ? undefined : procedure.cases.find(c => c.id === transition.caseId)?.title ?? transition.caseId;
            const label = caseTitle ?? outcomeLabels[transition.outcome];
            const arrow = transition.exception ? '-.->' : '-->';
            for (const target of transition.targets) {
                const to = stepIds.get(target);
                if (to) lines.push(`  ${from} ${arrow}${label ? `|"${mermaidText(label)}"|` : ''} ${to}`);
            }
        }
        if (step.transitions.length === 0) {
            end++;
            lines.push(`  ${from} --> end${end}(("Kết thúc"))`);
        }
        if (step.handover) {
            const partner = units.has(step.handover.partner.id) ? stepIds.get(units.get(step.handover.partner.id)!.steps[0].id) : partnerIds.get(step.handover.partner.id);
            const notCounted = step.handover.notCounted ? `, ${NOT_COUNTED.toLowerCase()}` : '';
            if (partner) lines.push(`  ${from} -. "${mermaidText(`liên thông, ${formatDuration(step.handover.deadline, procedure.timeRules.minutesPerDay)}${notCounted}`)}" .-> ${partner}`);
        }
    }

    // The critical path, and the exception steps, styled.
    const critical = procedure.steps.filter(step => step.critical).map(step => stepIds.get(step.id)!);
    const exception = procedure.steps.filter(step => !step.mainFlow).map(step => stepIds.get(step.id)!);
    lines.push('  classDef critical stroke:#b00020,stroke-width:3px');
    lines.push('  classDef exception stroke-dasharray:4 3');
    if (critical.length > 0) lines.push(`  class ${critical.join(',')} critical`);
    if (exception.length > 0) lines.push(`  class ${exception.join(',')} exception`);
    return lines.join('\n') + '\n';
}

function stepLabel(step: StepModel, minutesPerDay: number): string {
    const parts = [mermaidText(step.title)];
    const { main, alternatives, partners } = step.performers;
    const who = alternatives.length === 0 && partners.length === 0 ? performerText(main) : performersText(step.performers, false);
    parts.push(mermaidText(who));
    // A step whose time does not count says so, as the tables do.
    if (!step.counted) parts.push(mermaidText(NOT_COUNTED));
    else if (step.duration) parts.push(mermaidText(formatDuration(step.duration, minutesPerDay)));
    return parts.join('<br/>');
}
