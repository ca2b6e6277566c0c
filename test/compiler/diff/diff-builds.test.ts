import { beforeAll, describe, expect, it } from 'vitest';
import { diffBuilds, hasChanges, type ProcedureChange, type ProcedureModel, type ProvinceBuild } from '@tthc/compiler';
import { buildOf } from '../build-helper.js';

// The engine is a pure function of two models: each test edits a copy of the Lâm Đồng model as a new version
// of the text would lower, and checks the one change it must report.
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? Array<Mutable<U>> : T[K] extends object ? Mutable<T[K]> : T[K] };
type MutableBuild = Mutable<ProvinceBuild>;

let base: ProvinceBuild;
beforeAll(async () => {
    base = await buildOf('examples/lam-dong');
});

function edited(edit: (build: MutableBuild) => void): ProvinceBuild {
    const copy = structuredClone(base) as unknown as MutableBuild;
    edit(copy);
    return copy as unknown as ProvinceBuild;
}

function procedure(build: MutableBuild, code = '1.001193'): Mutable<ProcedureModel> {
    return build.procedures.find(p => p.code === code)!;
}

function changesOf(after: ProvinceBuild, code = '1.001193'): ProcedureChange[] {
    return [...(diffBuilds(base, after).procedures.find(p => p.code === code)?.changes ?? [])];
}

describe('diffBuilds', () => {
    it('finds nothing between a version and itself', () => {
        const diff = diffBuilds(base, structuredClone(base));
        expect(hasChanges(diff)).toBe(false);
        expect(diff.unchanged).toBe(base.procedures.length);
        expect(diff.catalogue).toEqual([]);
    });

    it('matches procedures by code: added, removed, and a new code is one removed and one added', () => {
        const after = edited(build => {
            build.procedures = build.procedures.filter(p => p.code !== '1.001193');
            procedure(build, '1.000894').code = '9.999999';
        });
        const diff = diffBuilds(base, after);
        expect(diff.procedures.map(p => [p.code, p.status])).toEqual([['1.000894', 'removed'], ['1.001193', 'removed'], ['9.999999', 'added']]);
        expect(diff.procedures.find(p => p.status === 'added')!.changedSteps.length).toBeGreaterThan(0);
    });

    it('reports a new title as a rename, the code kept', () => {
        const after = edited(build => { procedure(build).title = 'Đăng ký khai sinh (sửa đổi)'; });
        expect(changesOf(after)).toEqual([{ kind: 'title', before: 'Đăng ký khai sinh', after: 'Đăng ký khai sinh (sửa đổi)' }]);
    });

    it('reports a step re-timed, with the total of the steps against the statutory time', () => {
        const after = edited(build => {
            const step = procedure(build).steps.find(s => s.id === 'KyGiayKhaiSinh')!;
            step.duration = { text: '1h', unit: 'h', amount: 1, workingMinutes: 60 };
            procedure(build).timing.planned -= 60;
        });
        const changes = changesOf(after);
        expect(changes).toContainEqual({ kind: 'step-retimed', step: 'KyGiayKhaiSinh', stepNumber: 3, before: '02 giờ làm việc', after: '01 giờ làm việc' });
        expect(changes).toContainEqual({ kind: 'planned', before: '01 ngày làm việc', after: '07 giờ làm việc', statutory: '01 ngày làm việc', exceedsStatutory: false });
    });

    it('reports a step reassigned, its time no longer counted, re-routed and given a hand-over', () => {
        const after = edited(build => {
            const steps = procedure(build).steps;
            const appraisal = steps.find(s => s.id === 'ThamDinh')!;
            const signature = steps.find(s => s.id === 'KyGiayKhaiSinh')!;
            appraisal.performers.main = signature.performers.main;
            appraisal.counted = false;
            appraisal.uncounted = { reason: 'not-counted' };
            appraisal.transitions = appraisal.transitions.filter(t => t.outcome === 'default');
            appraisal.handover = { partner: signature.unit, deadline: { text: '1d', unit: 'd', amount: 1, workingMinutes: 480 }, notCounted: true };
        });
        const kinds = changesOf(after).filter(c => c.step === 'ThamDinh').map(c => c.kind);
        expect(kinds).toEqual(['step-reassigned', 'step-counted', 'step-rerouted', 'step-handover']);
        const diff = diffBuilds(base, after).procedures[0];
        expect(diff.flowChanged).toBe(true);
        expect(diff.changedSteps).toEqual(['ThamDinh']);
    });

    it('reports steps added, removed, retitled and moved, in the new order with removed steps last', () => {
        const after = edited(build => {
            const steps = procedure(build).steps;
            const refusal = steps.pop()!;
            const extra = { ...structuredClone(steps[1]), id: 'XacMinh', title: 'Xác minh', sequence: 6, transitions: [] };
            steps.push(extra);
            steps[0].title = 'Tiếp nhận hồ sơ';
            // The return step now comes before the signature (positions 3 and 4 swapped).
            [steps[2], steps[3]] = [steps[3], steps[2]];
            steps[2].sequence = 3;
            steps[3].sequence = 4;
            void refusal;
        });
        const changes = changesOf(after).filter(c => c.kind.startsWith('step-') && c.kind !== 'step-rerouted');
        expect(changes.map(c => [c.kind, c.step])).toEqual([
            ['step-retitled', 'TiepNhan'],
            ['step-moved', 'TraKetQua'],
            ['step-moved', 'KyGiayKhaiSinh'],
            ['step-added', 'XacMinh'],
            ['step-removed', 'TuChoi']
        ]);
    });

    it('pairs a step renamed at the same position with the same performers, and follows the new name in transitions', () => {
        const after = edited(build => {
            const steps = procedure(build).steps;
            steps[2].id = 'KyKetQua';
            steps[1].transitions = steps[1].transitions.map(t => ({ ...t, targets: t.targets.map(x => (x === 'KyGiayKhaiSinh' ? 'KyKetQua' : x)) }));
        });
        const changes = changesOf(after);
        expect(changes).toEqual([{ kind: 'step-renamed', step: 'KyKetQua', stepNumber: 3, before: 'KyGiayKhaiSinh', after: 'KyKetQua' }]);
    });

    it('reports legal bases, channels, statutory times, fees, documents, results and the published total', () => {
        const after = edited(build => {
            const p = procedure(build);
            p.legalBasis = [...p.legalBasis.slice(1), { number: '99/2026/NĐ-CP', title: 'Nghị định mới' }];
            p.legalBasis[0].title = 'Tên mới';
            p.channels[0].fees[0].amountVnd = 5000;
            p.channels[1].fees.push({ ...structuredClone(p.channels[1].fees[0]), amountVnd: 20000, note: 'Đăng ký khai sinh quá hạn' });
            p.channels[1].fees.shift();
            p.channels[1].statutoryTime = { text: '1d', unit: 'd', amount: 1, workingMinutes: 480 };
            p.channels.push({ ...structuredClone(p.channels[0]), kind: 'postal' });
            p.documents[0].required = false;
            p.documents.pop();
            p.documents.push({ title: 'Giấy tờ mới', quantity: 1, required: true, media: [], byChannel: [], source: p.source });
            p.results = [];
            p.total = { duration: { text: '8h', unit: 'h', amount: 8, workingMinutes: 480 }, notRegulated: false };
        });
        const kinds = changesOf(after).map(c => c.kind);
        expect(kinds).toEqual([
            'legal-added', 'legal-removed', 'legal-retitled',
            'channel-added', 'fee-changed', 'statutory-time', 'fee-added', 'fee-removed',
            'document-added', 'document-removed', 'document-changed',
            'result-removed', 'total'
        ]);
        expect(changesOf(after).find(c => c.kind === 'fee-changed')).toEqual({
            kind: 'fee-changed', channel: 'in-person',
            before: 'Lệ phí: 0 đồng (Đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch))', after: 'Lệ phí: 5.000 đồng (Đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch))'
        });
        expect(changesOf(after).find(c => c.kind === 'fee-added')).toMatchObject({ channel: 'online', after: 'Lệ phí: 20.000 đồng (Đăng ký khai sinh quá hạn)' });
    });

    it('reports cases added, removed and re-timed', () => {
        const code = base.procedures.find(p => p.cases.length > 0)!.code;
        const after = edited(build => {
            const p = procedure(build, code);
            p.cases[0].limit = { duration: { text: '99d', unit: 'd', amount: 99, workingMinutes: 99 * 480 }, notRegulated: false };
            p.cases.push({ ...structuredClone(p.cases[0]), id: 'Moi', title: 'Trường hợp mới' });
        });
        expect(changesOf(after, code).map(c => c.kind)).toEqual(['case-added', 'case-time']);
    });

    it('reports the catalogue: units, positions, successors and forms', () => {
        const after = edited(build => {
            const units = build.province.units;
            units[0].title = 'Ủy ban nhân dân tỉnh (mới)';
            units[1].level = 'commune';
            units[2].positions.push({ ...structuredClone(units[2].positions[0]), id: `${units[2].id}.Moi`, name: 'Moi', title: 'Mới' });
            units[3].positions[0].title = 'Giám đốc';
            units[3].positions[1].leader = false;
            units[3].positions.pop();
            units[4].successors = [{ target: 'SoNoiVu', sectors: ['Hộ tịch'] }];
            units.push({ ...structuredClone(units[5]), id: 'DonViMoi', title: 'Đơn vị mới', positions: [] });
            units.splice(6, 1);
            build.province.forms.push({ id: 'MauMoi', title: 'Mẫu mới', source: build.province.source });
            build.province.forms[0].title = 'Mẫu 01 (mới)';
        });
        const diff = diffBuilds(base, after);
        expect(diff.catalogue.map(c => c.kind)).toEqual([
            'unit-retitled', 'unit-relevelled', 'position-added', 'position-removed', 'position-retitled', 'position-leader',
            'successor-added', 'unit-added', 'unit-removed', 'form-added', 'form-retitled'
        ]);
        expect(diff.catalogue.find(c => c.kind === 'successor-added')).toEqual({ kind: 'successor-added', subject: base.province.units[4].id, after: 'SoNoiVu (lĩnh vực "Hộ tịch")' });
        expect(diff.catalogue.find(c => c.kind === 'unit-relevelled')).toMatchObject({ before: 'cấp tỉnh', after: 'cấp xã' });
    });

    it('is deterministic and does not depend on the order procedures come in', () => {
        const after = edited(build => {
            procedure(build).title = 'X';
            procedure(build, '1.000894').title = 'Y';
            build.procedures.reverse();
        });
        const once = JSON.stringify(diffBuilds(base, after));
        expect(JSON.stringify(diffBuilds(base, structuredClone(after)))).toBe(once);
        expect(diffBuilds(base, after).procedures.map(p => p.code)).toEqual(['1.000894', '1.001193']);
    });
});
