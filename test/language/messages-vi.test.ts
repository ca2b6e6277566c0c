// The Vietnamese catalogue beside the English one, and the locale service that every producer of
// diagnostics (checks, linker, parser, lexer) follows.
import {
    createTthcServices, englishMessages, issueCodes, messageFor, vietnameseMessages,
    type IssueCode, type MessageArgs
} from '@tthc/language';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from './check-helper.js';

const LONG = 'X'.repeat(100);

// Every variant of every message; typed per code, so a code without samples does not compile.
const samples: { [C in IssueCode]: readonly MessageArgs<C>[] } = {
    'syntax-error': [{ detail: 'Gặp X ở chỗ cần Y.' }],
    'unknown-reference': [{ kind: 'unit or position', name: 'A' }, { kind: 'unit', name: 'A', suggestion: 'B' }, { kind: 'step in this procedure', name: 'S' }, { kind: 'form', name: 'F' },
        { kind: 'case in this procedure', name: 'C' }, { kind: 'part in this procedure', name: 'P' }],
    'file-encoding': [{ byteOffset: 12 }, { byteOffset: 0, utf16: true }],
    'file-empty': [{}],
    'file-too-large': [{ size: '9.0 MiB', limit: '8.0 MiB' }],
    'district-level': (['unit', 'step', 'procedure', 'partner', 'authority'] as const).map(what => ({ what, name: 'N', unit: 'U' })),
    'district-unit-title': [{ name: 'U', title: 'Phòng Tư pháp huyện', level: 'commune' }],
    'successor-at-district': [{ what: 'unit', name: 'U', successor: 'V' }, { what: 'position', name: 'P', successor: 'V.P' }],
    'successor-of-local-body': [{ what: 'unit', name: 'U', level: 'commune' }, { what: 'position', name: 'P', level: 'province' }],
    'duplicate-successor': [
        { what: 'unit', name: 'U', key: 'sector', value: 'Hộ tịch' }, { what: 'unit', name: 'U', key: 'level', value: 'commune' },
        { what: 'position', name: 'P', key: 'rest' }
    ],
    'procedure-level': [{ name: 'P' }, { name: 'P', level: 'central' }],
    'abolished-body-title': [
        { what: 'unit', name: 'U', title: 'Ủy ban nhân dân thị trấn A', body: 'township' },
        { what: 'position', name: 'P', title: 'Chủ tịch UBND huyện', body: 'district' },
        ...([undefined, 'commune', 'ward'] as const).map(place => ({
            what: 'unit' as const, name: 'U', title: 'Phòng Quản lý đô thị', body: 'division' as const, written: 'Phòng Quản lý đô thị',
            commune: 'Phòng Kinh tế', ward: 'Phòng Kinh tế, Hạ tầng và Đô thị', place
        }))
    ],
    'merged-department': [
        { what: 'unit', name: 'U', title: 'Sở Giao thông vận tải', written: 'Sở Giao thông vận tải', into: 'Sở Xây dựng', sectorsTo: [], onlyWhereSetUp: false },
        { what: 'position', name: 'P', title: 'Giám đốc Sở Lao động - Thương binh và Xã hội', written: 'Sở Lao động - Thương binh và Xã hội', into: 'Sở Nội vụ', sectorsTo: ['Sở Y tế'], onlyWhereSetUp: false },
        { what: 'unit', name: 'U', title: 'Ban Dân tộc', written: 'Ban Dân tộc', into: 'Sở Dân tộc và Tôn giáo', sectorsTo: [], onlyWhereSetUp: true }
    ],
    'ward-variant': (['commune', 'ward'] as const).map(place => ({ what: 'unit' as const, name: 'U', title: 'T', written: 'W', place, write: 'R' })),
    'level-mismatch': [
        { procedure: 'P', performer: 'U', unitLevel: 'province', procedureLevel: 'commune' },
        { step: 'S', performer: 'U', unitLevel: 'commune', procedureLevel: 'province' }
    ],
    'sector-agency-step': [{ step: 'S', performer: 'CongAn' }],
    'time-over-statutory': [
        { procedure: 'P', channels: ['in-person'], planned: '1wd 4h 30min', statutory: '1wd', over: '4h 30min', path: ['A', 'B'], terms: [{ step: 'A', time: '1wd' }, { step: 'B', time: '4h 30min' }], more: 0 },
        { procedure: 'P', case: 'XacMinh', planned: '31wd', statutory: '30wd', over: '1wd', path: ['A'], terms: [{ step: 'A', time: '1wd' }], more: 14 }
    ],
    'time-under-statutory': [{ procedure: 'P', channels: ['postal'], planned: '12.5cd', statutory: '15cd', under: '2.5cd' }, { procedure: 'P', channels: ['in-person', 'online'], planned: '4h', statutory: '1wd', under: '4h' }],
    'mixed-day-kinds': [{ value: '15cd' }],
    'invalid-duration': (['zero', 'conversion-on-working', 'conversion-to-calendar', 'working-day'] as const).map(reason => ({ value: '0h', reason })),
    'day-kind-unstated': [{ value: '0.5d', procedure: 'P' }],
    'total-mismatch': [
        { what: 'procedure', owner: 'P', stated: '3d', counted: '3wd 4h', terms: [{ step: 'A', time: '3wd' }, { step: 'B', time: '4h' }], more: 0, uncounted: '1wd' },
        { what: 'case', owner: 'C', stated: '15d', counted: '16wd', terms: [{ step: 'A', time: '1wd' }], more: 20 },
        { what: 'part', owner: 'TaiXa', stated: '40h', counted: '4wd 4h', terms: [], more: 0 }
    ],
    'total-over-statutory': [
        { owner: 'P', stated: '12d', statutory: '10wd', channels: ['online'] },
        { owner: 'C', stated: '31d', statutory: '30wd', case: 'C' }
    ],
    'part-over-limit': [{ part: 'YeuCauGiaiTrinh', limit: '5wd', counted: '5.5wd', terms: [{ step: 'B9', time: '2d' }, { step: 'B10', time: '3.5d' }], more: 0 }],
    'cut-arithmetic': [
        { reason: 'total', stated: '50d', cut: '12d', of: '60d', expected: '48wd' },
        { reason: 'ratio', stated: '25%', cut: '12d', of: '60d', expected: '20%' }
    ],
    'cut-below-target': [{ ratio: '12.5%', target: '20%' }],
    'part-without-steps': [{ part: 'TaiXa' }],
    'part-time-and-step-time': [{ step: 'S', part: 'KhoiThamDinh' }],
    'case-without-limit': [{ case: 'XacMinh' }],
    'case-unused': [{ case: 'XacMinh' }],
    'from-step-not-before': [{ step: 'KyDuyet', from: 'TraKetQua', candidates: ['ThamDinh', 'TiepNhan'] }, { step: 'KyDuyet', from: 'TraKetQua', candidates: [] }],
    'from-step-not-on-step': [{ from: 'TiepNhan' }],
    'from-step-overrun': [{ step: 'KyDuyet', from: 'TiepNhan', time: '3h', between: '4h', over: '1h' }],
    'first-step-reception': [{ step: 'S', reason: 'kind' }, { step: 'S', reason: 'unit' }, { step: 'S', reason: 'level', level: 'commune' }],
    'last-step-return': [{ step: 'S', reason: 'kind' }, { step: 'S', reason: 'unit' }],
    'missing-approval': [{ procedure: 'P', step: 'S', nonLeaders: [], more: 0 }, { procedure: 'P', step: 'S', nonLeaders: ['A', 'B'], more: 0 }, { procedure: 'P', step: 'S', nonLeaders: ['A', 'B'], more: 7 }],
    'unreachable-step': [{ step: 'S', first: 'T' }],
    'dead-end-step': [{ step: 'S', outcomes: ['rejected'] }, { step: 'S', outcomes: ['rejected', 'incomplete'] }],
    'cycle-without-exit': [{ steps: ['A', 'B'], more: 0 }, { steps: ['A', 'B'], more: 30 }],
    'no-supplement-path': [{ step: 'S' }],
    'duplicate-outcome': [{ step: 'S', outcome: 'default' }, { step: 'S', outcome: 'rejected' }, { step: 'S', outcome: 'default', case: 'XacMinh' }],
    'code-format': [{ code: '1.00119' }],
    'agency-code-format': [{ code: '000.00.H30' }],
    'admin-code-format': [{ code: '6' }],
    'duplicate-code': [{ code: '1.001193', count: 2 }],
    'duplicate-name': [{ name: 'N', count: 3 }],
    'full-online-in-person': [{ what: 'inspection', name: 'S' }, { what: 'original', name: 'D' }, { what: 'paper', name: 'D' }],
    'fee-invalid': (['negative', 'not-whole', 'cap-below-amount', 'first-page', 'first-unit', 'discount-over-100', 'rate-without-over', 'empty-bracket'] as const)
        .map(reason => ({ amount: '-1', reason, bound: '5' })),
    'superseded-legal-basis': [{ number: '61/2018/NĐ-CP', replacement: '118/2025/NĐ-CP', title: 'Nghị định 118/2025/NĐ-CP' }],
    'handover-incomplete': [{ step: 'S', missing: ['partner agency', 'sub-deadline'] }, { step: 'S', missing: ['partner agency'] }, { step: 'S', missing: ['sub-deadline'] }],
    'missing-attribute': [
        { what: 'Procedure', name: 'P', attribute: 'code', example: "'code 1.001193' with its code in the National Database" },
        { what: 'Procedure', name: 'P', attribute: 'sector', example: `'sector "Hộ tịch"'` },
        { what: 'Procedure', name: 'P', attribute: 'channel', example: "'channel in-person time 1d fee 0 VND'" },
        { what: 'Procedure', name: 'P', attribute: 'result', example: `'result "Giấy khai sinh"'` },
        { what: 'Procedure', name: 'P', attribute: 'steps', example: 'its internal procedure as `step` lines, starting with the reception' },
        { what: 'Unit', name: 'U', attribute: 'level', example: "'level province' or 'level commune'" },
        { what: 'Unit', name: 'U', attribute: 'kind', example: "'kind one-stop', 'kind department' or another kind" },
        { what: 'Step', name: 'S', attribute: 'performer', example: "'by Unit.Position'" },
        { what: 'Step', name: 'S', attribute: 'time limit', example: "a duration such as '4h' or '0.5d'" },
        { what: 'Member', name: 'M', attribute: 'code', example: "'code 1.001193' with its code in the National Database" }
    ],
    'duplicate-attribute': [{ attribute: 'level' }],
    'duplicate-channel': [{ channel: 'in-person' }, { channel: 'online' }, { channel: 'postal' }],
    'empty-title': ['a document', 'a result', 'province', 'unit', 'position', 'form', 'procedure', 'step'].map(what => ({ what, name: 'N' })),
    // issue 13: what an import left for a person
    'unresolved': [{ text: "Trách nhiệm 'Phòng chuyên môn' (bảng 1, dòng 5, cột 3): không khớp đơn vị nào của danh mục" }],
    // issue 10: signatures, fees as published, the electronic procedure
    'signer-not-authority': [{ step: 'KyDuyet', signer: 'leaders of SoTuPhap', authority: 'UBNDTinh' }],
    'appraisal-without-refusal': [{ step: 'ThamDinh' }],
    'fee-overlap': [
        { channel: 'in-person', kind: 'fee', reason: 'same' },
        { channel: 'online', kind: 'charge', case: 'Cấp lại', reason: 'same' },
        { channel: 'postal', kind: 'fee', reason: 'bracket', upTo: '1000000000', over: '500000000' },
        { channel: 'postal', kind: 'charge', case: 'C', reason: 'bracket', over: '500000000' }
    ],
    'fee-bracket-gap': [{ channel: 'in-person', kind: 'fee', upTo: '1000000000', over: '2000000000' }, { channel: 'online', kind: 'charge', case: 'C', upTo: '1', over: '2' }],
    'fee-bracket-discontinuous': [{ amount: '10000000', rate: '0.5%', upTo: '10000000000', over: '1000000000', reached: '55000000', next: '50000000' }],
    'fee-unit-mixed': [{ channel: 'in-person', kind: 'fee' }, { channel: 'postal', kind: 'charge', case: 'Bản sao' }],
    'payment-without-fee': [{ step: 'TiepNhan' }],
    'document-channel-undeclared': [{ name: 'Tờ khai', channel: 'postal', declared: ['in-person', 'online'] }],
    'calendar-impossible-date': [{ date: '2026-02-31' }],
    'calendar-date-outside-year': [{ date: '2027-01-04', year: '2026' }],
    'calendar-duplicate-date': [{ date: '2026-11-24' }],
    'calendar-day-off-and-make-up': [{ date: '2026-11-28' }],
    'calendar-no-sessions': [{ province: 'LamDong' }],
    'calendar-empty-session': [{ start: '11:30', end: '07:30' }],
    'calendar-weekdays-backwards': [{ first: 5, last: 1 }],
    'calendar-overlapping-sessions': [{ weekday: 5, session: '16:00–18:00', other: '13:30–17:00' }],
    'calendar-cut-off-outside-hours': [{ cutOff: '18:00' }],
    'calendar-holiday-on-day-not-worked': [{ date: '2026-11-28', name: 'Ngày hội', weekday: 6 }, { date: '2026-11-29', name: 'Ngày hội', weekday: 7 }],
    'calendar-make-up-on-working-day': [{ date: '2026-11-25', weekday: 3 }],
    'calendar-make-up-like-day-not-worked': [{ date: '2026-11-28', weekday: 7 }],
    'config-invalid': [
        { problem: { kind: 'syntax', error: 'CommaExpected' } }, { problem: { kind: 'not-object', key: 'rules' } }, { problem: { kind: 'not-list', key: 'overrides' } },
        { problem: { kind: 'no-files', key: 'overrides[0]' } }, { problem: { kind: 'unknown-key', key: 'rule' } }, { problem: { kind: 'unknown-code', code: 'no-such-rule' } },
        { problem: { kind: 'bad-level', code: 'missing-approval' } }, { problem: { kind: 'bad-pattern', key: 'overrides[0].files' } }
    ],
    'config-protected-rule': [{ code: 'syntax-error', level: 'off', why: 'unreadable' }, { code: 'suppression-without-reason', level: 'info', why: 'reason-required' }, { code: 'config-invalid', level: 'warning', why: 'settings' }],
    'suppression-without-reason': [{ codes: ['missing-approval'], placeholder: false }, { codes: ['missing-approval', 'case-unused'], placeholder: true }],
    'suppression-unknown-code': [{ code: undefined }, { code: 'no-such-rule' }],
    'suppression-not-allowed': [{ code: 'syntax-error', why: 'unreadable' }, { code: 'unused-suppression', why: 'settings' }],
    'unused-suppression': [{ code: 'missing-approval' }]
};

// English words (and durations as the checks format them) that must not be left in a Vietnamese
// sentence once what it quotes (syntax, names) is taken out; word boundaries are Unicode letters, as
// `\b` would see `to` in `toàn`.
const english = /(?<![\p{L}\p{N}])(the|is|was|are|and|or|of|to|by|not|no|with|from|at|its|step|steps|procedure|unit|position|form|document|result|province|commune|district|central|working|calendar|days?|hours?|min|in-person|online|postal|partner agency|sub-deadline|more characters?|\d+(\.\d+)?(d|h|cd|wd|min))(?![\p{L}\p{N}])/iu;
const withoutQuoted = (text: string): string => text.replace(/'[^']*'/g, '').replace(/`[^`]*`/g, '').replace(/\([^()]*\/[^()]*\)/g, '');

describe('the Vietnamese message catalogue', () => {
    test('has a message for every code and variant: not empty, not the English one, no English left', () => {
        let checked = 0;
        for (const code of issueCodes) {
            for (const args of samples[code] as readonly MessageArgs<typeof code>[]) {
                const en = messageFor(code, args, englishMessages);
                const vi = messageFor(code, args, vietnameseMessages);
                expect(vi.trim(), `${code} ${JSON.stringify(args)}`).not.toBe('');
                if (code !== 'syntax-error') {
                    expect(vi, `${code} ${JSON.stringify(args)}`).not.toBe(en);
                    expect(withoutQuoted(vi), `${code}: ${vi}`).not.toMatch(english);
                }
                checked++;
            }
        }
        expect(checked).toBeGreaterThan(issueCodes.length);
    });

    test('quotes source text as the English one does, bounded, with control characters visible and the cut counted in Vietnamese', () => {
        const vi = messageFor('unreachable-step', { step: `${LONG}\u001b[31m`, first: 'A\nB' }, vietnameseMessages);
        expect(vi).toContain(`'${'X'.repeat(80)}…' (còn 25 ký tự)`);
        expect(vi).toContain("'A\\nB'");
        expect([...vi].some(ch => ch.charCodeAt(0) < 0x20)).toBe(false);
    });

    test('says what the linker looked for, and where', () => {
        expect(messageFor('unknown-reference', { kind: 'step in this procedure', name: 'ThamDinhh', suggestion: 'ThamDinh' }, vietnameseMessages))
            .toBe("Không có bước nào tên 'ThamDinhh' trong quy trình này; có phải ý bạn là 'ThamDinh'?");
        expect(messageFor('unknown-reference', { kind: 'form', name: 'Mau9' }, vietnameseMessages))
            .toBe("Không có mẫu đơn, tờ khai nào tên 'Mau9': hãy khai báo, hoặc sửa lại tên.");
    });

    test('says VND amounts as Vietnamese texts write them, and a rate with a decimal comma', () => {
        const jump = messageFor('fee-bracket-discontinuous', samples['fee-bracket-discontinuous'][0], vietnameseMessages);
        expect(jump).toContain('10.000.000 đồng + 0,5% × (10.000.000.000 − 1.000.000.000) đồng = 55.000.000 đồng');
        expect(messageFor('fee-bracket-discontinuous', samples['fee-bracket-discontinuous'][0], englishMessages))
            .toContain('10_000_000 VND + 0.5% × (10_000_000_000 − 1_000_000_000) VND = 55_000_000 VND');
    });

    test('says durations in words: working days, hours, minutes, calendar days, with a decimal comma', () => {
        const over = messageFor('time-over-statutory', samples['time-over-statutory'][0], vietnameseMessages);
        expect(over).toContain('A 01 ngày làm việc + B 4 giờ 30 phút = 01 ngày làm việc 4 giờ 30 phút');
        expect(over).toContain('khi nộp hồ sơ trực tiếp là 01 ngày làm việc');
        const elided = messageFor('time-over-statutory', samples['time-over-statutory'][1], vietnameseMessages);
        expect(elided).toContain('(và 14 bước nữa)');
        const mismatch = messageFor('total-mismatch', samples['total-mismatch'][0], vietnameseMessages);
        expect(mismatch).toContain('là 03 ngày,');
        expect(mismatch).toContain('(thêm 01 ngày làm việc không tính thời gian)');
        const under = messageFor('time-under-statutory', samples['time-under-statutory'][0], vietnameseMessages);
        expect(under).toContain('là 12,5 ngày, ít hơn 2,5 ngày so với');
        expect(under).toContain('qua dịch vụ bưu chính');
    });
});

async function diagnosticsOf(text: string, language?: 'vi' | 'en', after?: 'vi' | 'en') {
    const { shared, Tthc } = createTthcServices(EmptyFileSystem, language ? { language } : {});
    if (after) Tthc.i18n.Locale.language = after;
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///ws/p.tthc'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document.diagnostics ?? [];
}

const FAULTY = CATALOGUE + PROCEDURE
    .replace('by VanPhongXa.TuPhap', 'by VanPhongXa.TuPhapp')
    .replace('level commune', 'level district')
    .replace('step TuChoi', 'step TuChoi § ');

describe('the locale of the services', () => {
    test('English by default: checks, linker, parser and lexer', async () => {
        const diagnostics = await diagnosticsOf(FAULTY);
        expect(diagnostics.find(d => d.code === 'district-level')?.message).toMatch(/^Procedure 'KhaiSinh' is implemented at the district level/);
        expect(diagnostics.find(d => d.code === 'unknown-reference')?.message).toMatch(/^There is no unit or position named 'VanPhongXa.TuPhapp'/);
        expect(diagnostics.filter(d => d.code === 'syntax-error').map(d => d.message).join('\n')).toMatch(/Unexpected character '§'/);
    });

    test('Vietnamese when created so, or set afterwards: checks, linker, parser and lexer, with the same codes', async () => {
        const english = await diagnosticsOf(FAULTY);
        for (const vi of [await diagnosticsOf(FAULTY, 'vi'), await diagnosticsOf(FAULTY, 'en', 'vi')]) {
            expect(vi.map(d => d.code)).toEqual(english.map(d => d.code));
            expect(vi.find(d => d.code === 'district-level')?.message).toMatch(/^Thủ tục 'KhaiSinh' được thực hiện ở cấp huyện, đã bãi bỏ từ ngày 01\/7\/2025/);
            expect(vi.find(d => d.code === 'unknown-reference')?.message).toMatch(/^Không có đơn vị hoặc chức danh nào tên 'VanPhongXa.TuPhapp'/);
            const syntax = vi.filter(d => d.code === 'syntax-error').map(d => d.message);
            expect(syntax.join('\n')).toMatch(/Ký tự không hợp lệ '§'/);
            for (const message of syntax) expect(message).toMatch(/xem cú pháp trong docs\/language\.md\.$/);
            for (const d of vi) expect(d.message, String(d.message)).not.toBe(english.find(e => e.code === d.code && e.range.start.line === d.range.start.line)?.message);
        }
    });
});
