import { Invalid, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import { requireOneOf, requireText, requireTopics } from '../../shared/values';
import { certificateSchemes } from '../../credentials/credential.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import type { RecordDirectSupervision, SetLinkRequirements, StartWork } from '../duties/duty.commands';
import type { DirectSupervisionRecorded, LinkRequirementsSet, WorkStarted } from '../duties/duty.events';
import { requireActiveLink } from '../duties/duty-guards';
import { isUpstream } from '../queries/chain-links';
import { decideStartGate } from '../prevention/decide-start-gate';
import type { WorkStartChecked } from '../prevention/prevention.events';

/** A worker starts on a link that engages its own party. */
export function WorkerMustBeOnLink(workerPartyId: string, linkToPartyId: string, workerId: string, linkId: string): void {
  if (workerPartyId !== linkToPartyId) throw new Invalid('WORK_WORKER_NOT_ON_LINK', { workerId, linkId }, 'WorkerMustBeOnLink');
}

export function decideStartWork(command: StartWork, state: OpenedChain): (WorkStarted | WorkStartChecked)[] {
  const { workStartId, workerId, worker } = command.data;
  const topics = requireTopics(command.data.topics);
  const partyId = actingPartyInChain(state, command.metadata);
  const link = requireActiveLink(state, command.data.linkId);
  // the engaged party, or the party directing the work on the link (the hirer of a lent worker)
  if (partyId !== link.toPartyId && partyId !== link.fromPartyId) throw new NotAllowed('LINK_NOT_HELD', { partyId, linkId: link.linkId });
  if (worker === null || worker.workerId !== workerId) throw new NotFound('WORKER_NOT_FOUND', { workerId });
  WorkerMustBeOnLink(worker.partyId, link.toPartyId, workerId, link.linkId);
  const started: WorkStarted = {
    type: 'WorkStarted',
    data: { workStartId, linkId: link.linkId, partyId: worker.partyId, workerId, topics, startedByPartyId: partyId },
  };
  const gate = command.data.gate ?? null;
  return gate === null ? [started] : [started, decideStartGate(gate, started, partyId)];
}

/** Direct supervision is a signal about a zzp'er's link only. */
export function SupervisionOfSelfEmployed(kind: string, linkId: string): void {
  if (kind !== 'SELF_EMPLOYED') throw new RuleViolated('SUPERVISION_LINK_NOT_SELF_EMPLOYED', { linkId }, 'SupervisionOfSelfEmployed');
}

export function decideRecordDirectSupervision(command: RecordDirectSupervision, state: OpenedChain): DirectSupervisionRecorded[] {
  const description = requireText(command.data.description, 'description');
  const partyId = actingPartyInChain(state, command.metadata);
  const link = requireActiveLink(state, command.data.linkId);
  SupervisionOfSelfEmployed(link.kind, link.linkId);
  const { supervisorPartyId } = command.data;
  // the zzp'er itself or the supervising party records it; the supervisor must stand above the zzp'er
  if (partyId !== link.toPartyId && partyId !== supervisorPartyId) throw new NotAllowed('LINK_NOT_HELD', { partyId, linkId: link.linkId });
  if (!isUpstream(state, supervisorPartyId, link.toPartyId)) {
    throw new NotAllowed('VERGEWIS_NOT_UPSTREAM', { partyId: supervisorPartyId, subjectPartyId: link.toPartyId });
  }
  return [
    {
      type: 'DirectSupervisionRecorded',
      data: { linkId: link.linkId, supervisorPartyId, selfEmployedPartyId: link.toPartyId, description, recordedByPartyId: partyId },
    },
  ];
}

export function LadderStepInRange(step: number | null): void {
  if (step !== null && !(Number.isInteger(step) && step >= 1 && step <= 5)) {
    throw new Invalid('LADDER_STEP_INVALID', { value: String(step) }, 'LadderStepInRange');
  }
}

export function decideSetLinkRequirements(command: SetLinkRequirements, state: OpenedChain): LinkRequirementsSet[] {
  const { minimumLadderStep, maySubcontract, workerDiplomaRequired } = command.data;
  const minimumCertificate =
    command.data.minimumCertificate === null ? null : requireOneOf(command.data.minimumCertificate, certificateSchemes, 'minimumCertificate');
  LadderStepInRange(minimumLadderStep);
  const partyId = actingPartyInChain(state, command.metadata);
  const link = requireActiveLink(state, command.data.linkId);
  if (link.fromPartyId !== partyId) throw new NotAllowed('LINK_NOT_HELD', { partyId, linkId: link.linkId });
  return [
    {
      type: 'LinkRequirementsSet',
      data: { linkId: link.linkId, setByPartyId: partyId, minimumCertificate, minimumLadderStep, maySubcontract, workerDiplomaRequired },
    },
  ];
}
