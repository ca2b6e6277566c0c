import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { buildTargets } from './build/targets.js';
import { InterruptedError } from './build/interrupts.js';
import { DEFAULT_LOCK_WAIT_SECONDS, runBuild } from './commands/build.js';
import { runDiagram } from './commands/diagram.js';
import { displayPath, runCheck, type CommandResult } from './commands/check.js';
import { languageOfEnvironment, languageOption, setCliLanguage } from './cli-language.js';
import { cliMessages } from './cli-messages.js';
import { environmentErrorMessage } from './environment-errors.js';
import { UsageError } from './workspace/collect-files.js';
import { version } from './version.js';

/** Exit codes: no errors, errors found, bad usage, an unreadable path or a problem of the machine (a full disk…). */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

function commaList(value: string): string[] {
    return value.split(',').map(name => name.trim()).filter(name => name !== '');
}

function nonNegativeInteger(value: string): number {
    if (!/^[0-9]+$/.test(value)) {
        throw new InvalidArgumentError('expected a whole number of 0 or more.');
    }
    return Number(value);
}

/** Builds the `tthc` program; `emit` receives what a command prints and how it exits. */
export function createProgram(emit: (result: CommandResult) => void): Command {
    const program = new Command('tthc')
        .description('Checks the internal procedures of administrative procedures (TTHC) written in .tthc files\nagainst the two-level local government model (province and commune), and compiles them into the\nconfiguration that procedure information systems load.')
        .version(version, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        // The descriptions are written as lines of about 100 characters; wrapping them again at 80 (what
        // Commander assumes off a terminal) would break each line in two.
        .configureHelp({ helpWidth: 110 })
        .option('--debug', 'print stack traces of internal errors')
        .addOption(new Option('--lang <language>', 'language of the messages: vi (Vietnamese) or en (English); default: from LC_ALL, LC_MESSAGES or LANG').choices(['vi', 'en']))
        .showHelpAfterError('(run tthc --help for usage)')
        .exitOverride()
        .addHelpText('after', `
Exit codes: 0 no errors, 1 errors found, 2 bad usage, an unreadable path, nothing to check or a problem of
the machine (a full disk, a missing permission); 130 interrupted while writing.
Documentation: docs/cli.md, docs/language.md, docs/rules.md.`);

    program.command('check')
        .summary('check .tthc files and report every problem')
        .description(`Loads every .tthc file under the given paths as one workspace (catalogues and procedures
across files), checks it, and prints each problem as
  file:line:col severity code message
grouped by file, then a summary line. Folders are searched recursively.`)
        .argument('[paths...]', 'files or folders to check', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInteger)
        .addHelpText('after', `
Examples:
  tthc check examples/lam-dong
  tthc check --format json . > report.json
  tthc check --max-warnings 0 procedures/

The JSON format is documented in docs/cli.md; the rules in docs/rules.md.`)
        .action(async (paths: string[], options: { format: 'text' | 'json'; maxWarnings?: number }) => {
            emit(await runCheck(paths, options));
        });

    const registry = buildTargets();
    program.command('build')
        .summary('compile a province\'s procedures into system configuration')
        .description(`Checks the province's workspace like tthc check; with any error it prints the errors, writes
nothing and exits 1. Otherwise it compiles every procedure for each target into <out>/<target>/,
writing all files at once: an interrupted build leaves the previous output as it was, and files
that tthc did not write, or that changed since, are never replaced or deleted.
<out>/${'tthc-manifest.json'} lists what was written; while a build writes, <out>/.tthc-lock makes
other builds into the same folder wait (see --wait).`)
        .argument('[paths...]', 'the folder of a province (or files in it)', [])
        .option('-o, --out <folder>', 'output folder', 'out')
        .option('-t, --target <names>', `comma-separated targets: ${registry.names().join(', ')} (default: ${registry.defaultNames().join(', ')})`, commaList)
        .option('--clean', 'also remove what earlier builds wrote for targets not built now', false)
        .option('--timings', 'report how long each phase took, on standard error', false)
        .option('--wait <seconds>', `how long to wait for another build writing into the same --out (default: ${DEFAULT_LOCK_WAIT_SECONDS})`, nonNegativeInteger)
        .addHelpText('after', `
Targets:
${registry.all().map(t => `  ${t.name.padEnd(8)} ${t.description}${registry.defaultNames().includes(t.name) ? '' : ' (only when named)'}`).join('\n')}

Examples:
  tthc build examples/lam-dong --out out
  tthc build examples/lam-dong --out out --target json,opencps

The formats are documented in docs/config-format.md.`)
        .action(async (paths: string[], options: { out: string; target?: string[]; clean: boolean; timings: boolean; wait?: number }) => {
            emit(await runBuild(paths, {
                out: options.out,
                targets: options.target,
                clean: options.clean,
                timings: options.timings,
                lockWaitMs: options.wait === undefined ? undefined : options.wait * 1000
            }));
        });
    program.command('diagram')
        .summary('draw one procedure as a workflow diagram')
        .description(`Checks the file with its project and prints the workflow diagram of one procedure on standard
output: an SVG image (swimlanes by level and unit, time limits and cumulative times, the critical path
highlighted, exception paths dashed, the totals against the statutory time), or a Mermaid flowchart
to paste into Markdown, where code hosts render it.`)
        .argument('<file>', 'the .tthc file that declares the procedure')
        .option('-p, --procedure <name>', 'the procedure, by name or code (needed when the file holds several)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['svg', 'mermaid']).default('svg'))
        .addHelpText('after', `
Example:
  tthc diagram examples/lam-dong/procedures/dang-ky-khai-sinh.tthc > khai-sinh.svg
  tthc diagram examples/lam-dong/procedures/dang-ky-khai-sinh.tthc --format mermaid > khai-sinh.mmd`)
        .action(async (file: string, options: { procedure?: string; format: 'svg' | 'mermaid' }) => {
            emit(await runDiagram(file, options));
        });
    return program;
}

/**
 * Runs the CLI on `argv` and returns the exit code; it speaks the language of `--lang`, else of the
 * locale in `env` (`LC_ALL`, `LC_MESSAGES`, `LANG`). Usage mistakes, unreadable paths and file-system
 * errors of the machine (environment-errors.ts) print one line and exit 2; an interrupted build says
 * whether its output changed and exits 128 + the signal; internal errors print one line (the stack
 * with `--debug`) and exit 2.
 */
export async function main(argv: readonly string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
    let exitCode: number = ExitCode.ok;
    // Chosen before anything is read or printed: `--lang` wins over the locale.
    setCliLanguage(languageOption(argv) ?? languageOfEnvironment(env));
    if (argv.includes('--debug')) {
        // The CLI runs bundled: map stack traces back to the TypeScript sources.
        process.setSourceMapsEnabled(true);
    }
    const program = createProgram(result => {
        io.stdout(result.stdout);
        if (result.stderr) io.stderr(result.stderr);
        exitCode = result.exitCode;
    });
    program.configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        if (argv.length === 0) {
            io.stderr(program.helpInformation());
            return ExitCode.usage;
        }
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; commander has already printed its message for the rest.
            return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
        }
        if (error instanceof UsageError) {
            io.stderr(`tthc: ${error.message}\n`);
            return ExitCode.usage;
        }
        if (error instanceof InterruptedError) {
            io.stderr(`tthc: ${error.message}\n`);
            return error.exitCode;
        }
        const debug = argv.includes('--debug');
        // A full disk, a read-only file system, a missing permission: the user's machine, not a bug.
        const environment = environmentErrorMessage(error, displayPath);
        if (environment !== undefined) {
            io.stderr(`tthc: ${environment}\n`);
            if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
            return ExitCode.usage;
        }
        io.stderr(`tthc: ${cliMessages.internalError((error as Error)?.message ?? String(error), debug)}\n`);
        if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
        return ExitCode.usage;
    }
}
