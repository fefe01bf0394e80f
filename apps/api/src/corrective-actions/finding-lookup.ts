import { Injectable } from '@nestjs/common';
import { evaluateFindings, findingsSeenBy, type Finding } from '@schakel/domain';
import { AccessPolicy } from '../access/access-policy';
import type { Caller } from '@schakel/infrastructure';
import { ComplianceFactsReader } from '../compliance/findings/compliance-facts';
import { instantTextOrNull } from '../graphql/instant-text';
import type { FindingRefInput } from './corrective-action.inputs';

/**
 * The finding an action follows up, found as the findings query would show it to the caller (now,
 * on the RECORDED clock): by rule and the moment it arose. Null when there is none.
 */
@Injectable()
export class FindingLookup {
  constructor(
    private readonly access: AccessPolicy,
    private readonly facts: ComplianceFactsReader,
  ) {}

  async find(caller: Caller, chainId: string, ref: FindingRefInput): Promise<Finding | null> {
    const scope = await this.access.chainFor(caller, chainId);
    const facts = await this.facts.facts(chainId);
    const arisenAt = Date.parse(instantTextOrNull(ref.arisenAt) ?? '');
    const party = ref.partyId ? ref.partyId.toLowerCase() : null;
    return (
      findingsSeenBy(evaluateFindings(facts, { asOf: new Date().toISOString(), policy: this.facts.policy }), scope).find((f) => f.ruleId === ref.ruleId && Date.parse(f.arisenAt) === arisenAt && (party === null || f.partyIds.includes(party))) ?? null
    );
  }
}
