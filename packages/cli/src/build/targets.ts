import { bpmnTarget, jsonTarget, opencpsTarget, tableTarget } from '@tthc/compiler';
import { mermaidTarget, svgTarget } from '@tthc/diagram';
import { siteTarget, type SiteContext } from '../site/site-target.js';
import { TargetRegistry } from './target-registry.js';

/**
 * Every target `tthc build` knows, in the order it runs them: the one list that the build, its
 * `--help`, the extension's `tthc.build.targets` setting (filled in when the extension is packaged)
 * and the documentation's checks read. The packages export targets; only the CLI, which sees all of
 * them, registers them (docs/architecture.md, "Adding a target").
 *
 * The compiler's targets are the system configuration and are built by default; the diagrams and
 * the review site are built when named with `--target`, since laying out every procedure of a
 * province takes a while. The site shows the check's findings: `context` gives them, and where the
 * site is written.
 */
export function buildTargets(context: SiteContext = { findings: new Map(), siteFolder: 'site' }): TargetRegistry {
    return new TargetRegistry()
        .register(jsonTarget, { byDefault: true })
        .register(opencpsTarget, { byDefault: true })
        .register(bpmnTarget, { byDefault: true })
        .register(tableTarget, { byDefault: true })
        .register(svgTarget, { byDefault: false })
        .register(mermaidTarget, { byDefault: false })
        .register(siteTarget(context), { byDefault: false });
}
