import { Invalid } from '../shared/errors';
import type { RuleSet } from './finding';
import { nlRuleSet } from './rules/nl';
import { ukRuleSet } from './rules/uk';

/** One folder per jurisdiction under rules/, selected by name. */
export const ruleSets: Readonly<Record<string, RuleSet>> = { nl: nlRuleSet, uk: ukRuleSet };

export function ruleSetOf(jurisdiction: string): RuleSet {
  const set = ruleSets[jurisdiction.toLowerCase()];
  if (!set) throw new Invalid('INPUT_VALUE_INVALID', { field: 'jurisdiction', value: jurisdiction });
  return set;
}
