import { isPosition, isUnit, type Performer, type Position, type Unit } from '../generated/ast.js';

/** The unit that performs a step: the unit itself, or the unit a position belongs to; none for a body. */
export function unitOf(performer: Performer | undefined): Unit | undefined {
    if (isUnit(performer)) {
        return performer;
    }
    if (isPosition(performer) && isUnit(performer.$container)) {
        return performer.$container;
    }
    return undefined;
}

/** The position that performs a step, if the step names one. */
export function positionOf(performer: Performer | undefined): Position | undefined {
    return isPosition(performer) ? performer : undefined;
}

/** `Unit.Position` or `Unit`: how a performer is written in a procedure. */
export function performerName(performer: Performer | undefined): string {
    if (isPosition(performer)) {
        const unit = unitOf(performer);
        return unit ? `${unit.name}.${performer.name}` : performer.name;
    }
    return performer?.name ?? '?';
}

// A title naming a district-level body: huyện, quận, thị xã, or a city under a province. Every
// "thành phố <name>" is a city under a province except the six centrally-run cities, which are
// provinces; "thành phố" with no name, or "thành phố trực thuộc trung ương", is the province itself.
// Matched on lower-cased NFC text. "Đô thị xã Lạc Dương" (a commune's "Phòng Kinh tế, Hạ tầng và Đô thị"
// followed by "xã") holds the words "thị xã" but names no town.
const districtWords = /(^|[^\p{L}])(huyện|quận|(?<!đô\s+)thị xã)([^\p{L}]|$)/u;
const provincialCity = /(^|[^\p{L}])thành phố\s+(?!(hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ|huế|trực thuộc trung ương)([^\p{L}]|$))\p{L}/u;

/** Whether a title names a district-level body. */
export function titleNamesDistrictBody(title: string): boolean {
    const text = title.normalize('NFC').toLocaleLowerCase('vi');
    return districtWords.test(text) || provincialCity.test(text);
}
