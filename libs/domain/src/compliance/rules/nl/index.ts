import type { RuleSet } from '../../finding';
import { actionOverdueRule } from './chain-action-overdue.rule';
import { informEmployerRule } from './chain-inform-employer.rule';
import { informZzpRule } from './chain-inform-zzp.rule';
import { flowdownRule } from './chain-flowdown.rule';
import { siteInstructionRule } from './chain-site-instruction.rule';
import { rieExtractRule } from './nl-arbo-5-rie.rule';
import { instructionRule } from './nl-arbo-8-instruction.rule';
import { lateDiscoveryRule } from './nl-arbo-9-late-discovery.rule';
import { phoneRule } from './nl-arbo-9-phone.rule';
import { registerRule } from './nl-arbo-9-register.rule';
import { reportRule } from './nl-arbo-9-report.rule';
import { coordinatorRule } from './nl-bouw-coordinator.rule';
import { planReceiptRule } from './nl-bouw-plan-receipt.rule';
import { vgPlanRule } from './nl-bouw-vg-plan.rule';
import { voormeldingRule } from './nl-bouw-voormelding.rule';
import { gezagSignalRule } from './nl-gezag-signal.rule';
import { lendInformRule } from './nl-lend-inform.rule';
import { lendVergewisRule } from './nl-lend-vergewis.rule';
import { certificateRule } from './nl-vca-cert.rule';
import { diplomaRule } from './nl-vca-diploma.rule';
import { ladderRule } from './scl-step.rule';

/** The Dutch rule set (the default): one file per rule, named for its id. */
export const nlRuleSet: RuleSet = {
  jurisdiction: 'nl',
  rules: [
    reportRule,
    phoneRule,
    lateDiscoveryRule,
    registerRule,
    informEmployerRule,
    lendInformRule,
    lendVergewisRule,
    rieExtractRule,
    voormeldingRule,
    vgPlanRule,
    coordinatorRule,
    planReceiptRule,
    instructionRule,
    informZzpRule,
    flowdownRule,
    siteInstructionRule,
    diplomaRule,
    certificateRule,
    ladderRule,
    gezagSignalRule,
    actionOverdueRule,
  ],
};
