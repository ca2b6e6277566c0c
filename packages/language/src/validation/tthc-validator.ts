import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { TthcAstType } from '../generated/ast.js';
import type { TthcServices } from '../tthc-module.js';
import { checkChannels, checkDuplicateAttributes, checkMemberComplete, checkProcedureComplete, checkStepComplete, checkTitle, checkUnitComplete, checkUnresolved } from './checks/completeness-checks.js';
import { checkLocalDuplicates, workspaceDuplicateChecks } from './checks/duplicate-checks.js';
import { checkApproval, checkAppraisalRefusal, checkFirstStep, checkPathEnds, checkStepGraph } from './checks/flow-checks.js';
import { checkChannelFees, checkFee, checkPaymentStep } from './checks/fee-checks.js';
import { checkDocumentChannels } from './checks/document-checks.js';
import { checkFullOnline, checkHandover, checkLegalCitation, checkProcedureCode, checkProvinceCodes, checkUnitAgencyCode } from './checks/format-checks.js';
import { checkCalendar, checkProcedureCutOff, checkProvinceCutOff } from './checks/calendar-checks.js';
import { checkPartsAndCases } from './checks/case-part-checks.js';
import { checkCountedFrom, checkCountedFromTimes } from './checks/counted-from-checks.js';
import { checkPositionReorganisedTitle, checkUnitReorganisedTitle } from './checks/reorganisation-checks.js';
import { checkSigner } from './checks/signature-checks.js';
import { checkPositionSuccessors, checkUnitSuccessors } from './checks/successor-checks.js';
import { checkDuration, checkProcedureTime, checkWorkingDay } from './checks/time-checks.js';
import { checkAuthorityLevel, checkHandoverDistrict, checkMainFlowLevels, checkProcedureLevel, checkStepDistrict, checkUnitLevel } from './checks/two-level-checks.js';

/** Registers every check of the language; `docs/rules.md` documents each code they report. */
export function registerValidationChecks(services: TthcServices): void {
    const registry = services.validation.ValidationRegistry;
    const titled = [checkTitle, checkDuplicateAttributes];
    const checks: ValidationChecks<TthcAstType> = {
        TthcFile: workspaceDuplicateChecks(services.workspace.Projects, services.workspace.Declarations),
        Province: [checkProvinceCodes, checkWorkingDay, checkProvinceCutOff, ...titled],
        ProvinceCalendar: checkCalendar,
        Unit: [checkUnitLevel, checkUnitSuccessors, checkUnitReorganisedTitle, checkUnitComplete, checkUnitAgencyCode, ...titled],
        Position: [checkTitle, checkPositionReorganisedTitle, checkPositionSuccessors],
        Form: checkTitle,
        Procedure: [
            checkProcedureLevel, checkAuthorityLevel, checkProcedureComplete, checkProcedureCode, checkChannels, checkLocalDuplicates,
            checkMainFlowLevels, checkFirstStep, checkPathEnds, checkStepGraph, checkApproval,
            checkProcedureTime, checkCountedFromTimes, checkPartsAndCases, checkWorkingDay, checkFullOnline, ...titled,
            checkSigner, checkAppraisalRefusal, checkPaymentStep, checkProcedureCutOff
        ],
        Step: [checkStepDistrict, checkStepComplete, ...titled],
        Handover: [checkHandover, checkHandoverDistrict],
        Duration: [checkDuration, checkCountedFrom],
        Fee: checkFee,
        Channel: checkChannelFees,
        LegalCitation: checkLegalCitation,
        DossierComponent: [checkTitle, checkDuplicateAttributes, checkDocumentChannels],
        Member: [checkTitle, checkDuplicateAttributes, checkProcedureCode, checkMemberComplete],
        Case: [checkTitle, checkDuplicateAttributes],
        Part: [checkTitle, checkDuplicateAttributes],
        Body: checkTitle,
        Unresolved: checkUnresolved,
        Result: checkTitle as (node: TthcAstType['Result'], accept: ValidationAcceptor) => void
    };
    registry.register(checks);
}
