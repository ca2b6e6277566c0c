import { constants } from 'node:os';
import { displayPath } from '../commands/check.js';
import { outputMessages as say } from './output-messages.js';

/** The signals that stop a build: Ctrl-C, `kill`, a closed terminal. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A build stopped by a signal; its message says whether the output folder was changed. */
export class InterruptedError extends Error {
    constructor(readonly signal: string, outDir: string, readonly written: boolean) {
        super(written ? say.interruptedAfterWriting(signal, displayPath(outDir)) : say.interrupted(signal, displayPath(outDir)));
    }

    /** The exit code a shell expects of a process stopped by this signal (130 for SIGINT). */
    get exitCode(): number {
        return 128 + (constants.signals[this.signal as keyof typeof constants.signals] ?? 2);
    }
}

/**
 * Turns SIGINT, SIGTERM and SIGHUP into an aborted signal while the output is being written, so that
 * the build stops at its next safe point (removing its staging folder and releasing its lock) instead
 * of dying in the middle. `dispose` restores the default behaviour.
 */
export function watchInterrupts(): { readonly signal: AbortSignal; dispose(): void } {
    const controller = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
    for (const signal of SIGNALS) process.on(signal, onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const signal of SIGNALS) process.off(signal, onSignal);
        }
    };
}

/** Throws an `InterruptedError` if `signal` was aborted while writing into `outDir`. */
export function throwIfInterrupted(signal: AbortSignal | undefined, outDir: string, written = false): void {
    if (signal?.aborted) {
        throw new InterruptedError(typeof signal.reason === 'string' ? signal.reason : 'SIGINT', outDir, written);
    }
}

/** Lets the event loop run once, so that a pending signal reaches its listener. */
export function yieldToSignals(): Promise<void> {
    return new Promise(resolve => setImmediate(resolve));
}
