import { issueCodes, ruleSeverities, type IssueCode } from '@tthc/language';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliLanguage } from '../cli-language.js';
import { version } from '../version.js';
import type { CheckedFile, Finding } from '../workspace/load-workspace.js';
import { docsPage, ruleHelpUri } from './rule-help.js';
import { ruleSummaries } from './rule-summaries.js';

/** Where a SARIF report's paths are relative to, and where its rules are documented. */
export interface SarifContext {
    /** The run's root, `%SRCROOT%`: the working folder. Paths inside it are written relative to it. */
    readonly root: string;
    /** Where the documentation folder (docs/) is published, for the rules' `helpUri`; none without it. */
    readonly docsUrl?: string;
}

// The schema's address that SARIF validators and viewers expect (SARIF 2.1.0 with its errata, as published by OASIS).
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * `tthc check --format sarif`: one SARIF 2.1.0 log with one run. The driver lists every rule of the language (in the
 * order of the rule reference, then any other code that occurs), so that a rule's index is the same in every report
 * and a viewer can describe every rule; results follow the files and their findings in source order. Paths are URIs
 * relative to `%SRCROOT%` (the working folder), or absolute `file:` URIs outside it. A finding a suppression covers is
 * a result with an in-source suppression and its justification.
 */
export function sarifReport(files: readonly CheckedFile[], context: SarifContext): string {
    const language = cliLanguage();
    const codes: string[] = [...issueCodes];
    const known = new Set<string>(codes);
    const extra = new Set<string>();
    for (const file of files) for (const finding of file.findings) if (!known.has(finding.code)) extra.add(finding.code);
    codes.push(...[...extra].sort());
    const index = new Map(codes.map((code, i) => [code, i]));
    const rules = codes.map(code => {
        const helpUri = ruleHelpUri(code, context.docsUrl, language);
        const summary = known.has(code) ? ruleSummaries[code as IssueCode] : code;
        const level = known.has(code) ? LEVELS[ruleSeverities[code as IssueCode]] : 'warning';
        return {
            id: code,
            shortDescription: { text: summary },
            ...(helpUri !== undefined ? { helpUri } : {}),
            defaultConfiguration: { level }
        };
    });
    const results = files.flatMap(file => file.findings.map(finding => result(finding, index.get(finding.code)!, location(file.path, context.root))));
    const driver = {
        name: 'tthc',
        version,
        semanticVersion: version,
        ...(context.docsUrl !== undefined ? { informationUri: docsPage(context.docsUrl, language === 'vi' ? 'vi/cli.md' : 'cli.md') } : {}),
        rules
    };
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
            tool: { driver },
            originalUriBaseIds: { [SRCROOT]: { uri: folderUri(context.root) } },
            language,
            columnKind: 'utf16CodeUnits',
            results
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function result(finding: Finding, ruleIndex: number, artifactLocation: { uri: string; uriBaseId?: string }): object {
    return {
        ruleId: finding.code,
        ruleIndex,
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [{
            physicalLocation: {
                artifactLocation,
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
            }
        }],
        ...(finding.suppression !== undefined ? { suppressions: [{ kind: 'inSource', justification: finding.suppression.reason }] } : {})
    };
}

// A file's location: relative to %SRCROOT% when inside it, each segment percent-encoded; else an absolute file URI.
function location(path: string, root: string): { uri: string; uriBaseId?: string } {
    const inside = relative(root, path);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
        return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
    }
    return { uri: pathToFileURL(path).href };
}

function folderUri(folder: string): string {
    const href = pathToFileURL(folder).href;
    return href.endsWith('/') ? href : `${href}/`;
}
