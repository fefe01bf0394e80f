import type { RuleSet } from '../../finding';
import { cdmNotificationRule } from './cdm-notification.rule';

/** The UK rule set: CDM 2015 notification (RIDDOR deadlines would join here). */
export const ukRuleSet: RuleSet = { jurisdiction: 'uk', rules: [cdmNotificationRule] };
