import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { longProcedureWorkspace } from './long-procedure.js';
import { tempWorkspace, tthc } from './run-cli.js';

const two = PROCEDURE + PROCEDURE.replace('procedure KhaiSinh', 'procedure KhaiSinhLai').replace('code 1.001193', 'code 1.000656');

describe('tthc diagram', () => {
    test('prints the SVG diagram of the one procedure of a file, by default', () => {
        const run = tthc(['diagram', 'examples/lam-dong/procedures/dang-ky-khai-sinh.tthc']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(run.stdout).toContain('Đăng ký khai sinh');
    });

    test('prints the Mermaid flowchart with --format mermaid', () => {
        const run = tthc(['diagram', 'examples/lam-dong/procedures/dang-ky-khai-sinh.tthc', '--format', 'mermaid']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^flowchart LR\n {2}%% 1\.001193: do tthc sinh ra/);
        expect(run.stdout).toContain('subgraph L2["Cấp xã"]');
    });

    test('draws a group of procedures as the group: its members\' codes, its title, the shared steps', () => {
        const run = tthc(['diagram', 'test/compiler/fixtures/published/procedures/nhom-cap-ban-sao.tthc', '--format', 'mermaid']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^flowchart LR\n {2}%% 2\.000001, 2\.000002: do tthc sinh ra/);
        expect(run.stdout).toContain('Ký bản sao trích lục');
    });

    test('--procedure chooses among several, by name or code', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': two });
        expect(tthc(['diagram', 'p.tthc', '--procedure', 'KhaiSinhLai', '-f', 'mermaid'], dir).stdout).toContain('%% 1.000656:');
        expect(tthc(['diagram', 'p.tthc', '--procedure', '1.001193', '-f', 'mermaid'], dir).stdout).toContain('%% 1.001193:');
    });

    test.each([
        [['diagram', 'p.tthc'], "tthc: 'p.tthc' holds 2 procedures (KhaiSinh, KhaiSinhLai); choose one with --procedure.\n"],
        [['diagram', 'p.tthc', '--procedure', 'Khac'], "tthc: 'p.tthc' has no procedure 'Khac'; it has KhaiSinh, KhaiSinhLai.\n"],
        [['diagram', 'catalogue.tthc'], "tthc: 'catalogue.tthc' holds no procedure; name a file that declares one.\n"],
        [['diagram', '.'], "tthc: '.' is a folder; name the .tthc file that holds the procedure.\n"]
    ])('usage errors: %j', (args, message) => {
        const run = tthc(args, tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'p.tthc': two }));
        expect(run.stderr).toBe(message);
        expect(run.status).toBe(2);
    });

    test('a file with errors is not drawn; errors elsewhere in the province do not stop it', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'bad.tthc': PROCEDURE.replace('level commune', 'level district').replace('code 1.001193', 'code 1.000656').replace('procedure KhaiSinh', 'procedure Cu'), 'good.tthc': PROCEDURE });
        const bad = tthc(['diagram', 'bad.tthc'], dir);
        expect(bad.status).toBe(1);
        expect(bad.stderr).toContain('bad.tthc:5:9 error district-level');
        expect(tthc(['diagram', 'good.tthc'], dir).status).toBe(0);
    });

    test('a procedure of 150 steps is drawn as a diagram, with nothing on standard error', () => {
        const run = tthc(['diagram', 'dai.tthc'], longProcedureWorkspace(146));
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout.split('<g class="node step').length - 1).toBe(150);
        expect(run.stdout).not.toContain('class="too-large"');
    });

    test('a procedure of 10,000 steps gets a notice instead of a diagram, and an info line says why', () => {
        const run = tthc(['diagram', 'dai.tthc'], longProcedureWorkspace(9_996));
        expect(run.stderr).toBe("dai.tthc:1:1 info Procedure 'Dai' has 10000 steps, more than the 200 a diagram can show: its diagram only says so; "
            + 'read its steps in the table target (tthc build --target table), or split it into smaller procedures.\n');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(run.stdout).toContain('<g class="too-large" data-steps="10000">');
        expect(run.stdout).not.toContain('data-node=');
    }, 600_000);

    test('the info line of a procedure too large to draw speaks the run\'s language', () => {
        const run = tthc(['diagram', 'dai.tthc', '--lang', 'vi'], longProcedureWorkspace(201));
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("dai.tthc:1:1 info Thủ tục 'Dai' có 205 bước, nhiều hơn 200 bước mà một sơ đồ có thể thể hiện: sơ đồ của thủ tục chỉ ghi chú điều này; "
            + 'hãy xem các bước trong bảng công bố (tthc build --target table), hoặc tách thành các thủ tục nhỏ hơn.\n');
    });
});
