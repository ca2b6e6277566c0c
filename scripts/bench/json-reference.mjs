// The yardstick for `tthc check`: reads every JSON file of a workspace's JSON twin and parses it,
// nothing more. Run in a fresh process like the check, so both pay Node's start-up.
// Usage: node scripts/bench/json-reference.mjs <json-dir>   (prints {"files":…,"ms":…})
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
    process.stderr.write('usage: node scripts/bench/json-reference.mjs <json-dir>\n');
    process.exit(2);
}
const started = performance.now();
const files = [join(dir, 'catalogue.json'), ...readdirSync(join(dir, 'procedures')).filter(f => f.endsWith('.json')).map(f => join(dir, 'procedures', f))];
let steps = 0;
for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    // Touch the result so that the parse cannot be optimised away.
    steps += data.steps?.length ?? 0;
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ files: files.length, steps, ms: Math.round(ms * 10) / 10 }) + '\n');
