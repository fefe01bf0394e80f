import { Invalid, NotAllowed, NotFound } from '../../shared/errors';
import type { CommandMetadata } from '../../shared/messages';
import { requireIsoDate } from '../../shared/time';
import { requireOneOf, requireText } from '../../shared/values';
import { workerOf, type PartyState, type RegisteredParty } from '../party.state';
import type { RecordCompanyCertificate, RecordWorkerDiploma } from './credential.commands';
import {
  certificateSchemes,
  certificateStatuses,
  workerDiplomas,
  type CompanyCertificateRecorded,
  type WorkerDiplomaRecorded,
} from './credential.events';

/** A party records its own credentials; the party that registered it may record them for it. */
export function CredentialsByPartyOrRegistrar(state: PartyState, partyId: string, metadata: CommandMetadata): RegisteredParty & { actor: string } {
  if (state.status !== 'Registered') throw new NotFound('PARTY_NOT_FOUND', { partyId });
  const actor = metadata.actor.partyId;
  if (actor === null || (actor !== partyId && actor !== state.registeredBy)) {
    throw new NotAllowed('PARTY_NOT_OWN', { partyId }, 'CredentialsByPartyOrRegistrar');
  }
  return { ...state, actor };
}

/** A ladder step (1–5) goes with the Safety Culture Ladder and only with it. */
export function LadderStepFitsScheme(scheme: string, ladderStep: number | null): void {
  const isLadder = scheme === 'SAFETY_CULTURE_LADDER';
  const validStep = ladderStep !== null && Number.isInteger(ladderStep) && ladderStep >= 1 && ladderStep <= 5;
  if (isLadder ? !validStep : ladderStep !== null) {
    throw new Invalid('LADDER_STEP_INVALID', { value: String(ladderStep) }, 'LadderStepFitsScheme');
  }
}

export function decideRecordCompanyCertificate(command: RecordCompanyCertificate, state: PartyState): CompanyCertificateRecorded[] {
  const { partyId, ladderStep } = command.data;
  const certificateId = requireText(command.data.certificateId, 'certificateId');
  const scheme = requireOneOf(command.data.scheme, certificateSchemes, 'scheme');
  const status = requireOneOf(command.data.status, certificateStatuses, 'status');
  const registerNumber = requireText(command.data.registerNumber, 'registerNumber');
  const issuedOn = requireIsoDate(command.data.issuedOn, 'issuedOn');
  const validUntil = requireIsoDate(command.data.validUntil, 'validUntil');
  LadderStepFitsScheme(scheme, ladderStep);
  if (validUntil < issuedOn) throw new Invalid('CREDENTIAL_VALIDITY_INVALID', { issuedOn, validUntil }, 'ValidUntilNotBeforeIssue');
  const { actor } = CredentialsByPartyOrRegistrar(state, partyId, command.metadata);
  return [
    {
      type: 'CompanyCertificateRecorded',
      data: { partyId, certificateId, scheme, ladderStep, registerNumber, issuedOn, validUntil, status, recordedByPartyId: actor },
    },
  ];
}

export function decideRecordWorkerDiploma(command: RecordWorkerDiploma, state: PartyState): WorkerDiplomaRecorded[] {
  const { partyId, workerId } = command.data;
  const diploma = requireOneOf(command.data.diploma, workerDiplomas, 'diploma');
  const issuedOn = requireIsoDate(command.data.issuedOn, 'issuedOn');
  const registerNumber = requireText(command.data.registerNumber, 'registerNumber');
  const party = CredentialsByPartyOrRegistrar(state, partyId, command.metadata);
  if (!workerOf(party, workerId)) throw new NotFound('WORKER_NOT_FOUND', { workerId });
  return [{ type: 'WorkerDiplomaRecorded', data: { partyId, workerId, diploma, issuedOn, registerNumber, recordedByPartyId: party.actor } }];
}
