import { reasonOf } from './errors';

/** A refused write, for a form: the API's stable reason, the field it is about (if any) and its message. */
export interface FormProblem {
  readonly reason: string;
  readonly field: string | null;
  readonly message: string;
}

/**
 * Which field of a form each of the API's reasons (extensions.reason, else extensions.code) is about.
 * A reason not listed is shown above the form's button, not next to a field.
 */
const FIELD_OF: Record<string, string> = {
  PARTY_NAME_REQUIRED: 'name',
  PARTY_KVK_INVALID: 'kvkNumber',
  PARTY_KVK_TAKEN: 'kvkNumber',
  PARTY_COUNTRY_INVALID: 'country',
  LINK_SCOPE_REQUIRED: 'scope',
  LINK_SELF_EMPLOYED_NOT_PERSON: 'kind',
  LINK_AUTHORITY_NOT_APPLICABLE: 'kind',
  CHAIN_LINK_CYCLE: 'party',
  CHAIN_LINK_DUPLICATE: 'party',
  INSTRUCTION_CONTENT_REQUIRED: 'content',
  INSTRUCTION_LANGUAGE_DUPLICATE: 'content',
  TOPIC_INVALID: 'topics',
  WORKER_NAME_REQUIRED: 'name',
  WORKER_LANGUAGES_REQUIRED: 'languages',
  WORKER_SELF_NOT_PERSON: 'relation',
  WORKER_SELF_ALREADY_REGISTERED: 'relation',
  ACK_LINK_WORKERS_INVALID: 'workers',
  VERGEWIS_NOT_UPSTREAM: 'party',
  VERGEWIS_VALID_UNTIL_BEFORE_CHECK: 'validUntil',
  EVIDENCE_HASH_INVALID: 'evidence',
};

/** The general input reasons name their field first in the message ("summary is required"). */
const NAMED_FIELD = new Set(['INPUT_REQUIRED', 'INPUT_DATE_INVALID', 'INPUT_VALUE_INVALID', 'INPUT_INSTANT_INVALID']);

/** The problem of a failed mutation, or null. `fieldOf` overrides the form-independent mapping. */
export function formProblem(error: unknown, fieldOf: Record<string, string> = {}): FormProblem | null {
  const failure = reasonOf(error);
  if (!failure) return null;
  const reason = failure.reason ?? failure.code;
  const named = NAMED_FIELD.has(reason) ? (/^([A-Za-z.]+) /.exec(failure.message)?.[1] ?? null) : null;
  return { reason, field: fieldOf[reason] ?? FIELD_OF[reason] ?? named, message: failure.message };
}
