import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, linkOf, type ResolvedWorker, type StartCheck, type StartGate } from '@schakel/domain';
import type { CommandContext } from '../../core/command-runner';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { StartCheckService } from '../start-check/start-check.service';
import { startCheckReasons } from '../start-check/start-check.presenter';
import { WorkerPasses } from '../../worker-passes/worker-passes.service';
import { badInput } from '@schakel/application';
import { StartWorkCommand } from './start-work.command';
import type { StartWorkInput } from './start-work.input';

type Checked = { gate: StartGate; check: StartCheck; names: Readonly<Record<string, string>> };

@CommandHandler(StartWorkCommand)
export class StartWorkHandler implements ICommandHandler<StartWorkCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
    private readonly checks: StartCheckService,
    private readonly passes: WorkerPasses,
  ) {}

  async execute({ input, context }: StartWorkCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const workStartId = this.writes.newId(context, 'work-start');
    const workerId = this.writes.id(input.workerId, 'workerId');
    const linkId = this.writes.id(input.linkId, 'linkId');
    const worker = await this.parties.worker(this.writes.id(input.workerPartyId, 'workerPartyId'), workerId);
    // an unsupported language is refused before anything is checked or written
    const language = input.gate ? await this.checks.languageFor(context.caller, input.gate.language) : 'nl';
    const checked = input.gate ? await this.gateOf(input, chainId, linkId, worker, context) : null;
    const gate = checked?.gate ?? null;
    const data = { chainId, workStartId, linkId, workerId, worker, topics: input.topics, gate };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'StartWork' as const,
      data,
      metadata,
    }));
    const reasons = checked ? startCheckReasons(checked.check, checked.names, language) : [];
    return { ...result, workStartId, verdict: gate?.verdict ?? null, reasons };
  }

  /**
   * The start check for the gate, when the caller may start this worker on this link; otherwise
   * none, and the decider refuses the start with its own reason (a check must not answer first).
   */
  private async gateOf(input: StartWorkInput, chainId: string, linkId: string, worker: ResolvedWorker | null, context: CommandContext): Promise<Checked | null> {
    const { state } = await this.writes.load(chainDecider, chainStreamId(chainId));
    const link = linkOf(state, linkId);
    const caller = context.caller.partyId;
    const mayStart = link !== null && link.status === 'ACTIVE' && worker !== null && worker.partyId === link.toPartyId && (caller === link.toPartyId || caller === link.fromPartyId);
    if (!mayStart || worker === null) return null;
    const at = context.occurredAt ?? new Date().toISOString();
    const pass = input.gate?.pass ? await this.passOf(input.gate.pass, worker) : null;
    const { check, names } = await this.checks.check({ chainId, workerPartyId: worker.partyId, workerId: worker.workerId, topics: input.topics, linkId, at });
    const gate: StartGate = {
      verdict: check.verdict,
      reasons: check.reasons.map((f) => ({ ruleId: f.ruleId, partyIds: f.partyIds, explanation: f.explanation })),
      checkedAt: check.at,
      passScanned: input.gate?.passScanned === true || pass !== null,
      passIdHash: pass?.passIdHash ?? null,
      overrideReason: input.gate?.overrideReason ?? null,
    };
    return { gate, check, names };
  }

  /** The scanned pass, when it is this worker's and valid now (checked only once the caller may start the worker). */
  private async passOf(token: string, worker: ResolvedWorker) {
    const claims = this.passes.read(token);
    if (claims.workerPartyId !== worker.partyId || claims.workerId !== worker.workerId) {
      throw badInput('PASS_WORKER_MISMATCH', 'The pass scanned is not the pass of the worker this start names.');
    }
    return this.passes.requireValid(claims);
  }
}
