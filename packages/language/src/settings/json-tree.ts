import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A value of a JSON text with where it is (UTF-16 offsets), as the rule settings' findings need. */
export interface JsonNode {
    readonly type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
    readonly offset: number;
    readonly length: number;
    /** The value of a string, number, boolean or null. */
    readonly value?: unknown;
    /** An object's members (in order, repeated keys kept) or an array's items. */
    readonly members?: ReadonlyArray<{ readonly key: string; readonly keyNode: JsonNode; readonly value: JsonNode }>;
    readonly items?: readonly JsonNode[];
}

/** What was expected where a JSON text went wrong: jsonc-parser's name of the error (`ValueExpected`, …). */
export type JsonSyntaxError = ReturnType<typeof printParseErrorCode>;

/** A JSON text read into nodes, or where and why it is not JSON. */
export type JsonTree = { readonly root: JsonNode } | { readonly error: JsonSyntaxError; readonly offset: number; readonly length: number };

/**
 * Reads strict JSON (RFC 8259: no comments, no trailing commas) into nodes with their offsets, with
 * jsonc-parser (the bundles load its ES-module build: see the packages' bundle scripts).
 */
export function parseJsonTree(text: string): JsonTree {
    const errors: ParseError[] = [];
    // A byte order mark is not JSON whitespace to jsonc-parser; a space in its place keeps every offset.
    const root = parseTree(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first !== undefined) return { error: printParseErrorCode(first.error), offset: first.offset, length: Math.max(1, first.length) };
    if (root === undefined) return { error: 'ValueExpected', offset: 0, length: 1 };
    return { root: toJsonNode(root) };
}

function toJsonNode(node: Node): JsonNode {
    const at = { offset: node.offset, length: node.length };
    switch (node.type) {
        case 'object':
            return {
                type: 'object', ...at,
                members: (node.children ?? []).map(property => {
                    const [keyNode, value] = property.children ?? [];
                    // jsonc-parser gives a property without a value only with errors, which stop the reading above.
                    return { key: String(keyNode!.value), keyNode: toJsonNode(keyNode!), value: toJsonNode(value!) };
                })
            };
        case 'array':
            return { type: 'array', ...at, items: (node.children ?? []).map(toJsonNode) };
        case 'property':
            throw new Error('a JSON property outside an object');
        default:
            return { type: node.type, ...at, value: node.value };
    }
}
