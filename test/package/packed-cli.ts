import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve, sep } from 'node:path';
import { ENGLISH, ROOT } from '../cli/run-cli.js';

/** The CLI's package folder, where `npm pack` runs. */
export const CLI_PACKAGE = join(ROOT, 'packages/cli');

/** A registry no request can reach: an install that asks the network for anything fails instead of passing by luck. */
const NO_REGISTRY = 'http://127.0.0.1:9/';

/** The environment of the npm runs: the caller's, without the settings of an outer `npm test` (npm_config_*, npm_lifecycle_*). */
function npmEnvironment(): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

/** Runs npm with the given arguments, offline, against an unreachable registry; throws with its output when it fails. */
export function npm(args: readonly string[], cwd: string, cache: string): SpawnSyncReturns<string> {
    const run = spawnSync('npm', [...args, '--offline', '--registry', NO_REGISTRY, '--cache', cache, '--no-audit', '--no-fund', '--no-update-notifier'], { cwd, encoding: 'utf8', env: npmEnvironment() });
    if (run.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
    return run;
}

/** What `npm pack --json` says of the package it wrote. */
export interface PackResult {
    readonly filename: string;
    readonly size: number;
    readonly unpackedSize: number;
    readonly files: readonly { readonly path: string; readonly mode: number }[];
}

/** Packs the CLI into `destination` as a user would (`npm pack` in its folder, prepack included) and returns what npm reports. */
export function packCli(destination: string, cache: string): PackResult {
    const run = npm(['pack', '--json', '--pack-destination', destination], CLI_PACKAGE, cache);
    const [result] = JSON.parse(run.stdout) as PackResult[];
    return result!;
}

/**
 * The Node.js of the machine, as a user's shell finds it: the first `node` on PATH outside the repository (whose
 * node_modules/.bin holds the Node 24 the project's tools run on). Falls back to the Node running the tests.
 */
export function machineNode(): string {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        const candidate = join(dir, 'node');
        if (dir !== '' && !resolve(dir).startsWith(ROOT + sep) && existsSync(candidate)) return candidate;
    }
    return process.execPath;
}

/** What a run printed and how it exited. */
export interface Run {
    readonly stdout: string;
    readonly stderr: string;
    readonly status: number | null;
}

/**
 * Runs a command in `cwd` with the machine's Node first on PATH (as the installed bin's `#!/usr/bin/env node` finds it),
 * in English unless `env` says otherwise, without colour; resolves when it has exited.
 */
export function run(command: string, args: readonly string[], cwd: string, nodeDir: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
    return new Promise((resolveRun, reject) => {
        const child = spawn(command, args, { cwd, env: { ...npmEnvironment(), PATH: `${nodeDir}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', ...ENGLISH, ...env } });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', status => resolveRun({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), status }));
    });
}

/** Every file under `dir` (relative paths with `/`, sorted) with its bytes. */
export function treeOf(dir: string): Map<string, Buffer> {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter(path => statSync(join(dir, path)).isFile())
        .map(path => path.split(sep).join('/'))
        .sort();
    return new Map(files.map(path => [path, readFileSync(join(dir, path))]));
}

