import type { AstNode } from 'langium';

/**
 * The nodes of a tree in pre-order, the order of Langium's `streamAst`, collected by a plain
 * recursive walk: Langium's streams allocate an iterator per node, which shows in every profile of
 * a large workspace. The tree is an AST, so its depth is small.
 */
export function allNodes(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        for (const key of Object.keys(node)) {
            if (key.charCodeAt(0) === 36 /* $ */) continue;
            const value = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(value)) {
                for (const element of value) {
                    if (isNode(element)) visit(element);
                }
            } else if (isNode(value)) {
                visit(value);
            }
        }
    };
    visit(root);
    return nodes;
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}
