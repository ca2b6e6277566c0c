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

/** What was expected where a JSON text went wrong. */
export type JsonSyntaxError =
    | 'ValueExpected' | 'CommaExpected' | 'ColonExpected' | 'PropertyNameExpected' | 'CloseBraceExpected' | 'CloseBracketExpected'
    | 'EndOfFileExpected' | 'InvalidString' | 'InvalidNumber' | 'CommentNotAllowed';

/** A JSON text read into nodes, or where and why it is not JSON. */
export type JsonTree = { readonly root: JsonNode } | { readonly error: JsonSyntaxError; readonly offset: number; readonly length: number };

class JsonError extends Error {
    constructor(readonly kind: JsonSyntaxError, readonly offset: number, readonly length = 1) {
        super(kind);
    }
}

/**
 * Reads strict JSON (RFC 8259: no comments, no trailing commas) into nodes with their offsets. Written
 * here rather than taken from a library: the well-known one (jsonc-parser) ships a UMD build that the
 * bundles cannot load, and the settings need only this.
 */
export function parseJsonTree(text: string): JsonTree {
    let at = 0;
    const space = (): void => {
        while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
        if (text.startsWith('//', at) || text.startsWith('/*', at)) throw new JsonError('CommentNotAllowed', at, 2);
    };
    const value = (): JsonNode => {
        space();
        const start = at;
        const ch = text[at];
        if (ch === '{') return object(start);
        if (ch === '[') return array(start);
        if (ch === '"') return { type: 'string', offset: start, value: string(), length: at - start };
        const literal = /^(?:true|false|null)(?![A-Za-z0-9_])/.exec(text.slice(at, at + 6))?.[0];
        if (literal) {
            at += literal.length;
            return { type: literal === 'null' ? 'null' : 'boolean', offset: start, length: literal.length, value: literal === 'null' ? null : literal === 'true' };
        }
        const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 64))?.[0];
        if (number) {
            at += number.length;
            if (/[0-9A-Za-z.]/.test(text[at] ?? '')) throw new JsonError('InvalidNumber', start, at - start + 1);
            return { type: 'number', offset: start, length: number.length, value: Number(number) };
        }
        throw new JsonError('ValueExpected', at, at < text.length ? 1 : 0);
    };
    const string = (): string => {
        const start = at;
        at++;
        while (at < text.length && text[at] !== '"') {
            const code = text.charCodeAt(at);
            if (code < 0x20) throw new JsonError('InvalidString', start, at - start);
            at += text[at] === '\\' ? 2 : 1;
        }
        if (at >= text.length) throw new JsonError('InvalidString', start, at - start);
        at++;
        try {
            return JSON.parse(text.slice(start, at)) as string;
        } catch {
            throw new JsonError('InvalidString', start, at - start);
        }
    };
    const object = (start: number): JsonNode => {
        at++;
        const members: Array<{ key: string; keyNode: JsonNode; value: JsonNode }> = [];
        space();
        if (text[at] === '}') {
            at++;
            return { type: 'object', offset: start, length: at - start, members };
        }
        for (;;) {
            space();
            if (text[at] !== '"') throw new JsonError('PropertyNameExpected', at, at < text.length ? 1 : 0);
            const keyStart = at;
            const key = string();
            const keyNode: JsonNode = { type: 'string', offset: keyStart, length: at - keyStart, value: key };
            space();
            if (text[at] !== ':') throw new JsonError('ColonExpected', at, at < text.length ? 1 : 0);
            at++;
            members.push({ key, keyNode, value: value() });
            space();
            if (text[at] === ',') {
                at++;
                continue;
            }
            if (text[at] === '}') {
                at++;
                return { type: 'object', offset: start, length: at - start, members };
            }
            throw new JsonError(text[at] === '"' ? 'CommaExpected' : 'CloseBraceExpected', at, at < text.length ? 1 : 0);
        }
    };
    const array = (start: number): JsonNode => {
        at++;
        const items: JsonNode[] = [];
        space();
        if (text[at] === ']') {
            at++;
            return { type: 'array', offset: start, length: at - start, items };
        }
        for (;;) {
            items.push(value());
            space();
            if (text[at] === ',') {
                at++;
                continue;
            }
            if (text[at] === ']') {
                at++;
                return { type: 'array', offset: start, length: at - start, items };
            }
            throw new JsonError(at < text.length && text[at] !== '}' ? 'CommaExpected' : 'CloseBracketExpected', at, at < text.length ? 1 : 0);
        }
    };
    try {
        // A byte order mark is not JSON, but editors on Windows write one: it is skipped.
        if (text.charCodeAt(0) === 0xfeff) at = 1;
        const root = value();
        space();
        if (at < text.length) throw new JsonError('EndOfFileExpected', at, 1);
        return { root };
    } catch (error) {
        if (error instanceof JsonError) return { error: error.kind, offset: error.offset, length: error.length };
        throw error;
    }
}
