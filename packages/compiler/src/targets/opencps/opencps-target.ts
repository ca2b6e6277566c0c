import type { ProcedureModel, ProvinceBuild } from '../../model/procedure-model.js';
import { safeFileName } from '../safe-file-name.js';
import type { OutputFile, Target } from '../target.js';
import { dossierTemplateXml, fileTemplates } from './dossier-template.js';
import { provinceRoleCodes } from './roles.js';
import { serviceInfoXml } from './service-info.js';
import { serviceProcessXml } from './service-process.js';
import { holidayListXml, workingTimeListXml } from './working-calendar.js';

/** The folders of an OpenCPS import bundle, as its importer reads them (one XML document per item). */
export const OPENCPS_FOLDERS = ['services', 'templates', 'processes'] as const;

/**
 * File names, one per procedure: `safeFileName` of the code. Codes are unique in a checked workspace, but
 * two codes could still fold to the same safe name; a later one then gets `-2`, `-3` (procedures come
 * sorted by code, so the numbering is stable).
 */
function fileNames(build: ProvinceBuild): string[] {
    const used = new Set<string>();
    return build.procedures.map(procedure => {
        const base = safeFileName(procedure.code);
        let name = base;
        for (let n = 2; used.has(name.toLowerCase()); n++) {
            name = safeFileName(`${base}-${n}`);
        }
        used.add(name.toLowerCase());
        return name;
    });
}

/**
 * An import bundle for OpenCPS v2, laid out as its importer reads it: `services/<code>.xml` (ServiceInfo),
 * `templates/<code>.xml` (DossierTemplate) and `processes/<code>.xml` (ServiceProcess) for each procedure,
 * (the members of a group share the first member's ServiceProcess), and, when the catalogue declares a calendar, `Holiday.xml` (HolidayList) and `WorkingTime.xml` (WorkingTimeList)
 * at the top; every document valid against OpenCPS's `opencps_import_schema.xsd`. See docs/opencps-target.md.
 */
export const opencpsTarget: Target = {
    name: 'opencps',
    description: 'OpenCPS v2 import bundle (services/, templates/, processes/ XML; Holiday.xml, WorkingTime.xml)',
    compile(build: ProvinceBuild): OutputFile[] {
        const roleCodes = provinceRoleCodes(build);
        const names = fileNames(build);
        const files: OutputFile[] = [];
        // The members of a group share one internal procedure: one ServiceProcess, the first member's (in code
        // order), which every member's service names by its processNo (OpenCPS links a process by number).
        const processOf = new Map<string, ProcedureModel>();
        for (const procedure of build.procedures) {
            if (procedure.group && !processOf.has(procedure.group.id)) processOf.set(procedure.group.id, procedure);
        }
        build.procedures.forEach((procedure, i) => {
            const templates = fileTemplates(procedure);
            const name = `${names[i]}.xml`;
            const owner = procedure.group ? processOf.get(procedure.group.id)! : procedure;
            files.push(
                { path: `services/${name}`, content: serviceInfoXml(build, procedure, templates, owner.code) },
                { path: `templates/${name}`, content: dossierTemplateXml(procedure, templates) }
            );
            if (owner === procedure) files.push({ path: `processes/${name}`, content: serviceProcessXml(build, procedure, roleCodes) });
        });
        // The province's calendar, at the top of the bundle under the names the importer looks for.
        const calendar = build.province.calendar;
        const holidays = calendar && holidayListXml(calendar);
        const workingTime = calendar && workingTimeListXml(calendar);
        const top: OutputFile[] = [
            ...(holidays ? [{ path: 'Holiday.xml', content: holidays }] : []),
            ...(workingTime ? [{ path: 'WorkingTime.xml', content: workingTime }] : []),
        ];
        // Folder by folder, as the bundle is laid out; within a folder in code order.
        return [...top, ...OPENCPS_FOLDERS.flatMap(folder => files.filter(file => file.path.startsWith(`${folder}/`)))];
    }
};
