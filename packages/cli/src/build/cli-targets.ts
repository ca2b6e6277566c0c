import { defaultTargets, type TargetRegistry } from '@tthc/compiler';
import { mermaidTarget, svgTarget } from '@tthc/diagram';

/**
 * The targets `tthc build` knows: the compiler's (built by default) and the diagrams (built when named
 * with `--target`, since laying out every procedure of a province takes a while).
 */
export function cliTargets(): TargetRegistry {
    return defaultTargets().register(svgTarget, { byDefault: false }).register(mermaidTarget, { byDefault: false });
}
