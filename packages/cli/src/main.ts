import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { buildTargets } from './build/targets.js';
import { InterruptedError } from './build/interrupts.js';
import { DEFAULT_LOCK_WAIT_SECONDS, runBuild } from './commands/build.js';
import { runDiagram } from './commands/diagram.js';
import { runDue } from './commands/due.js';
import { displayPath, runCheck, type CommandResult } from './commands/check.js';
import { languageOfEnvironment, languageOption, setCliLanguage } from './cli-language.js';
import { helpTexts } from './cli-help.js';
import { cliMessages } from './cli-messages.js';
import { environmentErrorMessage } from './environment-errors.js';
import { UsageError } from './workspace/collect-files.js';
import { version } from './version.js';
import { CHECK_FORMATS, type CheckFormat } from './report/formats.js';
import { colourWanted, setColour } from './report/colour.js';

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

/** Builds the `tthc` program, its help in the run's language; `emit` receives what a command prints and how it exits. */
export function createProgram(emit: (result: CommandResult) => void): Command {
    const say = helpTexts;
    const program = new Command('tthc')
        .description(say.program)
        .version(version, '-v, --version', say.version)
        .helpOption('-h, --help', say.help)
        // The descriptions are written as lines of about 100 characters; wrapping them again at 80 (what
        // Commander assumes off a terminal) would break each line in two.
        .configureHelp({
            helpWidth: 110,
            styleTitle: title => say.title(title),
            optionDescription(option) {
                return say.extras(Help.prototype.optionDescription.call(this, option));
            },
            argumentDescription(argument) {
                return say.extras(Help.prototype.argumentDescription.call(this, argument));
            }
        })
        .helpCommand('help [command]', say.helpCommand)
        .option('--debug', say.debug)
        .option('--no-color', say.noColor)
        .addOption(new Option('--lang <language>', say.lang).choices(['vi', 'en']))
        .showHelpAfterError(say.afterError)
        .exitOverride()
        .addHelpText('after', say.programAfter);

    program.command('check')
        .summary(say.checkSummary)
        .description(say.checkDescription)
        .argument('[paths...]', say.checkPaths, [])
        .addOption(new Option('-f, --format <format>', say.checkFormat).choices(CHECK_FORMATS).default('text'))
        .option('--max-warnings <n>', say.maxWarnings, nonNegativeInteger)
        .option('-q, --quiet', say.quiet, false)
        .option('--stdin-filename <path>', say.stdinFilename)
        .option('--docs-url <url>', say.docsUrl)
        .addHelpText('after', say.checkAfter)
        .action(async (paths: string[], options: { format: CheckFormat; maxWarnings?: number; quiet: boolean; stdinFilename?: string; docsUrl?: string }) => {
            emit(await runCheck(paths, options));
        });

    program.command('fix')
        .summary(say.fixSummary)
        .description(say.fixDescription)
        .argument('[paths...]', say.fixPaths, [])
        .option('--dry-run', say.dryRun, false)
        .addOption(new Option('-f, --format <format>', say.format).choices(['text', 'json']).default('text'))
        .option('-q, --quiet', say.quiet, false)
        .addHelpText('after', say.fixAfter)
        .action(async (paths: string[], options: { dryRun: boolean; format: 'text' | 'json'; quiet: boolean }) => {
            // Loaded only for this command: it brings the language server's layer (the quick fixes),
            // which would add about half a second to the start of every other command.
            const { runFix } = await import('./commands/fix.js');
            emit(await runFix(paths, options));
        });

    const registry = buildTargets();
    program.command('build')
        .summary(say.buildSummary)
        .description(say.buildDescription('tthc-manifest.json'))
        .argument('[paths...]', say.buildPaths, [])
        .option('-o, --out <folder>', say.out, 'out')
        .option('-t, --target <names>', say.target(registry.names(), registry.defaultNames()), commaList)
        .option('--clean', say.clean, false)
        .option('--timings', say.timings, false)
        .option('--wait <seconds>', say.wait(DEFAULT_LOCK_WAIT_SECONDS), nonNegativeInteger)
        .option('--sample-received <date-time>', say.sampleReceived)
        .option('-q, --quiet', say.buildQuiet, false)
        .option('--since <folder|ref>', say.since)
        .addHelpText('after', say.buildAfter(registry.all().map(t => ({ name: t.name, description: t.description, byDefault: registry.defaultNames().includes(t.name) }))))
        .action(async (paths: string[], options: { out: string; target?: string[]; clean: boolean; timings: boolean; wait?: number; sampleReceived?: string; since?: string; quiet: boolean }) => {
            emit(await runBuild(paths, {
                out: options.out,
                quiet: options.quiet,
                targets: options.target,
                clean: options.clean,
                timings: options.timings,
                lockWaitMs: options.wait === undefined ? undefined : options.wait * 1000,
                ...(options.sampleReceived !== undefined ? { sampleReceived: options.sampleReceived } : {}),
                ...(options.since !== undefined ? { since: options.since } : {})
            }));
        });
    program.command('diagram')
        .summary(say.diagramSummary)
        .description(say.diagramDescription)
        .argument('<file>', say.diagramFile)
        .option('-p, --procedure <name>', say.procedure)
        .addOption(new Option('-f, --format <format>', say.format).choices(['svg', 'mermaid']).default('svg'))
        .addHelpText('after', say.diagramAfter)
        .action(async (file: string, options: { procedure?: string; format: 'svg' | 'mermaid' }) => {
            emit(await runDiagram(file, options));
        });
    program.command('due')
        .summary(say.dueSummary)
        .description(say.dueDescription)
        .argument('<path>', say.duePath)
        .requiredOption('-p, --procedure <name>', say.dueProcedure)
        .requiredOption('-r, --received <date-time>', say.dueReceived)
        .addOption(new Option('-c, --channel <channel>', say.dueChannel).choices(['in-person', 'online', 'postal']))
        .option('--condition <case>', say.dueCondition)
        .addOption(new Option('-f, --format <format>', say.format).choices(['text', 'json']).default('text'))
        .addHelpText('after', say.dueAfter)
        .action(async (path: string, options: { procedure: string; received: string; channel?: 'in-person' | 'online' | 'postal'; condition?: string; format: 'text' | 'json' }) => {
            emit(await runDue(path, options));
        });
    const importGroup = program.command('import').summary(say.importSummary).description(say.importSummary);
    importGroup.command('opencps')
        .summary(say.importOpencpsSummary)
        .description(say.importOpencpsSummary)
        .argument('<bundle>', say.importOpencpsSource)
        .requiredOption('-o, --out <folder>', say.importOpencpsOut)
        .option('--province <name>', say.importProvince)
        .option('--province-title <title>', say.importProvinceTitle)
        .option('--province-code <n>', say.importProvinceCode)
        .option('--province-agency <code>', say.importProvinceAgency)
        .option('--partial', say.importOpencpsPartial, false)
        .option('--force', say.importOpencpsForce, false)
        .addHelpText('after', say.importOpencpsAfter)
        .action(async (bundle: string, options: { out: string; province?: string; provinceTitle?: string; provinceCode?: string; provinceAgency?: string; partial: boolean; force: boolean }) => {
            // Loaded only for this command, like fix and migrate: the readers and the formatter would slow the
            // start of every other command.
            const { runImportOpencps } = await import('./commands/import-opencps.js');
            emit(await runImportOpencps(bundle, options));
        });
    importGroup.command('table')
        .summary(say.importTableSummary)
        .description(say.importTableDescription)
        .argument('<file>', say.importTableFile)
        .requiredOption('-c, --catalogue <folder>', say.importCatalogue)
        .requiredOption('-o, --out <folder>', say.importOut)
        .option('--map <file.json>', say.importMap)
        .option('--partial', say.importPartial, false)
        .option('--force', say.importForce, false)
        .addHelpText('after', say.importTableAfter)
        .action(async (file: string, options: { catalogue: string; out: string; map?: string; partial: boolean; force: boolean }) => {
            const { runImportTable } = await import('./commands/import-table.js');
            emit(await runImportTable(file, options));
        });
    program.command('migrate')
        .summary(say.migrateSummary)
        .description(say.migrateDescription)
        .argument('[paths...]', say.migratePaths, [])
        .option('--dry-run', say.migrateDryRun, false)
        .option('--report <file.md>', say.migrateReport)
        .addHelpText('after', say.migrateAfter)
        .action(async (paths: string[], options: { dryRun: boolean; report?: string }) => {
            // Loaded only for this command: it brings the language server's layer (the formatter, the quick
            // fixes), which would slow the start of every other command.
            const { runMigrate } = await import('./commands/migrate.js');
            emit(await runMigrate(paths, options));
        });
    program.command('diff')
        .summary(say.diffSummary)
        .description(say.diffDescription)
        .argument('[paths...]', say.diffPaths, [])
        .option('--git <ref>', say.diffGit)
        .addOption(new Option('-f, --format <format>', say.diffFormat).choices(['text', 'markdown', 'json']).default('text'))
        .option('--exit-code', say.diffExitCode, false)
        .addHelpText('after', say.diffAfter)
        .action(async (paths: string[], options: { git?: string; format: 'text' | 'markdown' | 'json'; exitCode: boolean }) => {
            // Loaded only for this command, like fix and migrate.
            const { runDiff } = await import('./commands/diff.js');
            emit(await runDiff(paths, options));
        });
    return program;
}

/**
 * Runs the CLI on `argv` and returns the exit code; it speaks the language of `--lang`, else of the
 * locale in `env` (`LC_ALL`, `LC_MESSAGES`, `LANG`). Usage mistakes, unreadable paths and file-system
 * errors of the machine (environment-errors.ts) print one line and exit 2; an interrupted build says
 * whether its output changed and exits 128 + the signal; internal errors print one line (the stack
 * with `--debug`) and exit 2. The text report is coloured only when `io.stdoutIsTTY` (see `colourWanted`).
 */
export async function main(argv: readonly string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; stdoutIsTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
    let exitCode: number = ExitCode.ok;
    // Chosen before anything is read or printed: `--lang` wins over the locale.
    setCliLanguage(languageOption(argv) ?? languageOfEnvironment(env));
    // Read here, not from Commander, so that the report knows before any command runs; options end at `--`.
    const end = argv.indexOf('--');
    setColour(colourWanted({ noColor: argv.slice(0, end === -1 ? argv.length : end).includes('--no-color'), isTTY: io.stdoutIsTTY === true }, env));
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
