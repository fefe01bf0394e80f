import { Injectable } from '@nestjs/common';
import { startCheck, type StartCheck } from '@schakel/domain';
import type { Interruption } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { ComplianceFactsReader } from '../findings/compliance-facts';

export type StartCheckAsk = { chainId: string; workerPartyId: string; workerId: string; topics: string[]; linkId: string | null; at: string };

/** The start check over the log as it stands: the same facts and policy the findings use. */
@Injectable()
export class StartCheckService {
  constructor(
    private readonly facts: ComplianceFactsReader,
    private readonly parties: PartyDirectory,
  ) {}

  /** The names the check's text uses (also those of the duty bearers). */
  async check(ask: StartCheckAsk, interrupt?: Interruption): Promise<{ check: StartCheck; names: Readonly<Record<string, string>> }> {
    const facts = await this.facts.facts(ask.chainId);
    const check = startCheck(
      facts,
      { workerPartyId: ask.workerPartyId, workerId: ask.workerId, topics: ask.topics, linkId: ask.linkId, at: ask.at },
      { policy: this.facts.policy, interrupt },
    );
    return { check, names: facts.names ?? {} };
  }

  async workerExists(partyId: string, workerId: string): Promise<boolean> {
    return (await this.parties.worker(partyId, workerId)) !== null;
  }
}
