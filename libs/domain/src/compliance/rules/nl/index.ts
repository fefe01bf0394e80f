import type { RuleSet } from '../../finding';
import { acknowledgementRule, coordinatorRule, vgPlanRule, voormeldingRule } from './construction.rules';
import { certificateRule, diplomaRule, ladderRule } from './credential.rules';
import { gezagSignalRule } from './gezag.rules';
import { flowdownRule, instructionRule } from './instruction.rules';
import { lendInformRule, lendVergewisRule, rieExtractRule } from './lending.rules';
import { lateDiscoveryRule, phoneRule, registerRule, reportRule } from './reporting.rules';

/** The Dutch rule set (the default). */
export const nlRuleSet: RuleSet = {
  jurisdiction: 'nl',
  rules: [
    reportRule,
    phoneRule,
    lateDiscoveryRule,
    registerRule,
    lendInformRule,
    lendVergewisRule,
    rieExtractRule,
    voormeldingRule,
    vgPlanRule,
    coordinatorRule,
    acknowledgementRule,
    instructionRule,
    flowdownRule,
    diplomaRule,
    certificateRule,
    ladderRule,
    gezagSignalRule,
  ],
};
