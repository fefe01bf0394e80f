import { Inject, Injectable } from '@nestjs/common';
import {
  acknowledgementLinkDecider,
  acknowledgementLinkStreamId,
  chainDecider,
  chainStreamId,
  countingAcknowledgements,
  isDomainError,
  partyDecider,
  partyStreamId,
  workerOf,
  type AcknowledgementLinkState,
  type AcknowledgementLinksMade,
  type InstructionContent,
} from '@schakel/domain';
import { type AppConfig, type Caller, APP_CONFIG } from '@schakel/infrastructure';
import type { CommandContext, CommandResult } from '../core/command-runner';
import { PartyDirectory } from '../core/party-directory';
import { WriteSide } from '../core/write-side';
import { notFound } from '@schakel/application';
import { deriveLinkId, linkIdHash, LinkTokenInvalid, signLink, verifyLink, type LinkClaims } from './link-token';
import { LinkRefused } from './link-refused';

export const LINK_SECRET = Symbol('LINK_SECRET');
export const LINK_SECRET_FILE = 'link-secret';
/** How many workers one call may make links for (a toolbox crew, not a register). */
export const MAX_LINKS_PER_CALL = 50;

export interface MadeLink {
  readonly linkId: string;
  readonly workerId: string;
  readonly workerPartyId: string;
  readonly workerName: string;
  readonly token: string;
  readonly url: string;
  readonly expiresAt: string;
}

/** The party a toolbox sheet is for, as it registered: its name, and its KvK number where it has one. */
export interface SheetParty {
  readonly name: string;
  readonly kvkNumber: string | null;
}

/** A link that still works: what it is for, and only what the worker's page may show. */
export interface OpenLink {
  readonly claims: LinkClaims;
  readonly linkIdHash: string;
  readonly firstName: string;
  readonly workerLanguages: readonly string[];
  readonly content: readonly InstructionContent[];
}

/** Personal acknowledgement links: made by a manager, opened and used by a worker without an account. */
@Injectable()
export class WorkerLinks {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LINK_SECRET) private readonly secret: string,
  ) {}

  async make(
    context: CommandContext,
    input: { chainId: string; instructionId: string; version: number; workerPartyId?: string | null; workerIds: string[] },
  ): Promise<{ result: CommandResult; batchId: string; links: MadeLink[] }> {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const instructionId = this.writes.id(input.instructionId, 'instructionId');
    const workerPartyId = input.workerPartyId ? this.writes.id(input.workerPartyId, 'workerPartyId') : (context.caller.partyId ?? '');
    const workerIds = input.workerIds.slice(0, MAX_LINKS_PER_CALL + 1).map((id) => this.writes.id(id, 'workerIds'));
    const { state: chain } = await this.writes.load(chainDecider, chainStreamId(chainId));
    const workers = await Promise.all(workerIds.map((workerId) => this.parties.worker(workerPartyId, workerId)));
    const batchId = this.writes.newId(context, 'ack-links');
    const result = await this.writes.run(acknowledgementLinkDecider, acknowledgementLinkStreamId(chainId), context, (metadata) => {
      const expiresAt = new Date(Date.parse(metadata.now) + this.config.workerLinks.days * 86_400_000).toISOString();
      return {
        type: 'MakeAcknowledgementLinks' as const,
        data: {
          chainId,
          batchId,
          chain: chain.status === 'Opened' ? chain : null,
          instructionId,
          version: input.version,
          links: workerIds.map((workerId, i) => ({
            linkIdHash: linkIdHash(deriveLinkId(this.secret, batchId, workerPartyId, workerId)),
            workerId,
            worker: workers[i],
            expiresAt,
          })),
          maxWorkers: MAX_LINKS_PER_CALL,
        },
        metadata,
      };
    });
    const made = result.events.find((e) => e.type === 'AcknowledgementLinksMade');
    const data = made?.data as AcknowledgementLinksMade['data'] | undefined;
    if (!data) return { result, batchId, links: [] };
    return { result, batchId: data.batchId, links: await this.tokensOf(chainId, data.batchId, data.instructionId, data.version, data.links) };
  }

  async revoke(context: CommandContext, input: { chainId: string; linkId: string }): Promise<CommandResult> {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const linkId = input.linkId.trim();
    return this.writes.run(acknowledgementLinkDecider, acknowledgementLinkStreamId(chainId), context, (metadata) => ({
      type: 'RevokeAcknowledgementLink' as const,
      data: { chainId, linkId, linkIdHash: linkIdHash(linkId) },
      metadata,
    }));
  }

  /** The links of one batch again, for the printed sheet: only for the party that made them. */
  async batch(
    caller: Caller,
    chainIdText: string,
    batchIdText: string,
  ): Promise<{ party: SheetParty; instructionTitle: string; version: number; expiresAt: string; links: MadeLink[] }> {
    const chainId = this.writes.id(chainIdText, 'chainId');
    const batchId = this.writes.id(batchIdText, 'batchId');
    const { state } = await this.writes.load(acknowledgementLinkDecider, acknowledgementLinkStreamId(chainId));
    const records = [...state.links.values()].filter((l) => l.batchId === batchId && l.madeByPartyId === caller.partyId && !l.revoked);
    // another party's sheet is as unknown as none
    if (records.length === 0) throw notFound('ACK_LINK_BATCH_NOT_FOUND', `No links ${batchId} of your party in chain ${chainId}.`);
    const { instructionId, version } = records[0];
    const { state: chain } = await this.writes.load(chainDecider, chainStreamId(chainId));
    const instruction = chain.status === 'Opened' ? chain.instructions.find((i) => i.instructionId === instructionId) : undefined;
    const title = instruction?.versions[version - 1]?.content[0]?.title ?? '';
    // the party the sheet is for, named on it: a manager of several parties prints for each
    const { state: party } = await this.writes.load(partyDecider, partyStreamId(records[0].madeByPartyId));
    const sheetParty = party.status === 'Registered' ? { name: party.name, kvkNumber: party.kvkNumber } : { name: '', kvkNumber: null };
    return { party: sheetParty, instructionTitle: title, version, expiresAt: records[0].expiresAt, links: await this.tokensOf(chainId, batchId, instructionId, version, records) };
  }

  /** Checks a link from its signature to the log; refuses with the reason the worker's page shows. */
  async open(token: string, nowMs = Date.now()): Promise<OpenLink> {
    let claims: LinkClaims;
    try {
      claims = verifyLink(this.secret, token);
    } catch (error) {
      if (error instanceof LinkTokenInvalid) throw new LinkRefused('LINK_INVALID');
      throw error;
    }
    const hash = linkIdHash(claims.linkId);
    const { state } = await this.writes.load(acknowledgementLinkDecider, acknowledgementLinkStreamId(claims.chainId));
    const record = state.links.get(hash);
    if (!record || !sameLink(record, claims)) throw new LinkRefused('LINK_INVALID');
    if (record.revoked) throw new LinkRefused('LINK_REVOKED');
    if (Date.parse(record.expiresAt) <= nowMs) throw new LinkRefused('LINK_EXPIRED');
    const { state: chain } = await this.writes.load(chainDecider, chainStreamId(claims.chainId));
    const instruction = chain.status === 'Opened' ? chain.instructions.find((i) => i.instructionId === claims.instructionId) : undefined;
    const version = instruction?.versions[claims.version - 1];
    if (!instruction || !version) throw new LinkRefused('LINK_INVALID');
    const used = countingAcknowledgements(instruction).some(
      (a) => a.version === claims.version && a.partyId === claims.workerPartyId && a.workerId === claims.workerId,
    );
    if (used) throw new LinkRefused('LINK_USED');
    const { state: party } = await this.writes.load(partyDecider, partyStreamId(claims.workerPartyId));
    const worker = workerOf(party, claims.workerId);
    if (!worker) throw new LinkRefused('LINK_INVALID');
    return { claims, linkIdHash: hash, firstName: firstNameOf(worker.name), workerLanguages: worker.languages, content: version.content };
  }

  /** The worker's own acknowledgement by the link: the actor is the worker, the channel LINK. */
  async acknowledge(link: OpenLink, language: string, userAgent: string | null, correlationId: string): Promise<CommandResult> {
    const { claims } = link;
    const caller: Caller = { userId: `link:${link.linkIdHash.slice(0, 16)}`, partyId: claims.workerPartyId, role: 'WORKER', workerId: claims.workerId };
    const worker = await this.parties.worker(claims.workerPartyId, claims.workerId);
    try {
      return await this.writes.run(chainDecider, chainStreamId(claims.chainId), { caller, correlationId }, (metadata) => ({
        type: 'AcknowledgeInstruction' as const,
        data: {
          chainId: claims.chainId,
          instructionId: claims.instructionId,
          version: claims.version,
          workerId: claims.workerId,
          worker,
          language,
          link: { linkIdHash: link.linkIdHash, userAgent: userAgent ? userAgent.slice(0, 300) : null },
        },
        metadata,
      }));
    } catch (error) {
      if (isDomainError(error) && error.code === 'INSTRUCTION_ALREADY_ACKNOWLEDGED') throw new LinkRefused('LINK_USED');
      throw error;
    }
  }

  /** The links again from the secret (never stored): for the printed sheet and the worker's e-mail. */
  async tokensOf(
    chainId: string,
    batchId: string,
    instructionId: string,
    version: number,
    records: readonly { workerId: string; workerPartyId: string; expiresAt: string }[],
  ): Promise<MadeLink[]> {
    const names = new Map<string, string>();
    for (const partyId of new Set(records.map((r) => r.workerPartyId))) {
      const { state } = await this.writes.load(partyDecider, partyStreamId(partyId));
      for (const r of records.filter((x) => x.workerPartyId === partyId)) names.set(`${partyId}|${r.workerId}`, workerOf(state, r.workerId)?.name ?? r.workerId);
    }
    return records.map((r) => {
      const linkId = deriveLinkId(this.secret, batchId, r.workerPartyId, r.workerId);
      const token = signLink(this.secret, { linkId, workerId: r.workerId, workerPartyId: r.workerPartyId, chainId, instructionId, version, expiresAt: r.expiresAt });
      return {
        linkId,
        workerId: r.workerId,
        workerPartyId: r.workerPartyId,
        workerName: names.get(`${r.workerPartyId}|${r.workerId}`) ?? r.workerId,
        token,
        url: `${this.config.workerLinks.publicUrl}/w/${token}`,
        expiresAt: r.expiresAt,
      };
    });
  }
}

function sameLink(record: AcknowledgementLinkState, claims: LinkClaims): boolean {
  return (
    record.workerId === claims.workerId &&
    record.workerPartyId === claims.workerPartyId &&
    record.instructionId === claims.instructionId &&
    record.version === claims.version &&
    record.expiresAt === claims.expiresAt
  );
}

/** Only the first name goes on the worker's page. */
function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
