import { Invalid, NotAllowed, NotFound } from '../shared/errors';
import type { CommandMetadata } from '../shared/messages';
import { requireIsoDate } from '../shared/time';
import { requireOneOf, requireText } from '../shared/values';
import type { CredentialHolder, RecordCompanyCertificate, RecordWorkerDiploma } from './credential.commands';
import {
  certificateSchemes,
  certificateStatuses,
  workerDiplomas,
  type CompanyCertificateRecorded,
  type WorkerDiplomaRecorded,
} from './credential.events';

/** A party records its own credentials; the party that registered it may record them for it. */
function CredentialsByPartyOrRegistrar(partyId: string, party: CredentialHolder | null, metadata: CommandMetadata): string {
  if (party === null || party.partyId !== partyId) throw new NotFound('PARTY_NOT_FOUND', { partyId });
  const actor = metadata.actor.partyId;
  if (actor === null || (actor !== partyId && actor !== party.registeredBy)) {
    throw new NotAllowed('PARTY_NOT_OWN', { partyId }, 'CredentialsByPartyOrRegistrar');
  }
  return actor;
}

/** A ladder step (1–5) goes with the Safety Culture Ladder and only with it. */
function LadderStepFitsScheme(scheme: string, ladderStep: number | null): void {
  const isLadder = scheme === 'SAFETY_CULTURE_LADDER';
  const validStep = ladderStep !== null && Number.isInteger(ladderStep) && ladderStep >= 1 && ladderStep <= 5;
  if (isLadder ? !validStep : ladderStep !== null) {
    throw new Invalid('LADDER_STEP_INVALID', { value: String(ladderStep) }, 'LadderStepFitsScheme');
  }
}

export function decideRecordCompanyCertificate(command: RecordCompanyCertificate): CompanyCertificateRecorded[] {
  const { partyId, ladderStep } = command.data;
  const certificateId = requireText(command.data.certificateId, 'certificateId');
  const scheme = requireOneOf(command.data.scheme, certificateSchemes, 'scheme');
  const status = requireOneOf(command.data.status, certificateStatuses, 'status');
  const registerNumber = requireText(command.data.registerNumber, 'registerNumber');
  const issuedOn = requireIsoDate(command.data.issuedOn, 'issuedOn');
  const validUntil = requireIsoDate(command.data.validUntil, 'validUntil');
  LadderStepFitsScheme(scheme, ladderStep);
  if (validUntil < issuedOn) throw new Invalid('CREDENTIAL_VALIDITY_INVALID', { issuedOn, validUntil }, 'ValidUntilNotBeforeIssue');
  const actor = CredentialsByPartyOrRegistrar(partyId, command.data.party, command.metadata);
  return [
    {
      type: 'CompanyCertificateRecorded',
      data: { partyId, certificateId, scheme, ladderStep, registerNumber, issuedOn, validUntil, status, recordedByPartyId: actor },
    },
  ];
}

export function decideRecordWorkerDiploma(command: RecordWorkerDiploma): WorkerDiplomaRecorded[] {
  const { partyId, workerId, worker } = command.data;
  const diploma = requireOneOf(command.data.diploma, workerDiplomas, 'diploma');
  const issuedOn = requireIsoDate(command.data.issuedOn, 'issuedOn');
  const registerNumber = requireText(command.data.registerNumber, 'registerNumber');
  const actor = CredentialsByPartyOrRegistrar(partyId, command.data.party, command.metadata);
  if (worker === null || worker.workerId !== workerId || worker.partyId !== partyId) throw new NotFound('WORKER_NOT_FOUND', { workerId });
  return [{ type: 'WorkerDiplomaRecorded', data: { partyId, workerId, diploma, issuedOn, registerNumber, recordedByPartyId: actor } }];
}
