/**
 * An instant from GraphQL's DateTime scalar as the domain takes it (ISO text). The scalar turns
 * unparseable text into an Invalid Date instead of refusing it; that is passed on as text, so the
 * domain refuses it with its own code (INPUT_INSTANT_INVALID, EVENT_OCCURRED_AT_INVALID) rather
 * than toISOString() throwing a RangeError that would surface as INTERNAL_SERVER_ERROR.
 */
export function instantText(value: Date): string {
  return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
}

export function instantTextOrNull(value: Date | null | undefined): string | null {
  return value == null ? null : instantText(value);
}
