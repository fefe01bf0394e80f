import { Inject, Injectable } from '@nestjs/common';
import { startCheck, type StartCheck } from '@schakel/domain';
import type { Interruption } from '@schakel/domain';
import { READ_MODELS, type Caller } from '@schakel/infrastructure';
import { MemberQueries } from '@schakel/read-models';
import type { DataSource } from 'typeorm';
import { PartyDirectory } from '../../core/party-directory';
import { ComplianceFactsReader } from '../findings/compliance-facts';
import { readerLanguage } from './reason-language';
import type { ReasonLanguage } from './reason-texts';

export type StartCheckAsk = { chainId: string; workerPartyId: string; workerId: string; topics: string[]; linkId: string | null; at: string };

/** The start check over the log as it stands: the same facts and policy the findings use. */
@Injectable()
export class StartCheckService {
  private readonly members: MemberQueries;

  constructor(
    private readonly facts: ComplianceFactsReader,
    private readonly parties: PartyDirectory,
    @Inject(READ_MODELS) dataSource: DataSource,
  ) {
    this.members = new MemberQueries(dataSource);
  }

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

  /** The language of the reasons for this caller: asked for, else the member's own (see readerLanguage). */
  async languageFor(caller: Caller, asked: string | null | undefined): Promise<ReasonLanguage> {
    if (asked !== null && asked !== undefined) return readerLanguage(asked, null);
    const member = caller.partyId === null ? null : await this.members.member(caller.partyId, caller.userId);
    return readerLanguage(null, member?.language ?? null);
  }
}
