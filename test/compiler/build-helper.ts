import { lowerWorkspace, type ProvinceBuild } from '@tthc/compiler';
import { checkWorkspace, collectFiles } from '@tthc/cli';
import { join } from 'node:path';
import { ROOT } from '../cli/run-cli.js';

/**
 * The model of an example workspace (or any folder), as `tthc build` lowers it. Fails when the
 * workspace has errors, since only a checked workspace is compiled.
 */
export async function buildOf(folder: string): Promise<ProvinceBuild> {
    const { files, documents, projectOf } = await checkWorkspace(collectFiles([join(ROOT, folder)]).loaded);
    const errors = files.flatMap(f => f.findings.filter(x => x.severity === 'error').map(x => `${f.path}:${x.line}:${x.column} ${x.code} ${x.message}`));
    if (errors.length > 0) {
        throw new Error(`${folder} has errors:\n${errors.join('\n')}`);
    }
    const builds = lowerWorkspace(documents, projectOf);
    if (builds.length !== 1) {
        throw new Error(`${folder} holds ${builds.length} provinces; name one province's folder`);
    }
    return builds[0];
}
