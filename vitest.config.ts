import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The CLI tests spawn real processes; give them room on a loaded 2-core machine.
        testTimeout: 60_000,
        hookTimeout: 60_000
    }
});
