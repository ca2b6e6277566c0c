import { defaultTargets, type TargetRegistry } from '@tthc/compiler';
import { mermaidTarget, svgTarget } from '@tthc/diagram';
import { siteTarget, type SiteContext } from '../site/site-target.js';

/**
 * The targets `tthc build` knows: the compiler's (built by default), and the diagrams and the review
 * site (built when named with `--target`, since laying out every procedure of a province takes a while).
 * The site shows the check's findings: `context` gives them, and where the site is written.
 */
export function cliTargets(context: SiteContext = { findings: new Map(), siteFolder: 'site' }): TargetRegistry {
    return defaultTargets()
        .register(svgTarget, { byDefault: false })
        .register(mermaidTarget, { byDefault: false })
        .register(siteTarget(context), { byDefault: false });
}
