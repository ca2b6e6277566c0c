import type { CodeAction } from 'vscode-languageserver-types';
import { isPosition, isUnit } from '../../generated/ast.js';
import { titleNamesDistrictBody } from '../../semantics/units.js';
import { findReorganisedName, retitlings } from '../../validation/reorganised-names.js';
import { quickFix, quoted, replaceNode, type FixContext } from './quick-fix.js';
import { stringLiteral } from './text-edits.js';

/**
 * `abolished-body-title`, `merged-department`, `ward-variant`: rewrite the retired name in the title, when
 * what to write is known (the commune's or the ward's division, the department a whole department went
 * to, a list "xã, phường, thị trấn" without its township). The rest of the title is kept as written. Two
 * candidates (a division of a title that says neither xã nor phường) are offered side by side, neither
 * preferred. The finding is read again from the title, so a fix never acts on a stale message.
 */
export function retitleReorganisedName(context: FixContext): CodeAction[] {
    const node = context.target.node;
    // A title that also names a district body is the district rules' finding: no half-fix keeps "huyện X".
    if ((!isUnit(node) && !isPosition(node)) || node.title === undefined || context.target.property !== 'title' || titleNamesDistrictBody(node.title)) return [];
    const unit = isUnit(node) ? node : node.$container;
    const found = findReorganisedName(node.title, { divisions: unit.level !== 'province' && unit.level !== 'central' });
    if (!found) return [];
    const titles = retitlings(node.title, found);
    return titles.map(title => quickFix(context.texts.text('fix.retitle', { title: quoted(title, 64) }), context.diagnostic,
        [replaceNode(context.target.cst, stringLiteral(title))], titles.length === 1));
}
