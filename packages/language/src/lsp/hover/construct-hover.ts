import type { Body, Case, DossierComponent, Member, Part, Procedure } from '../../generated/ast.js';
import { CHANNEL_KINDS, documentOn, statedChannels, type DocumentOnChannel } from '../../semantics/document-channels.js';
import { stepBody } from '../../semantics/performers.js';
import { timingOf } from '../../semantics/timing.js';
import { procedureTimeSummary } from '../code-lens/procedure-time-summary.js';
import { isLevelWord, type LspTexts } from '../texts.js';
import { bullets, titled } from './declaration-hover.js';
import { code, escapeMarkdown } from './markdown-text.js';
import { caseFlowFact } from './time-hover.js';
import { caseClockFact } from './time-rule-facts.js';
import { dueExampleLines } from '../due/due-example.js';

/** A case: its statutory time and published total, where it starts or branches off, and its planned time. */
export function caseHover(c: Case, texts: LspTexts): string {
    const procedure = c.$container;
    const facts = [c.time ? texts.text('hover.caseTime', { time: escapeMarkdown(texts.statutory(c.time)) }) : texts.text('hover.caseNoTime')];
    if (c.total) facts.push(texts.text('hover.caseTotal', { time: escapeMarkdown(texts.published(c.total)) }));
    if (c.start) facts.push(texts.text('hover.caseStart', { step: code(c.start.$refText) }));
    if (c.clockStartsAfter) facts.push(caseClockFact(c, texts));
    const branches = procedure.steps.filter(step => step.transitions.some(t => t.case?.ref === c));
    if (branches.length > 0) facts.push(texts.text('hover.caseBranches', { steps: branches.map(step => code(step.name)).join(', ') }));
    const flow = procedureTimeSummary(procedure, texts).flows.find(f => f.case === c);
    if (flow) facts.push(caseFlowFact(flow, texts, false));
    return [texts.text('hover.case', { name: code(c.name), title: escapeMarkdown(c.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A part: the level it is done at, its subtotal or shared time, its steps and their counted time on the longest path. */
export function partHover(part: Part, texts: LspTexts): string {
    const procedure = part.$container;
    const facts: string[] = [];
    if (part.level) facts.push(texts.text('hover.partLevel', { level: isLevelWord(part.level) ? texts.text(`levelOf.${part.level}`) : escapeMarkdown(part.level) }));
    if (part.subtotal) facts.push(texts.text('hover.partSubtotal', { time: escapeMarkdown(texts.published(part.subtotal)) }));
    if (part.time) facts.push(texts.text('hover.partTime', { time: escapeMarkdown(texts.duration(part.time.value)) }));
    const steps = procedure.steps.filter(step => step.part?.ref === part);
    facts.push(texts.text('hover.partSteps', { steps: steps.length > 0 ? steps.map(step => code(step.name)).join(', ') : texts.text('hover.none') }));
    const timing = timingOf(procedure);
    const path = timing.critical?.steps.filter(step => step.part?.ref === part) ?? [];
    if (path.length > 0) {
        const counted = path.reduce((sum, step) => sum + (timing.stepCost(step) ?? 0), 0);
        facts.push(texts.text('hover.partCounted', { time: texts.duration(timing.format(counted)) }));
    }
    return [texts.text('hover.partDeclaration', { name: code(part.name), title: escapeMarkdown(part.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A body set up during a procedure: where, and the steps it performs. */
export function bodyHover(body: Body, texts: LspTexts): string {
    const procedure = body.$container;
    const steps = procedure.steps.filter(step => stepBody(step) === body);
    const facts = [
        texts.text('hover.bodyIn', { procedure: titled(procedure.title, procedure.name) }),
        texts.text('hover.bodySteps', { steps: steps.length > 0 ? steps.map(step => code(step.name)).join(', ') : texts.text('hover.none') })
    ];
    return [texts.text('hover.body', { name: code(body.name), title: escapeMarkdown(body.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A member of a group of procedures: its own record, what it takes from the enclosing procedure, and with `now` a worked example of its due date. */
export function memberHover(member: Member, texts: LspTexts, now?: string): string {
    const procedure: Procedure = member.$container;
    const from = code(procedure.name);
    const facts = [texts.text('hover.memberOf', { procedure: titled(procedure.title, procedure.name) })];
    const record = (what: string, own: boolean): string => texts.text(own ? 'hover.memberOwn' : 'hover.memberShared', { what, procedure: from });
    const memberCode = member.code ?? procedure.code;
    facts.push(record(texts.text('hover.code', { code: memberCode ? code(memberCode) : texts.text('hover.none') }), member.code !== undefined));
    const level = member.level ?? procedure.level;
    facts.push(record(texts.text('hover.level', { level: !level ? texts.text('hover.notStated') : isLevelWord(level) ? texts.text(`levelName.${level}`) : level }), member.level !== undefined));
    const authority = member.authority ?? procedure.authority;
    const unit = authority?.ref;
    facts.push(record(texts.text('hover.authority', { authority: unit ? titled(unit.title, unit.name) : authority ? code(authority.$refText) : texts.text('hover.notStated') }), member.authority !== undefined));
    if (now !== undefined) facts.push(...dueExampleLines(member, now, texts));
    return [texts.text('hover.member', { name: code(member.name), title: escapeMarkdown(member.title ?? '') }), bullets(facts)].join('\n\n');
}

/**
 * A dossier component: what it is on each channel (`original for in-person electronic for online`), for
 * the channels the procedure declares and those its clauses name; one line when it is the same on all.
 */
export function documentHover(document: DossierComponent, texts: LspTexts): string {
    const what = (on: DocumentOnChannel): string => {
        const words = [...(on.paper ? [texts.text(`paper.${on.paper}`)] : []), ...on.media.map(m => texts.text(`medium.${m}`))];
        return words.length > 0 ? words.join(', ') : texts.text('hover.documentUnstated');
    };
    const facts: string[] = [];
    const stated = statedChannels(document);
    if (stated.length === 0) {
        facts.push(texts.text('hover.documentEvery', { what: what(documentOn(document, 'online')) }));
    } else {
        const declared = new Set(document.$container.channels.map(channel => channel.kind));
        for (const channel of CHANNEL_KINDS.filter(c => declared.has(c) || stated.includes(c))) {
            facts.push(texts.text('hover.documentOn', { channel: texts.text(`channel.${channel}`), what: what(documentOn(document, channel)) }));
        }
    }
    return [texts.text('hover.document', { title: escapeMarkdown(document.title) }), bullets(facts)].join('\n\n');
}
