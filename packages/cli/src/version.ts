import { createRequire } from 'node:module';

// Put in by the bundler (scripts/bundle.mjs, esbuild's `define`) from this package's package.json.
declare const TTHC_CLI_VERSION: string | undefined;

/**
 * The CLI's version, from its package.json: written into the bundle at build time; unbundled (the
 * compiled `out/`, which tests import), read from the package.json next to it.
 */
export const version: string = typeof TTHC_CLI_VERSION === 'string'
    ? TTHC_CLI_VERSION
    : (createRequire(import.meta.url)('../package.json') as { version: string }).version;
