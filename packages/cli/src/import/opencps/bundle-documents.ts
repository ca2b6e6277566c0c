import { BundleError } from './bundle-error.js';
import { importMessages as say } from './opencps-import-messages.js';
import { SchemaReader } from './bundle-schema.js';
import { XmlSyntaxError, elements, ownText, parseXmlTree, type XmlElement } from '../xml-tree.js';

/** A value read from a document with the line it was read at (for reports). */
export interface Located {
    readonly file: string;
    readonly line: number;
}

/** A fileTemplate of a ServiceInfo: a form an applicant downloads. */
export interface FileTemplateDoc extends Located {
    readonly no: string;
    readonly name: string;
}

/** `services/<code>.xml`. */
export interface ServiceInfoDoc extends Located {
    readonly code: string;
    readonly name: string;
    readonly methodText: string;
    readonly conditionText: string;
    readonly durationText: string;
    readonly applicantText: string;
    readonly regularText: string;
    readonly feeText: string;
    readonly feeLine: number;
    readonly administrationCode: string;
    readonly administrationName: string;
    readonly domainName: string;
    readonly maxLevel: number | undefined;
    readonly fileTemplates: readonly FileTemplateDoc[];
    readonly instruction: string;
    readonly postal: boolean;
    readonly templateNo: string;
    readonly processNo: string;
}

/** A DossierPart. */
export interface DossierPartDoc extends Located {
    readonly partNo: string;
    readonly name: string;
    readonly tip: string;
    readonly type: number;
    readonly required: boolean;
    readonly fileTemplateNo: string;
    readonly fileMark: number;
}

/** `templates/<code>.xml`. */
export interface DossierTemplateDoc extends Located {
    readonly templateNo: string;
    readonly parts: readonly DossierPartDoc[];
}

/** A ProcessRole. */
export interface RoleDoc extends Located {
    readonly code: string;
    readonly name: string;
}

/** A ProcessStep with its first StepRole. */
export interface StepDoc extends Located {
    readonly code: string;
    readonly name: string;
    readonly groupName: string;
    readonly status: string;
    /** In working hours, whatever the process's unit. */
    readonly hours: number;
    readonly instruction: string;
    /** `briefNote`: the rest of the step's texts when they did not fit in `instructionNote`. */
    readonly brief: string;
    readonly roleCode: string;
    readonly roleLine: number;
    /** The ProcessSequence (stage) the step belongs to. */
    readonly sequenceNo: string;
}

/** A ProcessSequence: a stage of the process, which the steps name by `sequenceNo`. */
export interface SequenceDoc extends Located {
    readonly sequenceNo: string;
    readonly name: string;
    readonly role: string;
}

/** A ProcessAction. */
export interface ActionDoc extends Located {
    readonly code: string;
    readonly name: string;
    readonly pre: string;
    readonly post: string;
    readonly autoEvent: string;
    readonly requestPayment: number;
    readonly eSignature: boolean;
    readonly note: string;
}

/** `processes/<code>.xml`. */
export interface ServiceProcessDoc extends Located {
    readonly processNo: string;
    readonly name: string;
    readonly roles: readonly RoleDoc[];
    readonly steps: readonly StepDoc[];
    readonly actions: readonly ActionDoc[];
    readonly sequences: readonly SequenceDoc[];
}

/** A Holiday of `Holiday.xml`. */
export interface HolidayDoc extends Located {
    readonly date: string;
    readonly description: string;
    readonly type: number;
}

/** A WorkingTime of `WorkingTime.xml`. */
export interface WorkingTimeDoc extends Located {
    readonly day: number;
    readonly hours: string;
}

/** Every document of a bundle, read; the documents that could not be read are in `errors`. */
export interface BundleDocuments {
    readonly services: ServiceInfoDoc[];
    readonly templates: DossierTemplateDoc[];
    readonly processes: ServiceProcessDoc[];
    readonly holidays: HolidayDoc[];
    readonly workingTimes: WorkingTimeDoc[];
    readonly errors: BundleError[];
}

// OpenCPS's `durationUnit`: 0 working days (8 hours), 1 working hours.
const HOURS_PER_DAY = 8;

function parse(file: string, text: string): XmlElement {
    try {
        return parseXmlTree(text);
    } catch (error) {
        if (error instanceof XmlSyntaxError) {
            // saxes's column is 0-based, after the character it stopped at: 1-based, that character.
            throw new BundleError({ file, line: error.line, column: error.column + 1 }, say.notXml(error.reason));
        }
        throw error;
    }
}

function serviceInfo(file: string, root: XmlElement): ServiceInfoDoc {
    const r = new SchemaReader(file);
    r.root(root, 'ServiceInfo');
    const templates = r.list(root, 'fileTemplates', 'fileTemplate').map(t => ({
        file, line: t.line, no: r.text(t, 'fileTemplateNo'), name: r.text(t, 'templateName')
    })).filter(t => t.no !== '');
    const config = r.list(root, 'configs', 'ServiceConfig')[0]!;
    const option = r.list(config, 'processes', 'ProcessOption')[0]!;
    return {
        file, line: root.line,
        code: r.text(root, 'serviceCode'),
        name: r.text(root, 'serviceName'),
        methodText: r.text(root, 'methodText'),
        conditionText: r.text(root, 'conditionText'),
        durationText: r.text(root, 'durationText'),
        applicantText: r.text(root, 'applicantText'),
        regularText: r.text(root, 'regularText'),
        feeText: r.text(root, 'feeText'),
        feeLine: r.child(root, 'feeText').line,
        administrationCode: r.text(root, 'administrationCode'),
        administrationName: r.text(root, 'administrationName'),
        domainName: r.text(root, 'domainName'),
        maxLevel: r.optional(root, 'maxLevel') ? r.int(root, 'maxLevel') : undefined,
        fileTemplates: templates,
        instruction: r.text(config, 'serviceInstruction'),
        postal: r.bool(config, 'postalService'),
        templateNo: r.text(option, 'templateNo'),
        processNo: r.text(option, 'processNo')
    };
}

function dossierTemplate(file: string, root: XmlElement): DossierTemplateDoc {
    const r = new SchemaReader(file);
    r.root(root, 'DossierTemplate');
    return {
        file, line: root.line,
        templateNo: r.text(root, 'templateNo'),
        parts: r.list(root, 'parts', 'DossierPart').map(p => ({
            file, line: p.line,
            partNo: r.text(p, 'partNo'),
            name: r.text(p, 'partName'),
            tip: r.text(p, 'partTip'),
            type: r.int(p, 'partType'),
            required: r.bool(p, 'required'),
            fileTemplateNo: r.text(p, 'fileTemplateNo'),
            fileMark: r.int(p, 'fileMark')
        }))
    };
}

function serviceProcess(file: string, root: XmlElement): ServiceProcessDoc {
    const r = new SchemaReader(file);
    r.root(root, 'ServiceProcess');
    const unit = r.int(root, 'durationUnit');
    const perUnit = unit === 0 ? HOURS_PER_DAY : 1;
    return {
        file, line: root.line,
        processNo: r.text(root, 'processNo'),
        name: r.text(root, 'processName'),
        roles: r.list(root, 'roles', 'ProcessRole').map(role => ({ file, line: role.line, code: r.text(role, 'roleCode'), name: r.text(role, 'roleName') })),
        steps: r.list(root, 'steps', 'ProcessStep').map(step => {
            const role = r.list(step, 'roles', 'StepRole')[0]!;
            return {
                file, line: step.line,
                code: r.text(step, 'stepCode'),
                name: r.text(step, 'stepName'),
                groupName: r.text(step, 'groupName'),
                status: r.text(step, 'dossierStatus'),
                hours: r.number(step, 'durationCount') * perUnit,
                instruction: r.text(step, 'instructionNote'),
                brief: r.text(step, 'briefNote'),
                roleCode: r.text(role, 'roleCode'),
                roleLine: role.line,
                sequenceNo: r.text(step, 'sequenceNo')
            };
        }),
        actions: r.list(root, 'actions', 'ProcessAction').map(action => ({
            file, line: action.line,
            code: r.text(action, 'actionCode'),
            name: r.text(action, 'actionName'),
            pre: r.text(action, 'preStepCode'),
            post: r.text(action, 'postStepCode'),
            autoEvent: r.optionalText(action, 'autoEvent'),
            requestPayment: r.int(action, 'requestPayment', 0),
            eSignature: r.bool(action, 'eSignature', false),
            note: r.optionalText(action, 'configNote')
        })),
        sequences: r.list(root, 'sequences', 'ProcessSequence').map(sequence => ({
            file, line: sequence.line,
            sequenceNo: r.text(sequence, 'sequenceNo'),
            name: r.text(sequence, 'sequenceName'),
            role: r.text(sequence, 'sequenceRole')
        }))
    };
}

function holidays(file: string, root: XmlElement): HolidayDoc[] {
    const r = new SchemaReader(file);
    r.root(root, 'HolidayList');
    return elements(root, 'Holiday').map(h => {
        const date = r.child(h, 'holidayDate');
        const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(ownText(date).trim());
        if (!match) throw new BundleError({ file, line: date.line, column: date.column }, say.notDate(ownText(date).trim()));
        return { file, line: h.line, date: `${match[3]}-${match[2]}-${match[1]}`, description: r.text(h, 'description'), type: r.int(h, 'holidayType') };
    });
}

function workingTimes(file: string, root: XmlElement): WorkingTimeDoc[] {
    const r = new SchemaReader(file);
    r.root(root, 'WorkingTimeList');
    return elements(root, 'WorkingTime').map(w => ({ file, line: w.line, day: r.int(w, 'workTimeDay'), hours: r.text(w, 'workTimeHours') }));
}

/**
 * Reads the documents of a bundle (paths relative to its top, `/`-separated): `Holiday.xml`, `WorkingTime.xml`,
 * `services/*.xml`, `templates/*.xml`, `processes/*.xml`; other files are not OpenCPS import documents and are
 * left alone. A document that cannot be read is recorded in `errors` and left out.
 */
export function readBundleDocuments(files: ReadonlyMap<string, string | BundleError>): BundleDocuments {
    const out: BundleDocuments = { services: [], templates: [], processes: [], holidays: [], workingTimes: [], errors: [] };
    for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (text instanceof BundleError) {
            out.errors.push(text);
            continue;
        }
        try {
            if (file === 'Holiday.xml') out.holidays.push(...holidays(file, parse(file, text)));
            else if (file === 'WorkingTime.xml') out.workingTimes.push(...workingTimes(file, parse(file, text)));
            else if (/^services\/[^/]+\.xml$/i.test(file)) out.services.push(serviceInfo(file, parse(file, text)));
            else if (/^templates\/[^/]+\.xml$/i.test(file)) out.templates.push(dossierTemplate(file, parse(file, text)));
            else if (/^processes\/[^/]+\.xml$/i.test(file)) out.processes.push(serviceProcess(file, parse(file, text)));
        } catch (error) {
            if (error instanceof BundleError) out.errors.push(error);
            else throw error;
        }
    }
    return out;
}
