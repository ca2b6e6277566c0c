// `npm run bench`: `tthc import opencps` of a generated workspace's OpenCPS output, against building that output
// (`tthc build --target opencps,json`), each in fresh processes, interleaved (issue 13: the import takes no longer
// than the build).
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureOnce, median } from './measure.mjs';

/**
 * Builds the workspace's bundle once (not timed), then `runs` times: `tthc build --target opencps,json --clean`
 * and `tthc import opencps <bundle> --force` into a fresh folder. Returns the medians and their ratio.
 * @param {string} node
 * @param {string} root the repository
 * @param {string} cli the tthc bin
 * @param {{ dir: string, procedures: number }} workspace
 * @param {number} runs
 * @param {(text: string) => void} progress
 */
export function measureImport(node, root, cli, workspace, runs, progress) {
    const scratch = mkdtempSync(join(root, '.bench', 'import-'));
    try {
        const buildOut = join(scratch, 'build');
        const first = measureOnce([node, cli, 'build', workspace.dir, '--target', 'opencps,json', '--out', buildOut], { cwd: root });
        if (first.exitCode !== 0) throw new Error(`tthc build exited ${first.exitCode}:\n${first.stdout.slice(-2000)}${first.stderr}`);
        const bundle = join(buildOut, 'opencps');
        const province = ['--province', 'LamDong', '--province-title', 'Tỉnh Lâm Đồng', '--province-code', '68', '--province-agency', '000.00.00.H39'];
        const build = [];
        const imports = [];
        for (let i = 0; i < runs; i++) {
            const b = measureOnce([node, cli, 'build', workspace.dir, '--target', 'opencps,json', '--out', join(scratch, 'timed-build'), '--clean'], { cwd: root });
            if (b.exitCode !== 0) throw new Error(`tthc build exited ${b.exitCode}:\n${b.stderr}`);
            const out = join(scratch, `ws-${i}`);
            const a = measureOnce([node, cli, 'import', 'opencps', bundle, '--out', out, ...province, '--force'], { cwd: root });
            // 1: some items were written as unresolved (the bench's catalogue has units the bundle cannot describe).
            if (a.exitCode !== 0 && a.exitCode !== 1) throw new Error(`tthc import opencps exited ${a.exitCode}:\n${a.stderr}`);
            rmSync(out, { recursive: true, force: true });
            build.push(b.ms);
            imports.push(a.ms);
            progress(`  run ${i + 1}/${runs}: build (opencps, json) ${Math.round(b.ms)} ms; import opencps ${Math.round(a.ms)} ms`);
        }
        const buildMs = median(build);
        const importMs = median(imports);
        return { procedures: workspace.procedures, buildMs, importMs, ratio: importMs / buildMs };
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

/**
 * The section's table.
 * @param {ReadonlyArray<{ procedures: number, buildMs: number, importMs: number, ratio: number }>} results
 */
export function formatImportTable(results) {
    return [
        '| procedures | tthc build --target opencps,json, median | tthc import opencps of its output, median | import / build (target ≤ 1) |',
        '|---:|---:|---:|---:|',
        ...results.map(r => `| ${r.procedures.toLocaleString('en')} | ${Math.round(r.buildMs)} ms | ${Math.round(r.importMs)} ms | ${r.ratio.toFixed(2)} |`)
    ];
}
