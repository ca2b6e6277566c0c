// The `tthc.build.targets` setting as the packaged extension contributes it: every target the CLI's
// registry knows as the allowed values, and the default ones named in its description. The source
// package.json carries no list of its own, so there is one place to add a target.

/**
 * `manifest` with the setting's `enum` and description filled in from `registry` (the CLI's
 * `buildTargets()`); `manifest` itself is left as it was.
 * @param {{ contributes: { configuration: { properties: Record<string, any> } } }} manifest
 * @param {{ names(): string[]; defaultNames(): string[] }} registry
 */
export function withTargets(manifest, registry) {
    const copy = JSON.parse(JSON.stringify(manifest));
    const setting = copy.contributes.configuration.properties['tthc.build.targets'];
    setting.items = { ...setting.items, enum: registry.names() };
    const sentenceEnd = 'empty: the default ones.';
    if (!setting.markdownDescription.endsWith(sentenceEnd)) {
        throw new Error(`the description of tthc.build.targets must end with '${sentenceEnd}'`);
    }
    setting.markdownDescription = `${setting.markdownDescription.slice(0, -1)} (${registry.defaultNames().join(', ')}).`;
    return copy;
}
