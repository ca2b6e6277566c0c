import { escapeData, escapeProperty, githubReport, gitlabReport, sarifReport, setCliLanguage, summarise, type CheckedFile } from '@tthc/cli';
import { issueCodes } from '@tthc/language';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { ciWorkspace, CATALOGUE, PROCEDURE } from './ci-fixture.js';
import { ROOT, tempWorkspace, tthc } from './run-cli.js';

const DOCS = 'https://example.org/tthc/docs';

// The SARIF 2.1.0 schema that Microsoft's SARIF SDK ships with its validator (the multitool), for this platform.
const multitool = createRequire(import.meta.url).resolve('@microsoft/sarif-multitool/package.json');
const schemaPath = join(dirname(createRequire(multitool).resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`)), 'sarif-2.1.0.json');
const validateSarif = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

// The absolute folder of a run differs from machine to machine: the goldens hold a placeholder.
const portable = (text: string, dir: string): string => text.split(pathToFileURL(dir).href).join('file:///WORKSPACE');

afterEach(() => setCliLanguage('en'));

describe('tthc check --format sarif', () => {
    test('a SARIF 2.1.0 log that the official schema accepts, every rule with its documentation link; golden', () => {
        const dir = ciWorkspace();
        const run = tthc(['check', '--format', 'sarif', '--docs-url', DOCS], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const log = JSON.parse(run.stdout);
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        const [sarifRun] = log.runs;
        expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(dir).href}/`);
        expect(sarifRun.results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`))
            .toEqual(['district-level error', 'superseded-legal-basis warning', 'time-under-statutory note']);
        expect(sarifRun.results[0].locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'procedures/a.tthc', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 17 }
        });
        for (const result of sarifRun.results) expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
        expectGolden('ci-formats/check.sarif', portable(run.stdout, dir));
        // The validator does reject what SARIF does not allow.
        const broken = JSON.parse(run.stdout);
        broken.runs[0].results[2].level = 'info';
        expect(validateSarif(broken)).toBe(false);
    });

    test('a whole legacy workspace: valid, one result per finding of the JSON report, in its order', () => {
        const dir = join(ROOT, 'examples/legacy');
        const log = JSON.parse(tthc(['check', '--format', 'sarif', '.'], dir).stdout);
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        const json = JSON.parse(tthc(['check', '--format', 'json', '.'], dir).stdout);
        const expected = json.files.flatMap((file: { path: string; diagnostics: Array<{ code: string; line: number }> }) =>
            file.diagnostics.map(d => `${file.path}:${d.line} ${d.code}`));
        const results = log.runs[0].results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) =>
            `${decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`);
        expect(results.length).toBeGreaterThan(20);
        expect(results).toEqual(expected);
    });

    test('every rule is listed, and its helpUri is an anchor of docs/rules.md (docs/vi/rules.md in Vietnamese)', () => {
        const anchors = (page: string): Set<string> => new Set(readFileSync(join(ROOT, page), 'utf8').split('\n')
            .filter(line => line.startsWith('### '))
            .map(line => line.slice(4).toLowerCase().replace(/[`,]/g, '').trim().replace(/\s+/g, '-')));
        for (const [language, page] of [['en', 'docs/rules.md'], ['vi', 'docs/vi/rules.md']] as const) {
            const run = tthc(['check', '--format', 'sarif', '--docs-url', `${DOCS}/`, '--lang', language], ciWorkspace());
            const rules: Array<{ id: string; helpUri: string; shortDescription: { text: string } }> = JSON.parse(run.stdout).runs[0].tool.driver.rules;
            expect(rules.map(rule => rule.id)).toEqual(issueCodes);
            const headings = anchors(page);
            for (const rule of rules) {
                const url = new URL(rule.helpUri);
                expect(`${url.origin}${url.pathname}`).toBe(`${DOCS}/${page.slice('docs/'.length)}`);
                expect(headings.has(url.hash.slice(1)), `${rule.id}: ${url.hash}`).toBe(true);
                expect(rule.shortDescription.text).toMatch(/^\S.*\.$/);
            }
        }
    });

    test('the rules are described in the language of the report', () => {
        const run = tthc(['check', '--format', 'sarif', '--lang', 'vi'], ciWorkspace());
        const [sarifRun] = JSON.parse(run.stdout).runs;
        expect(sarifRun.language).toBe('vi');
        expect(sarifRun.tool.driver.rules[5]).toEqual({
            id: 'district-level',
            shortDescription: { text: 'Không thủ tục nào được thực hiện ở cấp huyện, đã chấm dứt hoạt động từ ngày 01/7/2025.' },
            defaultConfiguration: { level: 'error' }
        });
        expect(sarifRun.results[0].message.text).toMatch(/cấp huyện/);
    });

    test('a path outside the working folder is an absolute file URI, and names are percent-encoded', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'thủ tục #1/a b.tthc': PROCEDURE.replace('level commune', 'level district') });
        const inside = JSON.parse(tthc(['check', '--format', 'sarif', '.'], dir).stdout);
        expect(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'th%E1%BB%A7%20t%E1%BB%A5c%20%231/a%20b.tthc', uriBaseId: '%SRCROOT%' });
        const outside = JSON.parse(tthc(['check', '--format', 'sarif', dir], ROOT).stdout);
        expect(validateSarif(outside), JSON.stringify(validateSarif.errors)).toBe(true);
        expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(join(dir, 'thủ tục #1/a b.tthc')).href });
    });

    test('a suppressed finding is a result with an in-source suppression and its reason; the log stays valid', () => {
        const files: CheckedFile[] = [{
            path: join(ROOT, 'p.tthc'),
            findings: [
                { line: 3, column: 1, endLine: 3, endColumn: 5, severity: 'warning', code: 'missing-approval', message: 'No approval.', suppression: { reason: 'Signed by the one-stop unit under Decision 12/2025.', line: 2 } },
                { line: 4, column: 1, endLine: 4, endColumn: 5, severity: 'error', code: 'district-level', message: 'District.' }
            ]
        }];
        const log = JSON.parse(sarifReport(files, { root: ROOT }));
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        expect(log.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', justification: 'Signed by the one-stop unit under Decision 12/2025.' }]);
        expect(log.runs[0].results[1].suppressions).toBeUndefined();
        // Without --docs-url there is no address to link to: no helpUri, no informationUri.
        expect(log.runs[0].tool.driver.rules[0].helpUri).toBeUndefined();
        expect(log.runs[0].tool.driver.informationUri).toBeUndefined();
    });

    test('a code the language does not list still gets a rule, after the others', () => {
        const log = JSON.parse(sarifReport([{ path: join(ROOT, 'p.tthc'), findings: [{ line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'warning', code: 'zz-new', message: 'New.' }] }], { root: ROOT }));
        expect(validateSarif(log)).toBe(true);
        const rules = log.runs[0].tool.driver.rules;
        expect(rules.at(-1).id).toBe('zz-new');
        expect(log.runs[0].results[0].ruleIndex).toBe(rules.length - 1);
    });

    test('--docs-url must be a web address', () => {
        const run = tthc(['check', '--format', 'sarif', '--docs-url', 'docs/'], ciWorkspace());
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("tthc: --docs-url 'docs/' is not a web address; give the http(s) address where the documentation folder (docs/) is published, without # or ?.\n");
    });
});

// How the GitHub Actions runner reads a workflow command's property and message back (actions/runner's
// ActionCommand unescaping), to check that the escaping round-trips.
const unescapeData = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string): string => unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));

describe('tthc check --format github', () => {
    test('one workflow command per finding, then the summary; golden', () => {
        const run = tthc(['check', '--format', 'github'], ciWorkspace());
        expect(run.status).toBe(1);
        expect(run.stdout.split('\n')[0]).toBe(
            "::error file=procedures/a.tthc,line=5,col=9,endLine=5,endColumn=17,title=district-level::Procedure 'KhaiSinh' is implemented at the district level, which was abolished on 1 July 2025: set 'level commune' or 'level province'.");
        expectGolden('ci-formats/check.github.txt', run.stdout);
    });

    test('hostile messages and paths are escaped so that the runner reads them back whole', () => {
        const hostile = 'a,b:c%d\r\ne::f%0A';
        expect(unescapeData(escapeData(hostile))).toBe(hostile);
        expect(unescapeProperty(escapeProperty(hostile))).toBe(hostile);
        expect(escapeProperty(hostile)).not.toMatch(/[,:\r\n]/);
        const text = githubReport([{ path: '/w/x.tthc', findings: [{ line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'info', code: 'time-under-statutory', message: '100% done,\r\n::error::injected' }] }],
            summarise([]), () => 'dir,1/na:me%25.tthc');
        const [command] = text.split('\n');
        expect(command).toBe('::notice file=dir%2C1/na%3Ame%2525.tthc,line=1,col=2,endLine=1,endColumn=3,title=time-under-statutory::100%25 done,\\r\\n::error::injected');
        const properties = command.slice('::notice '.length, command.indexOf('::', 2));
        expect(unescapeProperty(properties.split(',')[0].slice('file='.length))).toBe('dir,1/na:me%25.tthc');
    });

    test('a real file whose name holds , : and % is annotated under its name', () => {
        const dir = tempWorkspace({ 'catalogue.tthc': CATALOGUE, 'a,b:c%d.tthc': PROCEDURE.replace('level commune', 'level district') });
        const [command] = tthc(['check', '--format', 'github'], dir).stdout.split('\n');
        expect(command.startsWith('::error file=a%2Cb%3Ac%25d.tthc,line=5,')).toBe(true);
    });

    test('suppressed findings are not annotated', () => {
        const text = githubReport([{ path: '/w/x.tthc', findings: [{ line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', code: 'district-level', message: 'm', suppression: { reason: 'r', line: 1 } }] }],
            summarise([]), () => 'x.tthc');
        expect(text).not.toMatch(/^::/m);
    });
});

describe('tthc check --format gitlab', () => {
    test('a code quality report: one issue per finding, severities mapped; golden', () => {
        const run = tthc(['check', '--format', 'gitlab'], ciWorkspace());
        expect(run.status).toBe(1);
        const issues = JSON.parse(run.stdout);
        expect(issues.map((i: { check_name: string; severity: string }) => `${i.check_name} ${i.severity}`))
            .toEqual(['district-level major', 'superseded-legal-basis minor', 'time-under-statutory info']);
        for (const issue of issues) {
            expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
            expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
        }
        expect(issues[0].location).toEqual({ path: 'procedures/a.tthc', lines: { begin: 5, end: 5 } });
        expectGolden('ci-formats/check.gitlab.json', run.stdout);
    });

    test('fingerprints do not move with the lines, and identical findings get different ones', () => {
        const dir = ciWorkspace();
        const before = JSON.parse(tthc(['check', '--format', 'gitlab'], dir).stdout);
        const file = join(dir, 'procedures/a.tthc');
        writeFileSync(file, `// a comment\n\n${readFileSync(file, 'utf8')}`);
        const after = JSON.parse(tthc(['check', '--format', 'gitlab'], dir).stdout);
        expect(after[0].location.lines.begin).toBe(before[0].location.lines.begin + 2);
        expect(after.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(before.map((i: { fingerprint: string }) => i.fingerprint));
        const twice = JSON.parse(gitlabReport([{ path: '/w/x.tthc', findings: [1, 2].map(line => ({ line, column: 1, endLine: line, endColumn: 2, severity: 'error' as const, code: 'c', message: 'same' })) }], () => 'x.tthc'));
        expect(twice[0].fingerprint).not.toBe(twice[1].fingerprint);
    });

    test('suppressed findings are left out', () => {
        expect(gitlabReport([{ path: '/w/x.tthc', findings: [{ line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', code: 'c', message: 'm', suppression: { reason: 'r', line: 1 } }] }], () => 'x.tthc')).toBe('[]\n');
    });
});
