import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { create } from 'xmlbuilder2';
import { ROOT } from '../cli/run-cli.js';

/**
 * OpenCPS's own import schema: test data beside the repository, never copied into it (see
 * ../shared/opencps/SOURCE.md). `OPENCPS_SCHEMA` points elsewhere.
 */
export function opencpsSchemaPath(env: NodeJS.ProcessEnv = process.env): string {
    return resolve(env.OPENCPS_SCHEMA ?? join(ROOT, '../shared/opencps/opencps_import_schema.xsd'));
}

/** Why the schema validation cannot run (the schema or xmllint is missing), or undefined when it can. */
export function validationProblem(schema: string, xmllint = 'xmllint'): string | undefined {
    if (!existsSync(schema)) {
        return `The OpenCPS import schema is missing at ${schema}. It is test data kept beside the repository ` +
            '(../shared/opencps/opencps_import_schema.xsd, from VietOpenCPS/opencps-v2, see SOURCE.md there); ' +
            'check out ../shared next to the repository or set OPENCPS_SCHEMA to the file.';
    }
    const version = spawnSync(xmllint, ['--version'], { encoding: 'utf8' });
    if (version.error) {
        return `xmllint cannot be run (${version.error.message}). Install Debian's libxml2-utils ` +
            '(apt-get install -y libxml2-utils); CI\'s .ci/run installs it.';
    }
    return undefined;
}

/** What xmllint said of a set of files, validated in one run. */
export interface XmllintRun {
    readonly status: number | null;
    readonly output: string;
}

/** Writes `files` (relative paths) into a fresh folder and validates them all with one xmllint run. */
export function validateWithXmllint(schema: string, files: ReadonlyArray<{ path: string; content: string }>): XmllintRun {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-opencps-'));
    for (const file of files) {
        const full = join(dir, file.path);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, file.content);
    }
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files.map(f => f.path)], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A parsed element: its name, its text (entities decoded) and its child elements in order. */
export interface XmlNode {
    readonly name: string;
    readonly text: string;
    readonly children: readonly XmlNode[];
}

// The DOM xmlbuilder2 parses into (its own implementation, so no DOM types are needed here).
interface DomNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly textContent: string | null;
    readonly childNodes: Iterable<DomNode>;
}

function toNode(element: DomNode): XmlNode {
    const elements = [...element.childNodes].filter(n => n.nodeType === 1);
    return { name: element.nodeName, text: element.textContent ?? '', children: elements.map(toNode) };
}

/** Parses an XML document with xmlbuilder2 and returns its root element, which must be `root`. */
export function parseXml(text: string, root: string): XmlNode {
    const node = toNode(create(text).root().node as unknown as DomNode);
    if (node.name !== root) {
        throw new Error(`the root element is ${node.name}, not ${root}`);
    }
    return node;
}

/** The children named `name` of `node`. */
export function children(node: XmlNode, name: string): XmlNode[] {
    return node.children.filter(c => c.name === name);
}

/** The first child named `name`; fails when there is none. */
export function child(node: XmlNode, name: string): XmlNode {
    const found = node.children.find(c => c.name === name);
    if (!found) {
        throw new Error(`<${node.name}> has no <${name}>`);
    }
    return found;
}

/** The text of the child `name` (empty for an empty element). */
export function textOf(node: XmlNode, name: string): string {
    return child(node, name).text;
}
