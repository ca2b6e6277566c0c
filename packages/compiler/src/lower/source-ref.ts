import { AstUtils, type AstNode } from 'langium';
import type { SourceRef } from '../model/procedure-model.js';

/** Where a node was written, 1-based; a node without text (never in a checked workspace) maps to 1:1. */
export function sourceOf(node: AstNode): SourceRef {
    const range = node.$cstNode?.range;
    return {
        uri: AstUtils.getDocument(node).uri.toString(),
        line: (range?.start.line ?? 0) + 1,
        column: (range?.start.character ?? 0) + 1,
        endLine: (range?.end.line ?? 0) + 1,
        endColumn: (range?.end.character ?? 0) + 1
    };
}
