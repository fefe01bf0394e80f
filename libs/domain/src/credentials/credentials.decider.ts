import type { Decider } from '../shared/decider';
import { assertOccurredAt } from '../shared/time';
import type { CredentialCommand } from './credential.commands';
import type { CredentialEvent } from './credential.events';
import { decideRecordCompanyCertificate, decideRecordWorkerDiploma } from './decide-credentials';

/** How many credentials the stream holds; the facts themselves are read from the log by the rules engine. */
export type CredentialsState = { certificates: number; diplomas: number };

function decideCredentials(command: CredentialCommand, _state: CredentialsState): CredentialEvent[] {
  if (command.metadata.occurredAt !== undefined) assertOccurredAt(command.metadata.occurredAt, command.metadata.now);
  switch (command.type) {
    case 'RecordCompanyCertificate':
      return decideRecordCompanyCertificate(command);
    case 'RecordWorkerDiploma':
      return decideRecordWorkerDiploma(command);
    default: {
      const unreachable: never = command;
      throw new TypeError(`unknown credentials command ${(unreachable as { type: string }).type}`);
    }
  }
}

function evolveCredentials(state: CredentialsState, event: CredentialEvent): CredentialsState {
  switch (event.type) {
    case 'CompanyCertificateRecorded':
      return { ...state, certificates: state.certificates + 1 };
    case 'WorkerDiplomaRecorded':
      return { ...state, diplomas: state.diplomas + 1 };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** A party's credentials, stream `credentials-<partyId>`. */
export const credentialsDecider: Decider<CredentialCommand, CredentialEvent, CredentialsState> = {
  initialState: () => ({ certificates: 0, diplomas: 0 }),
  evolve: evolveCredentials,
  decide: decideCredentials,
};
