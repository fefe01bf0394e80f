import { eventSchemaVersions, personalFieldDeclarations } from '@schakel/domain';
import { stringFieldsOfEvents } from './event-string-fields';

// Every string an event records is declared once: personal (encrypted under its subject's key) or in
// the clear. A new event type, or a new string field, fails here until someone decides which it is.
describe('personal-data declarations', () => {
  const fields = stringFieldsOfEvents();
  const declared = personalFieldDeclarations as Record<string, { personal: Record<string, string>; clear: readonly string[] }>;

  it('finds every event type the domain versions', () => {
    expect([...fields.keys()].sort()).toEqual(Object.keys(eventSchemaVersions).sort());
  });

  it.each([...fields.keys()])('%s declares each of its string fields personal or clear, and nothing else', (type) => {
    const declaration = declared[type];
    const named = [...Object.keys(declaration.personal), ...declaration.clear].sort();
    expect({ type, declared: named }).toEqual({ type, declared: fields.get(type) });
  });

  it('no field is declared both personal and clear', () => {
    const both = Object.entries(declared).flatMap(([type, d]) => d.clear.filter((path) => path in d.personal).map((path) => `${type}.${path}`));
    expect(both).toEqual([]);
  });

  it('an event type with personal fields names whose they are', () => {
    const without = Object.entries(personalFieldDeclarations)
      .filter(([, d]) => Object.keys(d.personal).length > 0 && !('subjectOf' in d))
      .map(([type]) => type);
    expect(without).toEqual([]);
  });
});
