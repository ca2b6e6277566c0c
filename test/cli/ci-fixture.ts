import { CATALOGUE, edit, PROCEDURE } from '../language/check-helper.js';
import { tempWorkspace } from './run-cli.js';

/**
 * A workspace with one finding of each severity in two procedures, for the CI formats' goldens: an error
 * (`district-level`) in `procedures/a.tthc`, a warning (`superseded-legal-basis`) and an info (`time-under-statutory`)
 * in `procedures/b.tthc`.
 */
export function ciWorkspace(): string {
    const other = edit('procedure KhaiSinh', 'procedure KhaiTu', edit('code 1.001193', 'code 1.000656', edit('legal "60/2014/QH13"', 'legal "61/2018/NĐ-CP"',
        edit('channel online time same-day', 'channel online time 2wd'))));
    return tempWorkspace({
        'catalogue.tthc': CATALOGUE,
        'procedures/a.tthc': edit('level commune', 'level district'),
        'procedures/b.tthc': other
    });
}

/** `PROCEDURE`, for tests that write their own variants. */
export { CATALOGUE, PROCEDURE };
