/**
 * The partners' black-box pools and the message flows to them. A hand-over's two messages (the
 * dossier out, the result back) leave and reach the bottom of its task, run along the corridor
 * under the task's row and down the gap after the task's column (free channels: they cross no
 * shape), then along a band under the process pool to the partner's pool. The pools sit side by
 * side in a row under that band, each centred under its messages' lines where it can be.
 *
 * Line order is chosen so that lines do not cross where that can be avoided: in a gap, the lines of
 * a lower task lie left of those of a task above it (the lower task's lines turn off first); the
 * dossier's line lies left of and below the result's; pools are ordered like their lines; and in
 * the band, a line heading right runs deeper the further left it starts (the mirror for lines
 * heading left).
 */
import type { MessageFlow, Partner } from './bpmn-graph.js';
import { simplify, type Bounds, type Point } from '../../layout/geometry.js';
import { LINE_STEP, type LaneGrid } from '../../layout/lane-grid.js';

const PARTNER_WIDTH = 240;
const PARTNER_HEIGHT = 60;
const PARTNER_GAP = 40;
// Room above the partners' pools for the message labels.
const LABEL_BAND = 34;

/** A message flow's waypoints and the side of its last segment its label takes. */
export interface MessageRoute {
    readonly waypoints: Point[];
    /** Where the flow meets the partner's pool. */
    readonly labelAnchor: Point;
    readonly labelSide: 'left' | 'right';
}

interface Pair {
    readonly send: MessageFlow;
    readonly reply: MessageFlow;
    readonly partner: string;
    readonly task: Bounds;
    readonly column: number;
    readonly row: number;
    xOut: number;
    xBack: number;
    anchorOut: number;
    anchorBack: number;
    bandOut: number;
    bandBack: number;
}

/** Bounds of every partner's pool and waypoints of every message flow. */
export function routeMessages(
    grid: LaneGrid,
    pool: Bounds,
    partners: readonly Partner[],
    messages: readonly MessageFlow[],
    taskBounds: (id: string) => Bounds
): { partners: Map<string, Bounds>; messages: Map<string, MessageRoute> } {
    const pairs: Pair[] = messages.filter(m => m.direction === 'send').map(send => {
        const reply = messages.find(m => m.task === send.task && m.partner === send.partner && m.direction === 'reply') as MessageFlow;
        const cell = grid.cellOf(send.task);
        return { send, reply, partner: send.partner, task: taskBounds(send.task), column: cell.column, row: cell.row, xOut: 0, xBack: 0, anchorOut: 0, anchorBack: 0, bandOut: 0, bandBack: 0 };
    });

    // Lines in the gap after each task's column: lower tasks to the left.
    const columns = [...new Set(pairs.map(p => p.column))];
    for (const column of columns) {
        const here = pairs.filter(p => p.column === column).sort((a, b) => b.row - a.row);
        const middle = grid.gapMiddle(column + 1);
        here.forEach((pair, j) => {
            // Offsets of ±4, ±12, …: between the lines sequence flows use (multiples of 8).
            pair.xOut = middle + (2 * j - (2 * here.length - 1) / 2) * LINE_STEP;
            pair.xBack = pair.xOut + LINE_STEP;
        });
    }

    // Pools: in the order of their lines, each centred under them if the one before leaves room.
    const bandTop = pool.y + pool.height + 16;
    const partnerY = bandTop + 2 * pairs.length * LINE_STEP + LABEL_BAND;
    const wanted = partners.map((partner, order) => {
        const own = pairs.filter(p => p.partner === partner.id);
        const centre = own.reduce((sum, p) => sum + (p.xOut + p.xBack) / 2, 0) / Math.max(1, own.length);
        return { partner, order, centre };
    }).sort((a, b) => a.centre - b.centre || a.order - b.order);
    const partnerBounds = new Map<string, Bounds>();
    let nextX = pool.x;
    for (const { partner, centre } of wanted) {
        const x = Math.max(nextX, Math.round(centre - PARTNER_WIDTH / 2));
        partnerBounds.set(partner.id, { x, y: partnerY, width: PARTNER_WIDTH, height: PARTNER_HEIGHT });
        nextX = x + PARTNER_WIDTH + PARTNER_GAP;
    }
    for (const partner of partners) {
        const own = pairs.filter(p => p.partner === partner.id).sort((a, b) => a.xOut - b.xOut);
        const target = partnerBounds.get(partner.id) as Bounds;
        own.forEach((pair, index) => {
            const centre = Math.round(target.x + (target.width * (index + 1)) / (own.length + 1));
            pair.anchorOut = centre - LINE_STEP;
            pair.anchorBack = centre + LINE_STEP;
        });
    }

    // Band levels: rightward lines deeper the further left they start, leftward the mirror.
    const rightward = pairs.filter(p => p.anchorOut >= p.xOut).sort((a, b) => b.xOut - a.xOut);
    const leftward = pairs.filter(p => p.anchorOut < p.xOut).sort((a, b) => a.xOut - b.xOut);
    [...rightward, ...leftward].forEach((pair, level) => {
        const upper = bandTop + 2 * level * LINE_STEP;
        const lower = upper + LINE_STEP;
        // Within a hand-over, the line on the pool's far side runs deeper.
        const poolRight = pair.anchorOut >= pair.xOut;
        pair.bandOut = poolRight ? lower : upper;
        pair.bandBack = poolRight ? upper : lower;
    });

    const routes = new Map<string, MessageRoute>();
    for (const pair of pairs) {
        const target = partnerBounds.get(pair.partner) as Bounds;
        const corridor = grid.corridorMiddle(pair.row + 1);
        const taskCentre = pair.task.x + Math.round(pair.task.width / 2);
        const bottom = pair.task.y + pair.task.height;
        // Under the task, the dossier's line runs below the result's, so they do not cross.
        const yOut = corridor + 5;
        const yBack = corridor - 5;
        routes.set(pair.send.id, {
            waypoints: simplify([
                { x: taskCentre - 10, y: bottom }, { x: taskCentre - 10, y: yOut }, { x: pair.xOut, y: yOut },
                { x: pair.xOut, y: pair.bandOut }, { x: pair.anchorOut, y: pair.bandOut }, { x: pair.anchorOut, y: target.y }
            ]),
            labelAnchor: { x: pair.anchorOut, y: target.y },
            labelSide: 'left'
        });
        routes.set(pair.reply.id, {
            waypoints: simplify([
                { x: pair.anchorBack, y: target.y }, { x: pair.anchorBack, y: pair.bandBack }, { x: pair.xBack, y: pair.bandBack },
                { x: pair.xBack, y: yBack }, { x: taskCentre + 10, y: yBack }, { x: taskCentre + 10, y: bottom }
            ]),
            labelAnchor: { x: pair.anchorBack, y: target.y },
            labelSide: 'right'
        });
    }
    return { partners: partnerBounds, messages: routes };
}
