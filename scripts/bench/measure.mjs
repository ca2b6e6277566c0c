// Runs a command in a fresh process and measures its wall time and peak RSS; summarises samples.
// Peak RSS comes from GNU time (`/usr/bin/time -f`) when it is installed, else from a preload
// (`--import report-rss.mjs`) that prints `process.resourceUsage().maxRSS` when Node exits.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const TIME_MARK = 'BENCH_TIME';
const RSS_MARK = 'BENCH_RSS';
const preload = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'report-rss.mjs')).href;

/**
 * One run of a command.
 * @typedef {object} Measurement
 * @property {number} ms wall time, measured around the child process
 * @property {number | undefined} rssMb peak resident set size of the child, MiB
 * @property {number | null} exitCode
 * @property {string} stdout
 * @property {string} stderr without the measuring tool's own line
 */

let gnuTime;
/**
 * Whether GNU time is available (BusyBox and BSD `time` have no `-f %M`).
 * @returns {boolean}
 */
export function hasGnuTime() {
    gnuTime ??= existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', `${TIME_MARK} %M`, 'true'], { encoding: 'utf8' }).stderr?.includes(TIME_MARK) === true;
    return gnuTime;
}

/**
 * Runs `command` (an argv array; for the preload fallback, the first element must be a Node
 * binary) once, in a new process, and measures it. Nothing is asserted about the result.
 * @param {readonly string[]} command
 * @param {{ cwd?: string }} [options]
 * @returns {Measurement}
 */
export function measureOnce(command, options = {}) {
    const viaTime = hasGnuTime();
    const argv = viaTime
        ? [GNU_TIME, '-f', `${TIME_MARK} %e %M`, ...command]
        : [command[0], '--import', preload, ...command.slice(1)];
    const started = performance.now();
    const child = spawnSync(argv[0], argv.slice(1), { cwd: options.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (child.error) {
        throw child.error;
    }
    // The tool's line ends stderr (GNU time adds a line before it for a failing command); the
    // preload's starts with a newline of its own, dropped with it.
    const mark = viaTime
        ? new RegExp(`(?:Command (?:exited with non-zero status|terminated by signal) [0-9]+\\n)?${TIME_MARK} ([0-9. ]+)\\n?$`)
        : new RegExp(`\\n?${RSS_MARK} ([0-9]+)\\n?$`);
    const match = mark.exec(child.stderr);
    const rssKb = match ? Number(match[1].trim().split(' ').pop()) : undefined;
    return {
        ms,
        rssMb: rssKb === undefined || Number.isNaN(rssKb) ? undefined : rssKb / 1024,
        exitCode: child.status,
        stdout: child.stdout,
        stderr: match ? child.stderr.slice(0, match.index) : child.stderr
    };
}

/**
 * Median, minimum and maximum of a sample.
 * @typedef {{ median: number, min: number, max: number }} Summary
 */

/**
 * The median of numbers (the mean of the two middle ones for an even count).
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
    if (values.length === 0) return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median, min and max of a sample.
 * @param {readonly number[]} values
 * @returns {Summary}
 */
export function summarise(values) {
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Median milliseconds of each phase that `tthc build --timings` reports (`name   123 ms` lines), with
 * the targets summed as `targets` (or each as `target <name>` when `sumTargets` is false).
 * @param {string[]} outputs the standard error of each build run
 * @param {boolean} [sumTargets]
 */
export function phaseMedians(outputs, sumTargets = true) {
    const runs = outputs.map(text => {
        const phases = {};
        for (const line of text.split('\n')) {
            const match = /^(.+?)\s+([0-9]+) ms$/.exec(line.trim());
            if (!match) continue;
            const name = sumTargets && match[1].startsWith('target ') ? 'targets' : match[1];
            phases[name] = (phases[name] ?? 0) + Number(match[2]);
        }
        return phases;
    });
    const names = [...new Set(runs.flatMap(r => Object.keys(r)))];
    return Object.fromEntries(names.map(name => [name, median(runs.map(r => r[name] ?? 0))]));
}
