import { TextDocument, URI, type FileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { TthcLocale } from '../i18n/tthc-locale.js';
import { ruleSeverities, type IssueCode } from '../validation/issue-codes.js';
import type { MessageArgs } from '../validation/messages.js';
import type { TthcProjects } from '../workspace/projects.js';
import { readRuleConfig, RULE_CONFIG_FILE, type ConfigFinding, type RuleConfig } from './rule-config.js';
import type { RuleLevel } from './rule-levels.js';
import type { SuppressedDiagnostic } from './apply-rule-settings.js';

interface LoadedConfig {
    readonly uri: URI;
    readonly text: string;
    readonly config: RuleConfig;
    readonly findings: readonly ConfigFinding[];
}

/** The findings of one `tthc-rules.json`, as diagnostics of that file. */
export interface ConfigDiagnostics {
    readonly uri: URI;
    readonly diagnostics: readonly Diagnostic[];
}

/**
 * The rule settings of every project: `tthc-rules.json` beside the project's catalogue (docs/review.md),
 * read through Langium's file system (the Node one in the CLI and the server, none in a browser) once
 * and kept until `invalidate`. The checks never ask it: the document validator maps their findings'
 * severities through `levelOf` afterwards, so the CLI and the server apply the same settings.
 */
export class TthcRuleSettings {
    protected readonly fileSystem: FileSystemProvider;
    protected readonly projects: TthcProjects;
    protected readonly locale: TthcLocale;
    // By the config's URI; `undefined` when the project has none.
    protected readonly loaded = new Map<string, LoadedConfig | undefined>();
    protected readonly suppressed = new WeakMap<LangiumDocument, readonly SuppressedDiagnostic[]>();

    constructor(shared: LangiumSharedCoreServices, projects: TthcProjects, locale: TthcLocale) {
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.projects = projects;
        this.locale = locale;
    }

    /** Whether a URI names a rule settings file. */
    static isConfigUri(uri: URI): boolean {
        return uri.path.endsWith('/' + RULE_CONFIG_FILE);
    }

    /** The level of a rule for a document: its default, then the project's `rules`, then each matching override in order. */
    levelOf(code: IssueCode, document: URI): RuleLevel {
        let level: RuleLevel = ruleSeverities[code];
        const project = this.projects.projectOf(document);
        if (project === '') return level;
        const loaded = this.load(project);
        if (!loaded) return level;
        level = loaded.config.rules.get(code) ?? level;
        if (loaded.config.overrides.length === 0) return level;
        const relative = relativePath(URI.parse(project), document);
        if (relative === undefined) return level;
        for (const override of loaded.config.overrides) {
            const set = override.rules.get(code);
            if (set !== undefined && override.patterns.some(pattern => pattern.match(relative))) level = set;
        }
        return level;
    }

    /** The findings suppressions silenced in a document at its last validation. */
    suppressedOf(document: LangiumDocument): readonly SuppressedDiagnostic[] {
        return this.suppressed.get(document) ?? [];
    }

    /** Keeps what the document validator's suppressions silenced (called by it). */
    recordSuppressed(document: LangiumDocument, suppressed: readonly SuppressedDiagnostic[]): void {
        this.suppressed.set(document, suppressed);
    }

    /** Forgets what was read from a settings file (it changed or was deleted); all of them without a URI. */
    invalidate(uri?: URI): void {
        if (uri) this.loaded.delete(uri.toString());
        else this.loaded.clear();
    }

    /**
     * The settings file of every project of the workspace that has one, with its findings in the language
     * of the services (an empty list for a file without findings), sorted by URI. Reads those not read yet:
     * a project without a finding never asked for its levels.
     */
    diagnostics(): ConfigDiagnostics[] {
        return this.projects.catalogueFolders()
            .map(project => this.load(project))
            .filter((loaded): loaded is LoadedConfig => loaded !== undefined)
            .sort((a, b) => (a.uri.toString() < b.uri.toString() ? -1 : 1))
            .map(loaded => {
                const text = TextDocument.create(loaded.uri.toString(), 'json', 0, loaded.text);
                return { uri: loaded.uri, diagnostics: loaded.findings.map(finding => this.toDiagnostic(text, finding)) };
            });
    }

    protected load(project: string): LoadedConfig | undefined {
        const uri = URI.parse(project + RULE_CONFIG_FILE);
        const key = uri.toString();
        if (this.loaded.has(key)) return this.loaded.get(key);
        let text: string | undefined;
        try {
            text = this.fileSystem.existsSync(uri) ? this.fileSystem.readFileSync(uri) : undefined;
        } catch {
            // Unreadable (a folder of that name, no permission): reported as not JSON, the defaults hold.
            text = '';
        }
        const loaded = text === undefined ? undefined : { uri, text, ...readRuleConfig(text) };
        this.loaded.set(key, loaded);
        return loaded;
    }

    protected toDiagnostic(text: TextDocument, finding: ConfigFinding): Diagnostic {
        const range = Range.create(text.positionAt(finding.offset), text.positionAt(finding.offset + finding.length));
        const message = this.locale.message(finding.code, finding.args as MessageArgs<typeof finding.code>);
        const severity = ruleSeverities[finding.code] === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return { ...Diagnostic.create(range, message, severity, finding.code, 'tthc'), data: { code: finding.code } };
    }
}

// The path of a document below the project folder, with `/`, as the patterns are written.
function relativePath(project: URI, document: URI): string | undefined {
    const base = project.path.endsWith('/') ? project.path : project.path + '/';
    return document.scheme === project.scheme && document.path.startsWith(base) ? document.path.slice(base.length) : undefined;
}
