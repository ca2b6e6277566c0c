// Polling: every wait in the UI scenario is a condition checked until it holds or a generous deadline passes.

/** Calls `probe` every `intervalMs` until `accept` takes its value; fails after `timeoutMs` with the last value seen. */
export async function waitFor<T>(what: string, probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 60_000, intervalMs = 250): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    let lastError: unknown;
    for (;;) {
        try {
            last = await probe();
            lastError = undefined;
            if (accept(last)) return last;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() >= deadline) break;
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
    const seen = lastError ? `error: ${String(lastError)}` : `last seen: ${JSON.stringify(last)?.slice(0, 2000)}`;
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`);
}

/** Like `waitFor`, then waits until the accepted value stays the same for `quietMs` (the UI settled). */
export async function waitForSteady<T>(what: string, probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 60_000, quietMs = 1500): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await waitFor(what, probe, accept, timeoutMs);
    let since = Date.now();
    while (Date.now() - since < quietMs) {
        if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} to settle; last seen: ${JSON.stringify(value)?.slice(0, 2000)}`);
        await new Promise(resolve => setTimeout(resolve, 250));
        const next = await waitFor(what, probe, accept, Math.max(1000, deadline - Date.now()));
        if (JSON.stringify(next) !== JSON.stringify(value)) {
            value = next;
            since = Date.now();
        }
    }
    return value;
}
