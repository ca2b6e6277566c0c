// A hostile procedure title, step title and unit title through every output that is markup: each file
// must parse as well-formed XML (jsdom's strict parser) and give the text back as text, never as markup.
import { bpmnTarget, opencpsTarget, tableTarget, type OutputFile, type ProcedureModel, type ProvinceBuild } from '@tthc/compiler';
import { buildTargets } from '@tthc/cli';
import { procedureMermaid, svgTarget } from '@tthc/diagram';
import { describe, expect, test } from 'vitest';
import { buildOf } from '../compiler/build-helper.js';
import { docxParts } from '../support/docx-text.js';
import { parseWellFormed } from './well-formed.js';

const CODE = '2.000884';
// Markup, a CDATA end, both quotes, an ampersand, and characters XML cannot carry (a C0 control, DEL,
// a lone surrogate, U+FFFE), with no white space runs, which some targets fold.
const HOSTILE = `<script>alert(1)</script>]]>"'&amp;\u0001\u007f\ud800\ufffe end`;
// What the outputs must show: each character XML cannot carry as U+FFFD (docs/config-format.md).
const SHOWN = `<script>alert(1)</script>]]>"'&amp;\ufffd\ufffd\ufffd\ufffd end`;

const build = await buildOf('examples/lam-dong');
const hostile: ProvinceBuild = {
    ...build,
    procedures: build.procedures.filter(p => p.code === CODE).map((p): ProcedureModel => ({
        ...p,
        title: HOSTILE,
        steps: p.steps.map((s, i) => (i === 0 ? { ...s, title: `B1 ${HOSTILE}`, unit: { ...s.unit, title: `Đơn vị ${HOSTILE}` } } : s))
    }))
};

/** The one file of `files` whose path ends with `suffix`. */
function file(files: readonly OutputFile[], suffix: string): string {
    const found = files.filter(f => f.path.endsWith(suffix));
    expect(found.map(f => f.path), suffix).toHaveLength(1);
    return found[0].content;
}

/** Fails unless the document is well-formed, has no element or attribute the text could have injected, and shows the text. */
function expectEscaped(text: string, what: string): Document {
    const document = parseWellFormed(text);
    // The site's index has a script of its own; none holds the injected one.
    expect([...document.getElementsByTagName('script')].filter(s => s.textContent?.includes('alert')), what).toHaveLength(0);
    // eslint-disable-next-line no-control-regex
    expect(text, what).not.toMatch(/<script>alert|\u0001|\u007f|\ufffe/);
    expect(document.documentElement.textContent ?? '', what).toContain(SHOWN);
    return document;
}

describe('a hostile title comes out escaped and well-formed', () => {
    test('the publication table (Word): its document and its core properties', async () => {
        const docx = (await tableTarget.compile(hostile)).find(f => f.path.endsWith(`${CODE}.docx`))!;
        const parts = await docxParts(docx.bytes!);
        expectEscaped(parts.documentXml, 'docx document');
        expect(parseWellFormed(await parts.part('docProps/core.xml')).documentElement.textContent).toContain(SHOWN);
    });

    test('the publication table (HTML)', async () => {
        const document = expectEscaped(file(await tableTarget.compile(hostile), `${CODE}.html`), 'table');
        expect(document.getElementsByTagName('title')[0].textContent).toContain(SHOWN);
    });

    test('the review site (HTML)', async () => {
        const site = buildTargets({ findings: new Map(), siteFolder: '/tmp/site' }).get('site')!;
        const files = await site.compile(hostile);
        expectEscaped(file(files, `procedures/${CODE}.html`), 'site page');
        expectEscaped(file(files, 'index.html'), 'site index');
        // Like the table's, the site's own texts are NFC whatever the source's normalisation (the inline
        // diagram is the SVG renderer's, which does not normalise: left out here).
        const decomposed = { ...hostile, procedures: hostile.procedures.map(p => ({ ...p, title: `${HOSTILE} Đăng ký`.normalize('NFD') })) };
        for (const page of await site.compile(decomposed)) {
            const own = page.content.split('\n').filter(line => !line.startsWith('<div class="diagram" ')).join('\n');
            expect(own === own.normalize('NFC'), page.path).toBe(true);
        }
    });

    test('the SVG diagram', async () => {
        const document = expectEscaped(file(await svgTarget.compile(hostile), `${CODE}.svg`), 'svg');
        expect(document.getElementsByTagName('title')[0].textContent).toBe(`${CODE} – ${SHOWN}`);
    });

    test('BPMN', async () => {
        const document = expectEscaped(file(await bpmnTarget.compile(hostile), `${CODE}.bpmn`), 'bpmn');
        // The title is an attribute there: it comes back exactly.
        expect(document.getElementsByTagName('bpmn:process')[0].getAttribute('name')).toBe(SHOWN);
    });

    test('OpenCPS', async () => {
        const files = await opencpsTarget.compile(hostile);
        const service = expectEscaped(file(files, `services/${CODE}.xml`), 'opencps service');
        expect(service.getElementsByTagName('serviceName')[0].textContent).toBe(SHOWN);
        expectEscaped(file(files, `processes/${CODE}.xml`), 'opencps process');
    });

    test('Mermaid (not markup itself, but rendered as HTML): the same characters as U+FFFD, markup as entity codes', () => {
        const mermaid = procedureMermaid(hostile.procedures[0]);
        // eslint-disable-next-line no-control-regex
        expect(mermaid).not.toMatch(/<script|\u0001|\u007f|\ufffe/);
        expect(mermaid).toContain('#60;script#62;alert#40;1#41;#60;/script#62;#93;#93;#62;#34;\'#38;amp;\ufffd\ufffd\ufffd\ufffd end');
    });
});
