export * from './finding';
export { evaluateFindings } from './evaluate-findings';
export { startCheck, findingsOfStart, IMAGINED_START_EVENT_ID, type StartCheck, type StartCheckRequest } from './start-check';
export { ruleSets, ruleSetOf } from './rule-sets';
export { accidentRegister, accidentRegisterCsv, type AccidentRegisterEntry, type RegisterReader } from './accident-register';
export { crossesNoticeThreshold } from './rules/nl/construction-facts';
export { diplomaValidOn } from './rules/nl/nl-vca-diploma.rule';
