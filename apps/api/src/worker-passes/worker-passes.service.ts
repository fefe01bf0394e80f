import { Inject, Injectable } from '@nestjs/common';
import { partyDecider, partyStreamId, workerOf, workerPassDecider, workerPassStreamId, type WorkerPassIssued, type WorkerPassState } from '@schakel/domain';
import { forbidden, notFound } from '@schakel/application';
import type { Caller } from '@schakel/infrastructure';
import { toString as qrCodeSvg } from 'qrcode';
import type { CommandContext, CommandResult } from '../core/command-runner';
import { PartyDirectory } from '../core/party-directory';
import { WriteSide } from '../core/write-side';
import { derivePassId, passIdHash, PassTokenInvalid, signPass, verifyPass, type PassClaims } from './pass-token';

export const PASS_SECRET = Symbol('PASS_SECRET');
/** A pass lasts a year unless its issuer says otherwise, at most three. */
const DEFAULT_PASS_DAYS = 365;
export const MAX_PASS_DAYS = 3 * 365;

export interface ShownPass {
  readonly passId: string;
  readonly workerPartyId: string;
  readonly workerId: string;
  readonly workerName: string;
  readonly token: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly status: 'ACTIVE' | 'REVOKED' | 'EXPIRED';
}

/** A pass that was scanned and holds: whose it is, and the hash the log keeps of it. */
export interface ValidPass {
  readonly claims: PassClaims;
  readonly passIdHash: string;
}

/** Workers' personal passes: issued by the worker's own party, scanned at the gate (docs/prevention.md). */
@Injectable()
export class WorkerPasses {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
    @Inject(PASS_SECRET) private readonly secret: string,
  ) {}

  async issue(context: CommandContext, input: { workerPartyId?: string | null; workerId: string; expiresAt?: string | null }): Promise<{ result: CommandResult; pass: ShownPass; qrSvg: string }> {
    const partyId = input.workerPartyId ? this.writes.id(input.workerPartyId, 'workerPartyId') : (context.caller.partyId ?? '');
    const workerId = this.writes.id(input.workerId, 'workerId');
    const worker = await this.parties.worker(partyId, workerId);
    const issueId = this.writes.newId(context, 'worker-pass');
    const passId = derivePassId(this.secret, issueId, partyId, workerId);
    const result = await this.writes.run(workerPassDecider, workerPassStreamId(partyId), context, (metadata) => ({
      type: 'IssueWorkerPass' as const,
      data: {
        partyId,
        workerId,
        worker,
        issueId,
        passIdHash: passIdHash(passId),
        expiresAt: input.expiresAt ?? new Date(Date.parse(metadata.now) + DEFAULT_PASS_DAYS * 86_400_000).toISOString(),
        maxDays: MAX_PASS_DAYS,
      },
      metadata,
    }));
    const issued = result.events.find((e) => e.type === 'WorkerPassIssued')?.data as WorkerPassIssued['data'];
    const { state } = await this.writes.load(workerPassDecider, workerPassStreamId(partyId));
    const pass = (await this.shown([state.passes.get(issued.passIdHash)!]))[0];
    return { result, pass, qrSvg: await this.qrSvg(pass.token) };
  }

  async revoke(context: CommandContext, input: { workerPartyId?: string | null; passId: string }): Promise<CommandResult> {
    const partyId = input.workerPartyId ? this.writes.id(input.workerPartyId, 'workerPartyId') : (context.caller.partyId ?? '');
    return this.writes.run(workerPassDecider, workerPassStreamId(partyId), context, (metadata) => ({
      type: 'RevokeWorkerPass' as const,
      data: { partyId, passIdHash: passIdHash(input.passId.trim()) },
      metadata,
    }));
  }

  /** A worker's passes, newest first: only for a manager of the worker's own party. */
  async passesOf(caller: Caller, workerPartyIdText: string, workerIdText: string): Promise<ShownPass[]> {
    const partyId = this.writes.id(workerPartyIdText, 'workerPartyId');
    const workerId = this.writes.id(workerIdText, 'workerId');
    if (caller.partyId !== partyId) throw forbidden('PASS_NOT_OWN_WORKER', "Only a manager of the worker's own party sees its passes.");
    const { state } = await this.writes.load(workerPassDecider, workerPassStreamId(partyId));
    const own = [...state.passes.values()].filter((p) => p.workerId === workerId).reverse();
    return this.shown(own);
  }

  /**
   * The signed-in worker's own pass to show at the gate: the newest one that works now, or null. Only a
   * WORKER identity (its token names its party and itself) asks; it sees no other worker's pass.
   */
  async ownPass(caller: Caller): Promise<ShownPass | null> {
    if (!caller.partyId || !caller.workerId) throw forbidden('PASS_NOT_OWN_WORKER', 'Only a worker sees its own pass.');
    const { state } = await this.writes.load(workerPassDecider, workerPassStreamId(caller.partyId));
    const own = [...state.passes.values()].filter((p) => p.workerId === caller.workerId).reverse();
    return (await this.shown(own)).find((p) => p.status === 'ACTIVE') ?? null;
  }

  /** A pass's token as a QR code (SVG), as the worker's phone or a printed card shows it. */
  qrSvg(token: string): Promise<string> {
    return qrCodeSvg(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  }

  /** The claims of a scanned pass whose signature holds; nothing about the worker is looked up yet. */
  read(token: string): PassClaims {
    try {
      return verifyPass(this.secret, token);
    } catch (error) {
      if (error instanceof PassTokenInvalid) throw notFound('PASS_INVALID', 'This is not a pass of this Schakel, or it was altered.');
      throw error;
    }
  }

  /** The pass as the log has it: issued with these claims, not revoked, not expired. */
  async requireValid(claims: PassClaims, nowMs = Date.now()): Promise<ValidPass> {
    const hash = passIdHash(claims.passId);
    const { state } = await this.writes.load(workerPassDecider, workerPassStreamId(claims.workerPartyId));
    const pass = state.passes.get(hash);
    if (!pass || pass.workerId !== claims.workerId || pass.expiresAt !== claims.expiresAt) {
      throw notFound('PASS_INVALID', 'This is not a pass of this Schakel, or it was altered.');
    }
    if (pass.revoked) throw forbidden('PASS_REVOKED', "This pass was revoked by the worker's employer: ask for a new one.");
    if (Date.parse(pass.expiresAt) <= nowMs) throw forbidden('PASS_EXPIRED', "This pass has expired: the worker's employer issues a new one.");
    return { claims, passIdHash: hash };
  }

  /** Passes of one party again from the secret (the pass id is never stored), with the worker's name. */
  private async shown(passes: readonly WorkerPassState[]): Promise<ShownPass[]> {
    if (passes.length === 0) return [];
    const { state: party } = await this.writes.load(partyDecider, partyStreamId(passes[0].partyId));
    return passes.map((pass) => {
      const passId = derivePassId(this.secret, pass.issueId, pass.partyId, pass.workerId);
      const status = pass.revoked ? 'REVOKED' : Date.parse(pass.expiresAt) <= Date.now() ? 'EXPIRED' : 'ACTIVE';
      return {
        passId,
        workerPartyId: pass.partyId,
        workerId: pass.workerId,
        workerName: workerOf(party, pass.workerId)?.name ?? 'an unnamed worker',
        token: signPass(this.secret, { passId, workerId: pass.workerId, workerPartyId: pass.partyId, expiresAt: pass.expiresAt }),
        issuedAt: pass.issuedAt,
        expiresAt: pass.expiresAt,
        status,
      };
    });
  }
}
