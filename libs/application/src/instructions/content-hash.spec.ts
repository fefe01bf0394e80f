import { createHash } from 'node:crypto';
import { contentHashOf, storedContent } from './content-hash';

describe('instruction content hash', () => {
  const content = [
    { language: 'nl', title: 'Werken op hoogte', body: 'Altijd aanlijnen boven 2,5 m.' },
    { language: 'pl', title: 'Praca na wysokości', body: 'Zawsze przypinaj się powyżej 2,5 m.' },
  ];

  it('is SHA-256 over the RFC 8785 canonical JSON of { content, topics }', () => {
    const canonical =
      '{"content":[{"body":"Altijd aanlijnen boven 2,5 m.","language":"nl","title":"Werken op hoogte"},' +
      '{"body":"Zawsze przypinaj się powyżej 2,5 m.","language":"pl","title":"Praca na wysokości"}],' +
      '"topics":["WORK_AT_HEIGHT"]}';
    const expected = createHash('sha256').update(canonical).digest('hex');
    expect(contentHashOf(content, ['WORK_AT_HEIGHT'])).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order of keys, but does on every character of the text', () => {
    const reordered = content.map(({ body, title, language }) => ({ body, title, language }));
    expect(contentHashOf(reordered, ['WORK_AT_HEIGHT'])).toBe(contentHashOf(content, ['WORK_AT_HEIGHT']));
    const edited = [{ ...content[0], body: content[0].body + ' ' }, content[1]];
    expect(contentHashOf(edited, ['WORK_AT_HEIGHT'])).not.toBe(contentHashOf(content, ['WORK_AT_HEIGHT']));
    expect(contentHashOf(content, ['WORK_AT_HEIGHT', 'FALL_PROTECTION'])).not.toBe(contentHashOf(content, ['WORK_AT_HEIGHT']));
  });

  it('stores the language code as the domain keeps it, and the text exactly as given', () => {
    const given = [{ language: ' NL ', title: ' Titel ', body: 'Tekst\n' }];
    const stored = storedContent(given);
    expect(stored).toEqual([{ language: 'nl', title: ' Titel ', body: 'Tekst\n' }]);
    // a GraphQL input object becomes a plain object with the three fields only
    expect(Object.keys(stored[0]).sort()).toEqual(['body', 'language', 'title']);
  });
});
