import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The Lua script that drives Neovim (see its header for what it prints). */
const SCRIPT = resolve(import.meta.dirname, 'diagnostics.lua');

/** What the Neovim run printed: the diagnostic lines, or a failure and what explains it. */
export interface NeovimRun {
    readonly status: number | null;
    readonly lines: string[];
    /** Neovim's own output and its LSP log, for a failure message. */
    readonly details: string;
}

/** Fails with the install command when Debian's Neovim is not on PATH. */
export function requireNeovim(): string {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
        throw new Error(`Neovim is not installed (${probe.error?.message ?? `exit ${probe.status}`}): apt-get install -y neovim`);
    }
    return probe.stdout.split('\n')[0];
}

/**
 * Runs headless Neovim with its built-in LSP client on the bundled server (started by `node`), in the
 * workspace folder `root`, opening `file`; returns the diagnostics it showed for the file.
 */
export function runNeovim(options: { node: string; server: string; root: string; file: string; waitMs?: number }): NeovimRun {
    const home = mkdtempSync(join(tmpdir(), 'tthc-nvim-'));
    const xdg = Object.fromEntries(['CACHE', 'STATE', 'DATA', 'CONFIG'].map(kind => {
        const dir = join(home, kind.toLowerCase());
        mkdirSync(dir);
        return [`XDG_${kind}_HOME`, dir];
    }));
    const out = join(home, 'diagnostics.txt');
    const waitMs = options.waitMs ?? 40_000;
    try {
        const run = spawnSync('timeout', [String(Math.ceil(waitMs / 1000) + 20), 'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            env: {
                ...process.env,
                ...xdg,
                HOME: home,
                TTHC_NODE: options.node,
                TTHC_SERVER: options.server,
                TTHC_ROOT: options.root,
                TTHC_FILE: options.file,
                TTHC_NVIM_OUT: out,
                TTHC_WAIT_MS: String(waitMs)
            }
        });
        const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(line => line !== '') : [];
        return { status: run.status, lines, details: `nvim exit ${run.status ?? run.signal}\n${run.stdout}${run.stderr}\n${lspLog(xdg.XDG_CACHE_HOME)}` };
    } finally {
        rmSync(home, { recursive: true, force: true });
    }
}

/** Neovim 0.7's LSP log (under the cache folder), if it wrote one. */
function lspLog(cache: string): string {
    const dir = join(cache, 'nvim');
    if (!existsSync(dir)) return '(no LSP log)';
    return readdirSync(dir).filter(name => name.endsWith('.log')).map(name => `${name}:\n${readFileSync(join(dir, name), 'utf8').slice(-4000)}`).join('\n');
}
