// Command-line options of `npm run bench`.

/**
 * @typedef {object} BenchOptions
 * @property {number} runs fresh processes per command and workspace size
 * @property {number[]} sizes procedure counts of the generated workspaces
 * @property {Array<'realistic' | 'reference'>} shapes which kinds of workspace to measure
 * @property {number[]} buildSizes realistic sizes at which `tthc build` is measured too
 * @property {number[]} lspSizes realistic sizes at which the language server is measured
 * @property {number} lspRuns fresh server processes per server and size
 * @property {boolean} lspOnly measure the language server only
 * @property {number[]} longSizes step counts of the single long procedures measured ('' for none)
 * @property {boolean} longOnly measure the long procedures only
 * @property {number[]} importSizes realistic sizes at which `tthc import opencps` is measured against the build of its bundle
 * @property {boolean} importOnly measure the OpenCPS import only
 * @property {number} migrateSize procedures of the legacy workspace `tthc migrate` is timed on (0 for none)
 * @property {boolean} migrateOnly measure `tthc migrate` only
 * @property {boolean} help
 */

/**
 * Reads `--runs N`, `--sizes 1000,5000` (also `--runs=N`) and `--help`.
 * @param {readonly string[]} argv the arguments after the script
 * @returns {BenchOptions}
 */
export function parseOptions(argv) {
    /** @type {BenchOptions} */
    const options = { runs: 5, sizes: [1000, 5000], shapes: ['realistic', 'reference'], buildSizes: [1000], lspSizes: [5000], lspRuns: 3, lspOnly: false, longSizes: [1000, 4000, 10000], longOnly: false, importSizes: [1000], importOnly: false, migrateSize: 1000, migrateOnly: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = argv[i].split('=', 2);
        const value = () => {
            const text = inline ?? argv[++i];
            if (text === undefined) throw new Error(`${flag} needs a value`);
            return text;
        };
        switch (flag) {
            case '--runs': {
                const text = value();
                if (!/^[1-9][0-9]*$/.test(text)) throw new Error(`--runs expects a whole number of 1 or more, not '${text}'`);
                options.runs = Number(text);
                break;
            }
            case '--sizes': {
                const text = value();
                const sizes = text.split(',').map(s => s.trim().replaceAll('_', ''));
                if (sizes.length === 0 || sizes.some(s => !/^[1-9][0-9]*$/.test(s) || Number(s) > 99_999)) {
                    throw new Error(`--sizes expects procedure counts from 1 to 99999 separated by commas, such as 1000,5000, not '${text}'`);
                }
                options.sizes = sizes.map(Number);
                break;
            }
            case '--shapes': {
                const text = value();
                const shapes = text.split(',').map(s => s.trim());
                if (shapes.some(s => s !== 'realistic' && s !== 'reference')) {
                    throw new Error(`--shapes expects realistic, reference or both separated by a comma, not '${text}'`);
                }
                options.shapes = shapes;
                break;
            }
            case '--build-sizes': {
                const text = value();
                const sizes = text === '' ? [] : text.split(',').map(s => s.trim());
                if (sizes.some(s => !/^[1-9][0-9]*$/.test(s))) throw new Error(`--build-sizes expects procedure counts separated by commas, not '${text}'`);
                options.buildSizes = sizes.map(Number);
                break;
            }
            case '--lsp-sizes': {
                const text = value();
                const sizes = text === '' ? [] : text.split(',').map(s => s.trim());
                if (sizes.some(s => !/^[1-9][0-9]*$/.test(s))) throw new Error(`--lsp-sizes expects procedure counts separated by commas, not '${text}'`);
                options.lspSizes = sizes.map(Number);
                break;
            }
            case '--lsp-runs': {
                const text = value();
                if (!/^[1-9][0-9]*$/.test(text)) throw new Error(`--lsp-runs expects a whole number of 1 or more, not '${text}'`);
                options.lspRuns = Number(text);
                break;
            }
            case '--import-sizes': {
                const text = value();
                const sizes = text === '' ? [] : text.split(',').map(s => s.trim());
                if (sizes.some(s => !/^[1-9][0-9]*$/.test(s))) throw new Error(`--import-sizes expects procedure counts separated by commas, not '${text}'`);
                options.importSizes = sizes.map(Number);
                break;
            }
            case '--import-only':
                options.importOnly = true;
                break;
            case '--lsp-only':
                options.lspOnly = true;
                break;
            case '--long-sizes': {
                const text = value();
                const sizes = text === '' ? [] : text.split(',').map(s => s.trim().replaceAll('_', ''));
                if (sizes.some(s => !/^[1-9][0-9]*$/.test(s) || Number(s) < 12 || Number(s) > 200_000)) {
                    throw new Error(`--long-sizes expects step counts from 12 to 200000 separated by commas, not '${text}'`);
                }
                options.longSizes = sizes.map(Number);
                break;
            }
            case '--long-only':
                options.longOnly = true;
                break;
            case '--migrate-size': {
                const text = value();
                if (!/^[0-9]+$/.test(text)) throw new Error(`--migrate-size expects a procedure count (0 for none), not '${text}'`);
                options.migrateSize = Number(text);
                break;
            }
            case '--migrate-only':
                options.migrateOnly = true;
                break;
            case '--help':
            case '-h':
                options.help = true;
                break;
            default:
                throw new Error(`unknown option '${argv[i]}'`);
        }
    }
    return options;
}

/** The usage text. */
export const usage = `usage: npm run bench -- [--runs N] [--sizes 1000,5000] [--shapes realistic,reference] [--build-sizes 1000]
                       [--lsp-sizes 5000] [--lsp-runs 3] [--lsp-only] [--long-sizes 1000,4000,10000] [--long-only]
                       [--import-sizes 1000] [--import-only]
                       [--migrate-size 1000] [--migrate-only]

Generates synthetic province workspaces (into .bench/, reused while the generator is unchanged),
checks once that \`tthc check\` finds no problem in them, then times N fresh processes of
\`tthc check\` against N fresh processes that JSON.parse the same data, interleaved, and prints a
Markdown table. Progress goes to stderr, the report to stdout.

Shapes: 'realistic' procedures (legal bases, fees, documents, tasks; about 2.4 KB a file) and
'reference' ones shaped like the stock-Langium figures of performance.md (300 units, 50 forms,
8 to 15 terse steps; about 0.9 KB a file), for a like-for-like comparison.
At the realistic sizes in --build-sizes (default 1000), \`tthc build\` of every target is timed too.
At the realistic sizes in --lsp-sizes (default 5000; '' for none), the bundled language server and a
stock Langium language server are driven through a real LSP client, --lsp-runs fresh processes each:
start-up, edits of a procedure and of the catalogue, completion (--lsp-only: nothing else).
One long procedure of each of --long-sizes steps (default 1000,4000,10000; '' for none), 53,000
identical step lines and a 1 MB title: \`tthc check\` and \`tthc build\` of json, opencps, bpmn and
table, N fresh processes each, with the growth against the smallest (--long-only: nothing else).
At the realistic sizes in --import-sizes (default 1000; '' for none), \`tthc import opencps\` of the
workspace's OpenCPS output against \`tthc build --target opencps,json\` of it, N fresh processes each, and
their ratio (--import-only: nothing else).
\`tthc migrate\` on a legacy workspace of --migrate-size procedures (default 1000; 0 for none): examples/legacy
replicated with renamed procedures, a fresh copy for each of 3 fresh processes, median (--migrate-only: nothing else).
`;
