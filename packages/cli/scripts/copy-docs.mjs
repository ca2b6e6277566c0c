// Copies the documentation (docs/*.md, docs/vi/*.md, without the images) and the JSON Schemas (schemas/*.json) of
// the repository into this package, for `npm pack`: an installed `tthc` cites docs/rules.md, docs/cli.md and the
// schemas of its reports, and a machine that installed it from the package file has no repository beside it
// (docs/cli.md, "Install without cloning"). The two folders are this script's alone (git ignores them): each is
// written in a temporary folder beside it and renamed into place, so that a pack never sees half of it.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(packageDir, '..', '..');

/**
 * Writes the package's folder `to` anew from `sources`: for each, the files of the repository's folder `from` whose
 * names end in `extension`, into `to/into`.
 */
function copyFolder(sources, to) {
    const target = join(packageDir, to);
    const staging = `${target}.${process.pid}.partial`;
    rmSync(staging, { recursive: true, force: true });
    // Made before the loop: a source folder without such files still gives a (then empty) folder to rename.
    mkdirSync(staging, { recursive: true });
    for (const { from, into, extension } of sources) {
        const dir = join(repoDir, from);
        for (const name of readdirSync(dir).filter(n => n.endsWith(extension)).sort()) {
            mkdirSync(join(staging, into), { recursive: true });
            cpSync(join(dir, name), join(staging, into, name));
        }
    }
    // The previous copy goes only after the new one is whole.
    const old = `${target}.${process.pid}.old`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
}

copyFolder([{ from: 'docs', into: '', extension: '.md' }, { from: 'docs/vi', into: 'vi', extension: '.md' }], 'docs');
copyFolder([{ from: 'schemas', into: '', extension: '.json' }], 'schemas');
