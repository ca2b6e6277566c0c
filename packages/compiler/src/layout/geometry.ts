/** Points, rectangles and the helpers every drawing of the lane grid shares. */

/** A point of a drawing, in its units (pixels in bpmn.io and in the SVG). */
export interface Point {
    readonly x: number;
    readonly y: number;
}

/** A rectangle (`dc:Bounds` in BPMN, a box in the SVG). */
export interface Bounds {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

/** Drops repeated points and middle points of straight runs. */
export function simplify(points: readonly Point[]): Point[] {
    const out: Point[] = [];
    for (const p of points) {
        const last = out.at(-1);
        if (last !== undefined && last.x === p.x && last.y === p.y) continue;
        const before = out.at(-2);
        if (last !== undefined && before !== undefined
            && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
            out[out.length - 1] = p;
            continue;
        }
        out.push(p);
    }
    return out;
}

/** Middle of a shape's right side. */
export function rightMiddle(b: Bounds): Point {
    return { x: b.x + b.width, y: b.y + Math.round(b.height / 2) };
}

/** Middle of a shape's left side. */
export function leftMiddle(b: Bounds): Point {
    return { x: b.x, y: b.y + Math.round(b.height / 2) };
}

/** Middle of a shape's top side. */
export function topMiddle(b: Bounds): Point {
    return { x: b.x + Math.round(b.width / 2), y: b.y };
}

/** Middle of a shape's bottom side. */
export function bottomMiddle(b: Bounds): Point {
    return { x: b.x + Math.round(b.width / 2), y: b.y + b.height };
}
