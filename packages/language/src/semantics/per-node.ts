/**
 * `compute` cached per AST node. A re-parsed document gets new nodes and so fresh values; use it only
 * for what relinking cannot change (what depends on local references, such as a procedure's steps).
 */
export function perNode<N extends object, V>(compute: (node: N) => V): (node: N) => V {
    const cache = new WeakMap<N, V>();
    return node => {
        let value = cache.get(node);
        if (value === undefined) {
            value = compute(node);
            cache.set(node, value);
        }
        return value;
    };
}
