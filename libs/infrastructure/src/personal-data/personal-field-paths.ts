import { personalFieldsOf, type PersonalFieldKind } from '@schakel/domain';

/** Called for each string in a personal field: `path` is the concrete one (`changes.description`, `content[2].title`). */
export type FieldTransform = (value: string, path: string, kind: PersonalFieldKind) => string;

function walk(value: unknown, segments: readonly string[], concrete: string, kind: PersonalFieldKind, transform: FieldTransform): unknown {
  if (segments.length === 0) return typeof value === 'string' ? transform(value, concrete, kind) : value;
  const [head, ...rest] = segments;
  if (head === '[]') {
    if (!Array.isArray(value)) return value;
    return value.map((item, i) => walk(item, rest, `${concrete}[${i}]`, kind, transform));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(record) : Object.hasOwn(record, head) ? [head] : [];
  if (keys.length === 0) return value;
  const copy = { ...record };
  for (const key of keys) copy[key] = walk(record[key], rest, concrete ? `${concrete}.${key}` : key, kind, transform);
  return copy;
}

/** `content[].title` → ['content', '[]', 'title']; `changes.*` → ['changes', '*']. */
function segmentsOf(path: string): string[] {
  return path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** The event's data with every declared personal string passed through `transform`; other fields untouched. */
export function mapPersonalFields(type: string, data: unknown, transform: FieldTransform): unknown {
  const declaration = personalFieldsOf(type);
  let result = data;
  for (const [path, kind] of Object.entries(declaration.personal)) result = walk(result, segmentsOf(path), '', kind, transform);
  return result;
}

/** The data subject whose key covers the event's personal fields; null: they are stored in the clear. */
export function dataSubjectOf(type: string, data: unknown): string | null {
  const { subjectOf } = personalFieldsOf(type);
  if (!subjectOf || data === null || typeof data !== 'object') return null;
  return subjectOf(data as Record<string, unknown>);
}
