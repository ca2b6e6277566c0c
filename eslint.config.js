// One linter for the repository. `npm test` runs it after the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['**/node_modules/**', '**/out/**', '**/dist/**', '.bench/**', 'packages/language/src/generated/**', 'syntaxes/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', performance: 'readonly', TextDecoder: 'readonly' } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            eqeqeq: ['error', 'always'],
            'no-console': 'off'
        }
    },
    {
        // The language and compiler packages run in browsers too: nothing from Node, nothing from VS Code.
        files: ['packages/language/src/**/*.ts', 'packages/compiler/src/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [
                    { group: ['node:*'], message: 'The language package must run in a browser: no Node modules.' },
                    { group: ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'langium/node'], message: 'The language package must run in a browser: no Node modules.' },
                    { group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The language package knows nothing of VS Code.' },
                    { group: ['@tthc/cli', '@tthc/compiler'], message: 'Dependencies point one way: language ← compiler ← cli.' }
                ]
            }]
        }
    }
);
