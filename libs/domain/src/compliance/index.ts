export * from './finding';
export * from './findings-seen-by';
export { findingsPerMonth, type FindingsPerMonth, type FindingMonthBar } from './findings-per-month';
export { evaluateFindings } from './evaluate-findings';
export { startCheck, findingsOfStart, type StartCheck, type StartCheckRequest } from './start-check';
export { ruleSets, ruleSetOf } from './rule-sets';
export { accidentRegister, accidentRegisterCsv, type AccidentRegisterEntry, type RegisterReader } from './accident-register';
export { crossesNoticeThreshold } from './rules/nl/construction-facts';

export { nlaDutyOfDraft, nlaDutyOfIncident, type NlaReportDuty, type NlaDutyAnswer, type IncidentDraft } from './nla-report-duty';
