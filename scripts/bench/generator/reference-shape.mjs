// Workspaces shaped like the stock-Langium reference in performance.md: one catalogue of 300 units
// and 50 forms, and procedure files of 8 to 15 terse steps (about 0.9 KB each), each step naming a
// unit and the next step. They still satisfy every rule, so `tthc check` runs its full rule set on
// input of the reference's size: the like-for-like comparison the realistic workspaces cannot give.
import { createRandom } from './random.mjs';

const BLOCKS = 60; // 60 blocks of 5 units = 300 units; half commune, half province
const BLOCK_KINDS = ['one-stop', 'people-committee', 'office', 'division', 'division'];

/** The catalogue as data: 300 units in blocks of five, each unit with an officer and a leader. */
export function buildReferenceCatalogue() {
    const units = [];
    for (let block = 0; block < BLOCKS; block++) {
        const level = block % 2 === 0 ? 'commune' : 'province';
        BLOCK_KINDS.forEach((kind, i) => units.push({ name: `U${block}_${i}`, title: `Đơn vị ${block}.${i}`, level, kind }));
    }
    const forms = Array.from({ length: 50 }, (_, i) => ({ name: `F${i + 1}`, title: `Mẫu số ${i + 1}` }));
    return { name: 'ThamChieu', title: 'Tỉnh Tham Chiếu', units, forms };
}

/** Renders the catalogue as `.tthc` text. */
export function renderReferenceCatalogue(catalogue) {
    const lines = [`province ${catalogue.name} "${catalogue.title}" code 99 days working {`];
    for (const unit of catalogue.units) {
        lines.push(`  unit ${unit.name} "${unit.title}" level ${unit.level} kind ${unit.kind} { position CB "Cán bộ" position LD "Lãnh đạo" leader }`);
    }
    for (const form of catalogue.forms) lines.push(`  form ${form.name} "${form.title}"`);
    lines.push('}');
    return lines.join('\n') + '\n';
}

/**
 * Procedure `index` as data: 8 to 15 steps in one block's units, one hour each, against a
 * statutory time of as many hours; a reception with a supplement branch, an approval by a leader,
 * a return at the one-stop unit.
 */
export function buildReferenceProcedure(index, seed) {
    const random = createRandom(seed);
    const block = random.int(0, BLOCKS - 1);
    const level = block % 2 === 0 ? 'commune' : 'province';
    const count = random.int(8, 15);
    const unit = i => `U${block}_${i}`;
    const steps = [];
    for (let i = 1; i <= count; i++) {
        const kind = i === 1 ? 'reception' : i === count ? 'return' : i === count - 1 ? 'approval' : 'review'; // a review: an appraisal would need a refusal path (appraisal-without-refusal)
        const performer = i === 1 || i === count ? `${unit(0)}.CB` : i === count - 1 ? `${unit(1)}.LD` : `${unit(2 + (i % 3))}.CB`;
        steps.push({ name: `B${i}`, title: `Bước ${i}`, kind, performer, time: '1h', next: i < count ? `B${i + 1}` : undefined });
    }
    return { name: `P${index}`, title: `Thủ tục ${index}`, code: `1.${String(index).padStart(6, '0')}`, level, authority: unit(1), hours: count, steps, supplement: `${unit(0)}.CB` };
}

/** Renders a procedure as `.tthc` text. */
export function renderReferenceProcedure(p) {
    const lines = [
        `procedure ${p.name} "${p.title}" {`,
        `  code ${p.code} sector "Tư pháp" level ${p.level} authority ${p.authority}`,
        `  channel in-person time ${p.hours}h fee 0 VND`,
        `  result "Kết quả"`
    ];
    for (const [i, s] of p.steps.entries()) {
        const branch = i === 0 ? ' on incomplete -> BS' : '';
        lines.push(`  step ${s.name} "${s.title}" ${s.kind} by ${s.performer} ${s.time}${s.next ? ` -> ${s.next}` : ''}${branch}`);
    }
    lines.push(`  step BS "Bổ sung" supplement-request by ${p.supplement}`, '}');
    return lines.join('\n') + '\n';
}
