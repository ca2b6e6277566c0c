// One linter for the repository. `npm test` runs it after the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The packages that run in browsers too (the VS Code web views, the review site): nothing from Node,
// nothing from VS Code, and dependencies that point one way.
function browserSafe(files, forbiddenPackages, direction) {
    return [{
        files: [files],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [
                    { group: ['node:*'], message: 'This package must run in a browser: no Node modules.' },
                    { group: ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'langium/node'], message: 'This package must run in a browser: no Node modules.' },
                    { group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'This package knows nothing of VS Code.' },
                    { group: forbiddenPackages, message: `Dependencies point one way: ${direction}.` }
                ]
            }]
        }
    }];
}

export default tseslint.config(
    { ignores: ['**/node_modules/**', '**/out/**', '**/dist/**', '.bench/**', 'packages/language/src/generated/**', 'syntaxes/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', performance: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            eqeqeq: ['error', 'always'],
            'no-console': 'off'
        }
    },
    // The suite that runs inside VS Code's extension host is CommonJS.
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', module: 'writable' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
    // The tests use the packages as their users do: through their exports, never their out/ or src/ internals.
    {
        files: ['test/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [{ group: ['**/packages/*/out/**', '**/packages/*/src/**', '**/packages/*/dist/**', '@tthc/*/out/**', '@tthc/*/src/**', '@tthc/*/dist/**'], message: 'Import the package by its name and exports (add an export if a test needs one); run the bundled binaries as processes.' }]
            }]
        }
    },
    ...browserSafe('packages/language/src/**/*.ts', ['@tthc/*'], 'the language package depends on no other package of ours'),
    ...browserSafe('packages/compiler/src/**/*.ts', ['@tthc/diagram', '@tthc/cli'], 'language ← compiler ← diagram ← cli'),
    ...browserSafe('packages/diagram/src/**/*.ts', ['@tthc/cli'], 'language ← compiler ← diagram ← cli')
);
