// The `tthc.build.targets` setting as the packaged extension contributes it: every target the CLI's
// registry knows as the allowed values, and the default ones named in its description. The source
// package.json carries no list of its own, so there is one place to add a target. The description is
// a `%key%` reference to the nls files (package.nls.json, package.nls.vi.json): the default targets
// go into each language's text.

/** How each language's description of the setting ends; the default targets are named after it. */
const SENTENCE_ENDS = {
    'package.nls.json': 'empty: the default ones.',
    'package.nls.vi.json': 'để trống: các đích mặc định.'
};

/**
 * `manifest` with the setting's `enum` filled in, and `nls` (the nls files' contents by file name)
 * with the setting's description naming the default targets, from `registry` (the CLI's
 * `buildTargets()`); the arguments themselves are left as they were.
 * @param {{ contributes: { configuration: { properties: Record<string, any> } } }} manifest
 * @param {Record<string, Record<string, string>>} nls
 * @param {{ names(): string[]; defaultNames(): string[] }} registry
 */
export function withTargets(manifest, nls, registry) {
    const copy = JSON.parse(JSON.stringify(manifest));
    const setting = copy.contributes.configuration.properties['tthc.build.targets'];
    setting.items = { ...setting.items, enum: registry.names() };
    const key = /^%(.+)%$/.exec(setting.markdownDescription)?.[1];
    if (!key) throw new Error('the description of tthc.build.targets must be a %key% reference to the nls files');
    const defaults = registry.defaultNames().join(', ');
    const texts = {};
    for (const [file, strings] of Object.entries(nls)) {
        const sentenceEnd = SENTENCE_ENDS[file];
        if (!sentenceEnd) throw new Error(`${file}: no sentence end known for the description of tthc.build.targets; add it to with-targets.mjs`);
        const text = strings[key];
        if (typeof text !== 'string' || !text.endsWith(sentenceEnd)) {
            throw new Error(`${file}: '${key}' (the description of tthc.build.targets) must end with '${sentenceEnd}'`);
        }
        texts[file] = { ...strings, [key]: `${text.slice(0, -1)} (${defaults}).` };
    }
    return { manifest: copy, nls: texts };
}
