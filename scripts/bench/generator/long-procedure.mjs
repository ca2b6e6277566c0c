// Procedures far longer than anyone writes, for the growth benchmark and the robustness tests: an editor
// must never hang on a pasted file. Uses the reference-shaped catalogue (reference-shape.mjs): block 0 is
// a commune (U0_0 one-stop, U0_1 people's committee whose LD is a leader, U0_2..4 offices and divisions).
//
// - `long`: `steps` steps with the transitions real procedures have: a supplement branch off the
//   reception, refusals, re-work loops back (cycles with an exit), approved shortcuts, parallel forks
//   that join again, an apology for late dossiers, hand-overs to a province unit with a sub-deadline.
//   Clean: every rule holds, and the channel's time is exactly the longest main-flow path.
// - `repeated`: the same step line `steps` times (all duplicates), as when a line is pasted in a loop.
// - `long-title`: a clean 12-step procedure whose title is `titleBytes` bytes long.

const WORKERS = ['U0_2.CB', 'U0_3.CB', 'U0_4.CB'];
const KINDS = ['appraisal', 'review', 'inspection', 'transfer', 'assignment'];
const TIMES = [['1h', 60], ['30min', 30], ['0.5wd', 240], ['2h', 120]];

/**
 * The source text of a clean procedure of exactly `steps` steps (at least 12) with realistic
 * transitions, exception outcomes and hand-overs.
 * @param {number} steps
 * @param {{ name?: string, code?: string, title?: string }} [options]
 * @returns {string}
 */
export function renderLongProcedure(steps, options = {}) {
    if (!Number.isInteger(steps) || steps < 12) throw new Error(`a long procedure has at least 12 steps, not ${steps}`);
    const lines = [];
    let total = 0; // working minutes along the longest main-flow path
    // Three off-flow steps (supplement, refusal, apology) and the last two (approval, return) are
    // fixed; the rest are the middle chain B2.. with a side step P<i> for each fork.
    const fixed = 5;
    let remaining = steps - fixed;
    const middle = [];
    for (let i = 2; remaining > 0; i++) {
        // A fork every 23 steps: B<i> -> B<i+1>, P<i>; both join at B<i+2>. It needs room for B<i+1>,
        // P<i> and a middle step B<i+2> (the join must come before the approval).
        const fork = i % 23 === 0 && remaining >= 4;
        middle.push({ index: i, fork });
        remaining -= fork ? 2 : 1;
    }
    const last = middle.length + 2; // the approval is B<last>, the return B<last + 1>
    const name = i => `B${i}`;
    const step = (stepName, title, kind, performer, rest) => `  step ${stepName} ${JSON.stringify(title)} ${kind} by ${performer}${rest ? ` ${rest}` : ''}`;

    lines.push(step('B1', 'Tiếp nhận, kiểm tra hồ sơ', 'reception', 'U0_0.CB', `1h -> B2 on incomplete -> BS on rejected -> TC`));
    total += 60;
    for (const [position, { index: i, fork }] of middle.entries()) {
        const [time, minutes] = TIMES[i % TIMES.length];
        const kind = KINDS[i % KINDS.length];
        const next = name(i + 1);
        const parts = [time];
        let cost = minutes;
        // A hand-over to a province department every 17 steps, with its sub-deadline.
        if (i % 17 === 0) {
            parts.push('handover to U1_3 via LGSP within 2h');
            cost += 120;
        }
        parts.push(fork ? `-> ${next}, P${i}` : `-> ${next}`);
        if (i % 7 === 0) parts.push('on rejected -> TC');
        // A re-work loop: sent back three steps (an exception edge, so a cycle with an exit).
        if (i % 11 === 0 && i > 4) parts.push(`on incomplete -> ${name(i - 3)}`);
        // A shortcut past the next step; the longest path still takes the next step. Not from a
        // fork's own step, nor into the step after it (which already has two ways in).
        if (i % 13 === 0 && !fork && !(middle[position - 1]?.fork) && i + 2 < last) parts.push(`on approved -> ${name(i + 2)}`);
        if (i % 29 === 0) parts.push('on late -> XL');
        lines.push(step(name(i), `Bước ${i}: xử lý hồ sơ theo quy định`, kind, WORKERS[i % WORKERS.length], parts.join(' ')));
        total += cost;
        if (fork) {
            // The side step is no longer than B<i+1>, which costs at least 30 minutes.
            lines.push(step(`P${i}`, `Bước ${i} (song song): lấy ý kiến phối hợp`, 'appraisal', WORKERS[(i + 1) % WORKERS.length], `30min -> ${name(i + 2)}`));
        }
    }
    lines.push(step(name(last), 'Phê duyệt, ký kết quả', 'approval', 'U0_1.LD', `1h -> ${name(last + 1)} on late -> XL`));
    lines.push(step(name(last + 1), 'Trả kết quả', 'return', 'U0_0.CB', '1h'));
    total += 120;
    lines.push(step('BS', 'Yêu cầu bổ sung hồ sơ', 'supplement-request', 'U0_0.CB'));
    lines.push(step('TC', 'Từ chối giải quyết', 'refusal', 'U0_0.CB'));
    lines.push(step('XL', 'Xin lỗi, hẹn lại ngày trả kết quả', 'apology', 'U0_0.CB', `-> ${name(last + 1)}`));
    return header(options, total) + lines.join('\n') + '\n}\n';
}

/**
 * The source text of a clean chain of `steps` steps (at least 3), an hour each: the reception, then
 * one step after another, the approval and the return. With `reversed`, the steps after the reception
 * are written last first, so that walking back from a step to the start goes through every step.
 * @param {number} steps
 * @param {{ reversed?: boolean }} [options]
 * @returns {string}
 */
export function renderChain(steps, options = {}) {
    if (!Number.isInteger(steps) || steps < 3) throw new Error(`a chain has at least 3 steps, not ${steps}`);
    const line = i => {
        // `review`, not `appraisal`: an appraisal can reject, and a chain has no refusal path.
        const kind = i === 1 ? 'reception' : i === steps ? 'return' : i === steps - 1 ? 'approval' : 'review';
        const performer = i === 1 || i === steps ? 'U0_0.CB' : i === steps - 1 ? 'U0_1.LD' : WORKERS[i % WORKERS.length];
        const next = i < steps ? ` -> B${i + 1}` : '';
        return `  step B${i} "Bước ${i}" ${kind} by ${performer} 1h${next}${i === 1 ? ' on incomplete -> BS' : ''}`;
    };
    const rest = Array.from({ length: steps - 1 }, (_, i) => line(i + 2));
    if (options.reversed) rest.reverse();
    const lines = [line(1), ...rest, '  step BS "Yêu cầu bổ sung hồ sơ" supplement-request by U0_0.CB'];
    return header({ name: 'ChuoiBuoc', code: '1.900004', title: 'Thủ tục một chuỗi bước' }, steps * 60) + lines.join('\n') + '\n}\n';
}

/**
 * The source text of a clean procedure of about `steps` steps where every step of a chain has exits of
 * its own: a refusal step when the dossier is not eligible and a return step (with an apology) when it
 * is late. A third of the steps are on the main flow; each exit is a separate terminal step.
 * @param {number} steps
 * @returns {string}
 */
export function renderManyExits(steps) {
    const chain = Math.max(4, Math.floor(steps / 3));
    const lines = [];
    for (let i = 1; i <= chain; i++) {
        const kind = i === 1 ? 'reception' : i === chain ? 'return' : i === chain - 1 ? 'approval' : 'appraisal';
        const performer = i === 1 || i === chain ? 'U0_0.CB' : i === chain - 1 ? 'U0_1.LD' : WORKERS[i % WORKERS.length];
        const exits = i > 1 && i < chain - 1 ? ` on rejected -> R${i} on late -> L${i}` : '';
        lines.push(`  step B${i} "Bước ${i}" ${kind} by ${performer} 1h${i < chain ? ` -> B${i + 1}` : ''}${i === 1 ? ' on incomplete -> BS' : ''}${exits}`);
    }
    for (let i = 2; i < chain - 1; i++) {
        lines.push(`  step R${i} "Từ chối sau bước ${i}" refusal by U0_0.CB`);
        lines.push(`  step L${i} "Xin lỗi và trả kết quả trễ hạn sau bước ${i}" return by U0_0.CB`);
    }
    lines.push('  step BS "Yêu cầu bổ sung hồ sơ" supplement-request by U0_0.CB');
    return header({ name: 'NhieuNgaRe', code: '1.900005', title: 'Thủ tục nhiều ngã rẽ' }, chain * 60) + lines.join('\n') + '\n}\n';
}

/**
 * The source text of a procedure whose `steps` step lines are one identical line (every one a duplicate).
 * @param {number} steps
 * @returns {string}
 */
export function renderRepeatedSteps(steps) {
    const line = '  step B1 "Tiếp nhận hồ sơ" reception by U0_0.CB 1h -> B1 on incomplete -> B1';
    return header({ name: 'LapLai', code: '1.900002' }, 60) + `${line}\n`.repeat(steps) + '}\n';
}

/**
 * The source text of a clean 12-step procedure whose title is `titleBytes` bytes of UTF-8 (Vietnamese text).
 * @param {number} titleBytes
 * @returns {string}
 */
export function renderLongTitle(titleBytes) {
    const phrase = 'Thủ tục cấp giấy chứng nhận đăng ký hộ kinh doanh ';
    const phraseBytes = Buffer.byteLength(phrase);
    let title = phrase.repeat(Math.ceil(titleBytes / phraseBytes));
    while (Buffer.byteLength(title) > titleBytes) title = title.slice(0, -1);
    return renderLongProcedure(12, { name: 'TieuDeDai', code: '1.900003', title: title.trimEnd() });
}

function header({ name = 'DaiBuoc', code = '1.900001', title = 'Thủ tục có rất nhiều bước' }, minutes) {
    return [
        `procedure ${name} ${JSON.stringify(title)} {`,
        `  code ${code} sector "Tư pháp" level commune authority U0_1`,
        `  channel in-person time ${minutes}min fee 0 VND`,
        '  result "Kết quả"',
        ''
    ].join('\n');
}
