/** A binary min-heap of whole numbers (positions in a list): the smallest comes out first. */
export class IndexHeap {
    private readonly items: number[] = [];

    /** How many numbers are in the heap. */
    get size(): number {
        return this.items.length;
    }

    /** Adds a number. */
    push(value: number): void {
        const items = this.items;
        let i = items.push(value) - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (items[parent] <= value) break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }

    /** Removes and returns the smallest number; the heap must not be empty. */
    pop(): number {
        const items = this.items;
        const top = items[0];
        const last = items.pop()!;
        if (items.length > 0) {
            let i = 0;
            for (;;) {
                const left = 2 * i + 1;
                if (left >= items.length) break;
                const child = left + 1 < items.length && items[left + 1] < items[left] ? left + 1 : left;
                if (items[child] >= last) break;
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
        }
        return top;
    }
}
