import { createTthcServices, isTthcFile, type IssueCode, type SuppressedDiagnostic, type TthcServices } from '@tthc/language';
import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { cliLanguage } from '../cli-language.js';
import { MAX_FILE_BYTES, readSource, type SourceRead } from './read-source.js';

/** One finding, positioned in a file, 1-based. */
export interface Finding {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: 'error' | 'warning' | 'info';
    readonly code: string;
    readonly message: string;
    /**
     * Set when a `tthc-ignore` comment suppressed the finding: the comment's reason and its 1-based line.
     * A suppressed finding is reported (JSON, SARIF) but not counted, and not printed as a problem.
     */
    readonly suppression?: { readonly reason: string; readonly line: number };
}

/** Whether a finding counts: it was not suppressed. */
export function isProblem(finding: Finding): boolean {
    return finding.suppression === undefined;
}

/** A checked file and its findings, in source order. */
export interface CheckedFile {
    /** The absolute path. */
    readonly path: string;
    readonly findings: readonly Finding[];
}

/** A loaded, linked and validated workspace. */
export interface CheckedWorkspace {
    readonly files: readonly CheckedFile[];
    /** The rule settings files (`tthc-rules.json`) of the projects loaded: `files` holds their findings. */
    readonly settingsPaths: readonly string[];
    /** The Langium documents, for commands that go on to compile them. */
    readonly documents: readonly LangiumDocument[];
    /** The path a document was read from. */
    readonly pathOf: (document: LangiumDocument) => string;
    /** The project (root folder URI) of a document. */
    readonly projectOf: (document: LangiumDocument) => string;
    /** How many province catalogues and procedures the files declare: none means nothing to check. */
    readonly declarations: number;
}

/** The services a workspace is loaded into: the language's, or the language server's (`tthc fix`). */
export interface WorkspaceServices {
    readonly shared: LangiumSharedCoreServices;
    readonly Tthc: TthcServices;
}

/**
 * Loads every file into one Langium workspace (so that references and duplicate checks cross
 * files), builds it with validation, and returns the findings per file. Files that cannot be
 * parsed (not UTF-8, empty, too large) get a finding of their own instead of being parsed. Messages
 * are in the language of the run (`cliLanguage`). `services` are the language's by default; the
 * services passed must speak the run's language. `texts` replaces the contents of some files (by path): a text, or what was read
 * from elsewhere (standard input).
 */
export async function checkWorkspace(paths: readonly string[], services?: WorkspaceServices, texts?: ReadonlyMap<string, string | SourceRead>): Promise<CheckedWorkspace> {
    const { shared, Tthc } = services ?? createTthcServices(NodeFileSystem, { language: cliLanguage() });
    const locale = Tthc.i18n.Locale;
    const factory = shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const fileFindings = new Map<string, Finding[]>();
    const settings = Tthc.workspace.RuleSettings;
    // The CLI's own findings (a file it could not read) follow the rule settings like the checks' do; their
    // levels are asked for after the build, once every document is in (the projects are known then).
    const unreadable: Array<{ path: string; code: IssueCode; message: string; line: number; column: number }> = [];
    const fileFinding = (path: string, code: IssueCode, message: string, line = 1, column = 1): Finding[] => {
        unreadable.push({ path, code, message, line, column });
        return [];
    };
    const documents: LangiumDocument[] = [];
    const documentPaths = new Map<LangiumDocument, string>();
    for (const path of paths) {
        // `tthc migrate --dry-run` checks the texts it would write, which are not on disk.
        const text = texts?.get(path);
        const source: SourceRead = typeof text === 'string' ? { kind: 'text', text } : text ?? readSource(path);
        switch (source.kind) {
            case 'text': {
                const document = factory.fromString(source.text, URI.file(path));
                langiumDocuments.addDocument(document);
                documents.push(document);
                documentPaths.set(document, path);
                fileFindings.set(path, []);
                break;
            }
            case 'empty':
                fileFindings.set(path, fileFinding(path, 'file-empty', locale.message('file-empty', {})));
                break;
            case 'too-large':
                fileFindings.set(path, fileFinding(path, 'file-too-large', locale.message('file-too-large', { size: megabytes(source.bytes), limit: megabytes(MAX_FILE_BYTES) })));
                break;
            case 'not-utf8':
                fileFindings.set(path, fileFinding(path, 'file-encoding', locale.message('file-encoding', { byteOffset: source.byteOffset, utf16: source.utf16 }), source.line, source.column));
                break;
        }
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    for (const { path, code, message, line, column } of unreadable) {
        const level = settings.levelOf(code, URI.file(path));
        if (level !== 'off') fileFindings.get(path)!.push({ line, column, endLine: line, endColumn: column, severity: level, code, message });
    }
    for (const document of documents) {
        fileFindings.get(documentPaths.get(document)!)!.push(...documentFindings(document, Tthc));
    }
    // Each project's rule settings file, checked like a source file (its findings at file:line:column).
    const settingsPaths: string[] = [];
    for (const { uri, diagnostics } of settings.diagnostics()) {
        settingsPaths.push(uri.fsPath);
        fileFindings.set(uri.fsPath, diagnostics.map(toFinding));
    }
    const files = [...fileFindings.entries()]
        .map(([path, findings]) => ({ path, findings: [...findings].sort(compareFindings) }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const declarations = documents.reduce((count, document) => {
        const root = document.parseResult.value;
        return count + (isTthcFile(root) ? root.provinces.length + root.procedures.length : 0);
    }, 0);
    return { files, settingsPaths, documents, pathOf: document => documentPaths.get(document) ?? document.uri.fsPath, projectOf: document => Tthc.workspace.Projects.projectOf(document.uri), declarations };
}

/**
 * The findings of a built document as they are now, in source order (after `tthc fix` changed it):
 * its diagnostics, and those its suppressions silenced, each with its `suppression`.
 */
export function documentFindings(document: LangiumDocument, Tthc: TthcServices): Finding[] {
    const suppressed = Tthc.workspace.RuleSettings.suppressedOf(document).map(suppressedFinding);
    return [...(document.diagnostics ?? []).map(toFinding), ...suppressed].sort(compareFindings);
}

function suppressedFinding({ diagnostic, reason, line }: SuppressedDiagnostic): Finding {
    return { ...toFinding(diagnostic), suppression: { reason, line } };
}

function toFinding(diagnostic: Diagnostic): Finding {
    const severity = diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info';
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    return {
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity,
        code: String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? 'unknown'),
        message
    };
}

function compareFindings(a: Finding, b: Finding): number {
    return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

function megabytes(bytes: number): string {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
