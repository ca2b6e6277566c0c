import { diffBuilds, lowerWorkspace, type OutputFile, type ProvinceBuild } from '@tthc/compiler';
import { parseLocalDateTime, showControls } from '@tthc/language';
import { sampleDueTimes, type SiteDueTimes } from '../site/sample-dues.js';
import type { SiteChanges } from '../site/change-view.js';
import { diffMessages } from '../diff/diff-messages.js';
import { loadSinceVersion } from '../diff/load-version.js';
import { buildTargets } from '../build/targets.js';
import { join, resolve } from 'node:path';
import { createManifest } from '../build/manifest.js';
import { watchInterrupts } from '../build/interrupts.js';
import { writeOutput, type PlannedFile } from '../build/write-output.js';
import { tooLargeNotes } from '../report/diagram-notes.js';
import { summarise, type Summary } from '../report/summary.js';
import { textReport } from '../report/text-report.js';
import { collectFiles, UsageError } from '../workspace/collect-files.js';
import { checkWorkspace, isProblem, type Finding } from '../workspace/load-workspace.js';
import { cliMessages } from '../cli-messages.js';
import { displayPath, skippedLines, type CommandResult } from './check.js';

// The targets that draw procedures with @tthc/diagram.
const DIAGRAM_TARGETS = new Set(['svg', 'site']);

/** Options of `tthc build`. */
export interface BuildOptions {
    readonly out: string;
    /** Target names; all registered targets when absent. */
    readonly targets?: readonly string[];
    readonly clean: boolean;
    /** Called after each file is staged (tests interrupt builds with it). */
    readonly afterFileStaged?: (path: string) => void;
    /** Report how long each phase took, on standard error. */
    readonly timings?: boolean;
    /** How long to wait for another build writing into the same folder (default: 10 s). */
    readonly lockWaitMs?: number;
    /** Stops the build at its next safe point; without it, SIGINT, SIGTERM and SIGHUP do while the output is written. */
    readonly signal?: AbortSignal;
    /** The receipt the site's due times are computed for (ISO 8601); by default one derived from the calendar. */
    readonly sampleReceived?: string;
    /** Print errors only: nothing on success, no notes (skipped entries, procedures too large to draw). */
    readonly quiet?: boolean;
    /** With the site target: the old version (a folder, else a git revision) whose changes the site marks. */
    readonly since?: string;
}

/** How long `tthc build` waits by default for another build writing into the same folder. */
export const DEFAULT_LOCK_WAIT_SECONDS = 10;

/**
 * Checks the workspace and lowers it. Nothing of the Langium workspace (documents, CSTs, services)
 * outlives this function: the targets then run with a heap a fraction of the size, which makes every
 * garbage collection during compilation cheaper (docs/performance.md).
 */
async function checkAndLower(paths: readonly string[], quiet: boolean, dues?: { sampleReceived?: string }): Promise<{ failure: CommandResult } | { builds: ProvinceBuild[]; summary: Summary; findings: Map<string, readonly Finding[]>; skipped: string; dueTimes?: SiteDueTimes }> {
    const selection = collectFiles(paths.length > 0 ? paths : ['.']);
    const skipped = skippedLines(selection);
    const workspace = await checkWorkspace(selection.loaded);
    const summary = summarise(workspace.files);
    if (summary.errors > 0) {
        const withErrors = workspace.files.filter(file => file.findings.some(f => f.severity === 'error' && isProblem(f)))
            // --quiet: the errors alone, as tthc check --quiet prints them.
            .map(file => (quiet ? { path: file.path, findings: file.findings.filter(f => f.severity === 'error') } : file));
        return {
            failure: {
                stdout: textReport(withErrors, summarise(withErrors), displayPath),
                stderr: `${quiet ? '' : skipped}tthc: ${cliMessages.buildErrors(summary.errors)}\n`,
                exitCode: 1
            }
        };
    }
    if (workspace.declarations === 0) {
        // As `tthc check` says of the same folder, with the same exit code.
        return { failure: { stdout: '', stderr: `${skipped}tthc: ${cliMessages.nothingTo('build', paths, selection.loaded.length)}\n`, exitCode: 2 } };
    }
    // The site lists problems; a suppressed finding is in the JSON report, with its reason.
    const findings = new Map(workspace.files.map(file => [file.path, file.findings.filter(isProblem)] as const));
    // The site's due times need the checked procedures, which do not outlive this function.
    const dueTimes = dues ? sampleDueTimes(workspace.documents, dues.sampleReceived) : undefined;
    return { builds: lowerWorkspace(workspace.documents, workspace.projectOf), summary, findings, skipped, ...(dueTimes ? { dueTimes } : {}) };
}

/**
 * `tthc build [paths…] --out out --target a,b [--clean]`: checks the province's workspace; with any
 * error it prints the findings as `tthc check` does, writes nothing and exits 1; otherwise it lowers
 * the procedures into the model, runs each target, and writes everything at once (`writeOutput`).
 */
export async function runBuild(paths: readonly string[], options: BuildOptions): Promise<CommandResult> {
    const known = buildTargets();
    const targets = options.targets ?? known.defaultNames();
    const unknown = targets.filter(name => !known.get(name));
    if (unknown.length > 0 || targets.length === 0) {
        throw new UsageError(cliMessages.unknownTarget(unknown, known.names()));
    }
    if (options.sampleReceived !== undefined && parseLocalDateTime(options.sampleReceived) === undefined) {
        throw new UsageError(cliMessages.invalidSampleReceived(options.sampleReceived));
    }
    if (options.since !== undefined && !targets.includes('site')) {
        throw new UsageError(diffMessages.sinceNeedsSite);
    }
    const phases: Array<[string, number]> = [];
    let mark = performance.now();
    const phase = (name: string): void => {
        const now = performance.now();
        phases.push([name, now - mark]);
        mark = now;
    };
    const checked = await checkAndLower(paths, options.quiet === true, targets.includes('site') ? { sampleReceived: options.sampleReceived } : undefined);
    phase('check and lower');
    if ('failure' in checked) {
        return checked.failure;
    }
    const { builds, summary, findings, skipped, dueTimes } = checked;
    const outDir = resolve(options.out);
    if (builds.length === 0) {
        throw new UsageError(cliMessages.noProvince(paths));
    }
    if (builds.length > 1) {
        throw new UsageError(cliMessages.manyProvinces(builds.map(b => b.province.id)));
    }
    const [build] = builds;
    // `--since`: the old version, loaded as `tthc diff` loads it (same errors), once the new one is known good.
    let changes: SiteChanges | undefined;
    let sinceSkipped = '';
    if (options.since !== undefined) {
        const old = await loadSinceVersion(options.since, paths);
        sinceSkipped = old.skipped;
        changes = { input: { diff: diffBuilds(old.build, build), before: old.build, after: build }, since: options.since };
        phase('since');
    }
    // The site shows the check's findings, with links from its pages to the sources.
    const registry = buildTargets({ findings, siteFolder: join(outDir, 'site'), ...(dueTimes ? { dueTimes } : {}), ...(changes ? { changes } : {}) });
    const compiled: Array<[string, OutputFile[]]> = [];
    for (const name of targets) {
        compiled.push([name, await registry.get(name)!.compile(build)]);
        phase(`target ${name}`);
    }
    // Encoded once, for the manifest's hash and for writing.
    const files: PlannedFile[] = compiled.flatMap(([name, output]) =>
        output.map(file => ({ path: `${name}/${file.path}`, content: file.content, bytes: file.bytes ?? Buffer.from(file.content, 'utf8') })));
    const manifest = createManifest(build.province.id, build.procedures.length, files, targets);
    phase('encode and manifest');
    // Only while writing: a signal before that stops the process at once, as nothing needs undoing.
    const interrupts = options.signal ? undefined : watchInterrupts();
    let writeNotes: readonly string[];
    try {
        ({ notes: writeNotes } = await writeOutput(outDir, targets, files, manifest, {
            clean: options.clean,
            lockWaitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_SECONDS * 1000,
            signal: options.signal ?? interrupts?.signal,
            afterFileStaged: options.afterFileStaged
        }));
    } finally {
        interrupts?.dispose();
    }
    phase('write');
    const timings = options.timings ? phases.map(([name, ms]) => `${name.padEnd(16)} ${Math.round(ms).toString().padStart(6)} ms\n`).join('') : '';
    // The diagram targets draw a notice for a procedure too large to draw; say which, and why.
    const drawingNotes = targets.some(name => DIAGRAM_TARGETS.has(name)) ? tooLargeNotes(build.procedures) : '';
    if (options.quiet) {
        return { stderr: timings, stdout: '', exitCode: 0 };
    }
    return {
        stderr: skipped + sinceSkipped + writeNotes.map(note => `${note}\n`).join('') + drawingNotes + timings,
        stdout: `${cliMessages.built(build.procedures.length, build.province.title, targets, files.length, showControls(displayPath(outDir)), summary.warnings)}\n`,
        exitCode: 0
    };
}
