import { Conflict, Invalid, NotAllowed, NotFound } from '../../shared/errors';
import { utcDateOf } from '../../shared/time';
import { requireIsoDate } from '../../shared/time';
import { isNonEmptyText, isSha256HexAnyCase, requireOneOf } from '../../shared/values';
import type { RecordVergewisCheck } from '../chain.commands';
import { checkOutcomes, checkSubjects, type Evidence, type VergewisCheckRecorded } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyOf, occurredAtOf } from '../chain-guards';
import { checkOf, incidentOf, instructionOf } from '../chain-collections';
import { isUpstream } from '../queries/chain-links';

export function requireEvidence(evidence: unknown): Evidence[] {
  if (!Array.isArray(evidence)) throw new Invalid('INPUT_VALUE_INVALID', { field: 'evidence', value: String(evidence) });
  return evidence.map((item: Partial<Evidence> | null) => {
    if (!isNonEmptyText(item?.name)) throw new Invalid('INPUT_REQUIRED', { field: 'evidence.name' });
    if (!isSha256HexAnyCase(item.sha256)) {
      throw new Invalid('EVIDENCE_HASH_INVALID', { name: item.name, value: String(item.sha256) });
    }
    const size = item.sizeBytes;
    if (size !== undefined && size !== null && !(Number.isSafeInteger(size) && size >= 0)) {
      throw new Invalid('INPUT_VALUE_INVALID', { field: 'evidence.sizeBytes', value: String(size) });
    }
    // the size is left out when not given: an entry without it reads as before
    return { name: item.name.trim(), sha256: item.sha256.toLowerCase(), ...(typeof size === 'number' ? { sizeBytes: size } : {}) };
  });
}

/** validUntil may not lie before the day of the check. */
export function ValidUntilNotBeforeCheck(validUntil: string | null, checkDate: string): void {
  if (validUntil !== null && validUntil < checkDate) {
    throw new Invalid('VERGEWIS_VALID_UNTIL_BEFORE_CHECK', { validUntil, checkDate }, 'ValidUntilNotBeforeCheck');
  }
}

/** Only a party above another (through active links) can ascertain something about it. */
export function CheckerMustBeUpstream(state: OpenedChain, checkerPartyId: string, subjectPartyId: string): void {
  if (!isUpstream(state, checkerPartyId, subjectPartyId)) {
    throw new NotAllowed('VERGEWIS_NOT_UPSTREAM', { partyId: checkerPartyId, subjectPartyId }, 'CheckerMustBeUpstream');
  }
}

/**
 * The one upward check: after an accident with a lent worker, the agency ascertains that the hirer
 * (holding gezag over the victim) took measures (act on reporting and vergewis duties for lenders).
 */
export function isAgencyCheckOfHirerMeasures(
  state: OpenedChain,
  checkerPartyId: string,
  subjectPartyId: string,
  subject: string,
  relatedIncidentId: string | null,
): boolean {
  if (subject !== 'MEASURES_TAKEN' || relatedIncidentId === null) return false;
  const incident = incidentOf(state, relatedIncidentId);
  return (
    incident !== null &&
    incident.retraction === null &&
    incident.victimRelation === 'LENT_WORKER' &&
    incident.victim?.partyId === checkerPartyId &&
    incident.authorityHolderPartyId === subjectPartyId
  );
}

export function decideRecordVergewisCheck(command: RecordVergewisCheck, state: OpenedChain): VergewisCheckRecorded[] {
  const { checkId, subjectPartyId, subjectWorkerId, subjectWorker, summary, relatedIncidentId, relatedInstructionId } =
    command.data;
  const subject = requireOneOf(command.data.subject, checkSubjects, 'subject');
  const outcome = requireOneOf(command.data.outcome, checkOutcomes, 'outcome');
  if (!isNonEmptyText(summary)) throw new Invalid('INPUT_REQUIRED', { field: 'summary' });
  const evidence = requireEvidence(command.data.evidence);
  const validUntil = command.data.validUntil === null ? null : requireIsoDate(command.data.validUntil, 'validUntil');
  ValidUntilNotBeforeCheck(validUntil, utcDateOf(occurredAtOf(command.metadata)));

  const checkerPartyId = actingPartyOf(command.metadata);
  if (checkOf(state, checkId)) throw new Conflict('VERGEWIS_ALREADY_RECORDED', { checkId });
  if (!isAgencyCheckOfHirerMeasures(state, checkerPartyId, subjectPartyId, subject, relatedIncidentId)) {
    CheckerMustBeUpstream(state, checkerPartyId, subjectPartyId);
  }
  if (subjectWorkerId !== null) {
    if (subjectWorker === null || subjectWorker.workerId !== subjectWorkerId) {
      throw new NotFound('WORKER_NOT_FOUND', { workerId: subjectWorkerId });
    }
    if (subjectWorker.partyId !== subjectPartyId) {
      throw new Invalid('VERGEWIS_WORKER_NOT_OF_SUBJECT', { workerId: subjectWorkerId, subjectPartyId });
    }
  }
  if (relatedIncidentId !== null) {
    const incident = incidentOf(state, relatedIncidentId);
    if (!incident || incident.retraction !== null) throw new NotFound('INCIDENT_NOT_FOUND', { incidentId: relatedIncidentId });
  }
  if (relatedInstructionId !== null && !instructionOf(state, relatedInstructionId)) {
    throw new NotFound('INSTRUCTION_NOT_FOUND', { instructionId: relatedInstructionId });
  }
  return [
    {
      type: 'VergewisCheckRecorded',
      data: {
        checkId,
        checkerPartyId,
        subjectPartyId,
        subjectWorkerId,
        subject,
        outcome,
        summary: summary.trim(),
        evidence,
        validUntil,
        relatedIncidentId,
        relatedInstructionId,
      },
    },
  ];
}
