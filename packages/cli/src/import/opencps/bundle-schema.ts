import { BundleError } from './bundle-error.js';
import { importMessages as say } from './opencps-import-messages.js';
import { child, elements, ownText, type XmlElement } from '../xml-tree.js';

/**
 * Reads the elements of one document of the bundle as the import schema (opencps_import_schema.xsd) lays them
 * out: an element the schema requires and this import relies on must be there, an `xsd:int` must be a whole
 * number, an `xsd:boolean` `true`/`false`/`1`/`0`; anything else is a `BundleError` at the element (or at its
 * parent when it is missing). Fields the importer does not read are not checked.
 */
export class SchemaReader {
    constructor(readonly file: string) {}

    private error(node: XmlElement, message: string): BundleError {
        return new BundleError({ file: this.file, line: node.line, column: node.column }, message);
    }

    /** The root, which must be `name`. */
    root(node: XmlElement, name: string): XmlElement {
        if (node.name !== name) throw this.error(node, say.wrongRoot(node.name, name));
        return node;
    }

    /** The first child `name` of `parent`; required by the schema. */
    child(parent: XmlElement, name: string): XmlElement {
        const found = child(parent, name);
        if (!found) throw this.error(parent, say.missingElement(name, parent.name));
        return found;
    }

    /** The first child `name`, when present (an optional element of the schema). */
    optional(parent: XmlElement, name: string): XmlElement | undefined {
        return child(parent, name);
    }

    /** The children `name` of the child `list` of `parent`; the schema requires at least one. */
    list(parent: XmlElement, list: string, name: string): XmlElement[] {
        const container = this.child(parent, list);
        const items = elements(container, name);
        if (items.length === 0) throw this.error(container, say.missingElement(name, list));
        return items;
    }

    /** The text of the required child `name`, trimmed. */
    text(parent: XmlElement, name: string): string {
        return ownText(this.child(parent, name)).trim();
    }

    /** The text of the optional child `name`, trimmed, or ''. */
    optionalText(parent: XmlElement, name: string): string {
        const node = this.optional(parent, name);
        return node ? ownText(node).trim() : '';
    }

    /** An `xsd:int` child (required unless `fallback` is given). */
    int(parent: XmlElement, name: string, fallback?: number): number {
        const node = fallback === undefined ? this.child(parent, name) : this.optional(parent, name);
        if (!node) return fallback!;
        const text = ownText(node).trim();
        if (!/^[+-]?[0-9]+$/.test(text)) throw this.error(node, say.notInteger(name, text));
        return Number(text);
    }

    /** An `xsd:boolean` child (required unless `fallback` is given). */
    bool(parent: XmlElement, name: string, fallback?: boolean): boolean {
        const node = fallback === undefined ? this.child(parent, name) : this.optional(parent, name);
        if (!node) return fallback!;
        const text = ownText(node).trim();
        if (text === 'true' || text === '1') return true;
        if (text === 'false' || text === '0') return false;
        throw this.error(node, say.notBoolean(name, text));
    }

    /** A duration count (a decimal number of the process's unit; the schema types it as text). */
    number(parent: XmlElement, name: string): number {
        const node = this.child(parent, name);
        const text = ownText(node).trim();
        if (text === '') return 0;
        if (!/^[0-9]+(\.[0-9]+)?$/.test(text)) throw this.error(node, say.notDuration(name, text));
        return Number(text);
    }
}
