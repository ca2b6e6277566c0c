// Builds the province catalogue: its data (written to catalogue.tthc and catalogue.json) and a
// directory of who does what, which the procedure builder uses to pick performers.
import { communeUnitSpecs, communes, genericForms, province, provinceUnits, standardForms } from './catalogue-vocabulary.mjs';
import { procedureTemplates } from './procedure-templates.mjs';
import { createRandom } from './random.mjs';

/**
 * @typedef {object} PositionData
 * @property {string} name
 * @property {string} title
 * @property {boolean} [leader]
 */

/**
 * @typedef {object} UnitData
 * @property {string} name
 * @property {string} title
 * @property {string} level
 * @property {string} kind
 * @property {string} [agency]
 * @property {PositionData[]} positions
 */

/**
 * @typedef {object} FormData
 * @property {string} name
 * @property {string} title
 * @property {string} [code]
 */

/**
 * What catalogue.tthc declares, in the shape of catalogue.json.
 * @typedef {object} CatalogueData
 * @property {{ name: string, title: string, code: string, agency: string, units: UnitData[], forms: FormData[] }} province
 */

/**
 * Who does what in a unit: the `Unit.Position` references of each role.
 * @typedef {Record<'signer' | 'deputy' | 'head' | 'staff' | 'clerk' | 'receiver', string[]>} Staffing
 */

/**
 * @typedef {object} CommuneUnits
 * @property {string} place e.g. "xã Lạc Dương"
 * @property {Record<'onestop' | 'committee' | 'office' | 'economy' | 'society', string>} units unit names by role
 */

/**
 * @typedef {object} Directory
 * @property {Map<string, Staffing>} staffing by unit name
 * @property {Map<string, UnitData>} units by unit name
 * @property {CommuneUnits[]} communes
 */

const leaderRoles = new Set(['signer', 'deputy', 'head']);

/**
 * Builds the catalogue from `seed`: 40 province and central units, five units for each of 52
 * communes and wards (300 units, 2 to 6 positions each), and the standard and common forms.
 * @param {number} seed
 * @returns {{ data: CatalogueData, directory: Directory }}
 */
export function buildCatalogue(seed) {
    const random = createRandom(seed);
    /** @type {UnitData[]} */
    const units = [];
    const staffing = new Map();
    const addUnit = (spec, name, title, level, agency = spec.agency) => {
        // Mandatory positions first, then a random subset of the optional ones: 2 to 6 in all.
        const extra = random.int(0, Math.min(6 - spec.mandatory.length, spec.optional.length));
        const chosen = [...spec.mandatory, ...random.sample(spec.optional, extra)];
        /** @type {Staffing} */
        const roles = { signer: [], deputy: [], head: [], staff: [], clerk: [], receiver: [] };
        const positions = chosen.map(([positionName, positionTitle, role]) => {
            roles[role].push(`${name}.${positionName}`);
            return leaderRoles.has(role) ? { name: positionName, title: positionTitle, leader: true } : { name: positionName, title: positionTitle };
        });
        const unit = { name, title, level, kind: spec.kind, ...(agency ? { agency } : {}), positions };
        units.push(unit);
        staffing.set(name, roles);
    };
    for (const spec of provinceUnits) {
        addUnit(spec, spec.name, spec.title, spec.level);
    }
    const communeList = communes.map(([stem, place], index) => {
        const byRole = {};
        for (const spec of communeUnitSpecs) {
            const name = `${stem}_${spec.suffix}`;
            // A commune's committee has an agency code of the province's pattern (NNN.NN.NN.XNN).
            const agency = spec.role === 'committee' ? `${String(500 + index).padStart(3, '0')}.00.39.H39` : undefined;
            const title = place.startsWith('phường') && spec.wardTitle ? spec.wardTitle : spec.title;
            addUnit(spec, name, title.replace('{place}', place), 'commune', agency);
            byRole[spec.role] = name;
        }
        return { place, units: byRole };
    });
    const seen = new Set();
    /** @type {FormData[]} */
    const forms = [];
    for (const [name, title, code] of [...standardForms, ...procedureTemplates.flatMap(t => t.forms), ...genericForms]) {
        if (seen.has(name)) continue;
        seen.add(name);
        forms.push(code ? { name, title, code } : { name, title });
    }
    return {
        data: { province: { ...province, units, forms } },
        directory: { staffing, units: new Map(units.map(u => [u.name, u])), communes: communeList }
    };
}
