import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FindingMessage } from '@schakel/domain';
import { readerLanguage } from './reason-language';
import { hasSentence, reasonLanguages, reasonText } from './reason-texts';

const RULES = join(__dirname, '../../../../../libs/domain/src/compliance/rules/nl');

/** The message keys the rule files give their findings (a key is a quoted rule id, maybe with a variant). */
function keysInRules(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(RULES).filter((f) => f.endsWith('.rule.ts'))) {
    const text = readFileSync(join(RULES, file), 'utf8');
    for (const block of text.match(/key:[^,]*,/g) ?? []) for (const [, key] of block.matchAll(/'([A-Z0-9-]+(?:\.[A-Z_]+)?)'/g)) keys.add(key);
  }
  return [...keys].sort();
}

function finding(message: FindingMessage | null, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'NL-ARBO-8-INSTRUCTION',
    title: "Worker started before the Arbo employer's instruction was acknowledged",
    basis: { article: 'Arbowet 8', kind: 'LAW', text: 'The Arbo employer informs and instructs its werknemers.', inForceFrom: '1999-11-18' },
    partyIds: ['steel'],
    arisenAt: '2026-03-11T08:12:00.000Z',
    resolvedAt: null,
    evidenceEventIds: [],
    explanation: 'Jan de Vries started work at 2026-03-11T08:12:00.000Z without acknowledging "Werken op hoogte" version 2; Staalbouw Noord is the Arbo employer.',
    message,
    policyNote: null,
    ...over,
  };
}

const arbo8: FindingMessage = {
  key: 'NL-ARBO-8-INSTRUCTION',
  params: { worker: 'Jan de Vries', at: { instant: '2026-03-11T08:12:00.000Z' }, title: 'Werken op hoogte', version: 2, employer: 'Staalbouw Noord', olderVersion: 1, laterChannel: null },
};

describe('reasons in the reader\'s language', () => {
  it('every message key a rule gives has its sentence in Dutch and English, and a Dutch title and basis', () => {
    const keys = keysInRules();
    expect(keys).toEqual(expect.arrayContaining(['NL-ARBO-8-INSTRUCTION', 'NL-BOUW-PLAN-RECEIPT.DIRECTION', 'NL-VCA-CERT.SUBCONTRACTS']));
    for (const language of reasonLanguages) expect(keys.filter((key) => !hasSentence(key, language))).toEqual([]);
  });

  it('says the rule, its basis and the duty bearer in Dutch, the time on Dutch time (CET in March)', () => {
    const text = reasonText(finding(arbo8), 'nl');
    expect(text.title).toBe('Werknemer begon voordat de instructie van de Arbo-werkgever was bevestigd');
    expect(text.basisText).toContain('Arbo-werkgever informeert en onderricht');
    expect(text.explanation).toBe(
      'Jan de Vries begon op 11 maart 2026 om 09:12 aan het werk zonder "Werken op hoogte" versie 2 te hebben bevestigd; Staalbouw Noord is de Arbo-werkgever (alleen versie 1 was bevestigd).',
    );
  });

  it('in English the title and basis are the rule\'s own, the time on Dutch time (CEST in July)', () => {
    const summer = { ...arbo8, params: { ...arbo8.params, at: { instant: '2026-07-01T07:30:00.000Z' }, olderVersion: null, laterChannel: 'PROXY' } };
    const text = reasonText(finding(summer), 'en');
    expect(text.title).toBe("Worker started before the Arbo employer's instruction was acknowledged");
    expect(text.explanation).toBe(
      'Jan de Vries started work at 1 July 2026 at 09:30 without acknowledging "Werken op hoogte" version 2; Staalbouw Noord is the Arbo employer. ' +
        "Acknowledged later (PROXY: entered by a manager on the worker's behalf (the employer's statement)).",
    );
  });

  it('translates the policy note and names certificate schemes as people write them', () => {
    const plan = finding(
      { key: 'NL-BOUW-PLAN-RECEIPT.PLAN', params: { party: 'Dakwerken Zuid', version: 3, due: { instant: '2026-03-14T08:00:00.000Z' }, graceHours: 72 } },
      { ruleId: 'NL-BOUW-PLAN-RECEIPT', policyNote: "The law sets no time to take note; 72 h after publication is this platform's policy." },
    );
    expect(reasonText(plan, 'nl').policyNote).toBe('De wet geeft geen termijn om kennis te nemen; 72 uur na publicatie is beleid van dit platform.');
    expect(reasonText(plan, 'nl').explanation).toBe('Dakwerken Zuid werkt op de bouwplaats maar had uiterlijk 14 maart 2026 om 09:00 geen ontvangst van V&G-plan versie 3 vastgelegd.');
    const cert = finding(
      { key: 'NL-VCA-CERT.SUBCONTRACTS', params: { holder: 'Staalbouw Noord', scheme: 'VCA_2STAR', on: { date: '2026-03-11' }, requiredBy: 'Bouwbedrijf Van Dijk' } },
      { ruleId: 'NL-VCA-CERT' },
    );
    expect(reasonText(cert, 'nl').explanation).toBe(
      'Staalbouw Noord had op 11 maart 2026 geen geldig VCA**-certificaat (of hoger), zoals Bouwbedrijf Van Dijk van haar eist (VCA** omdat zij werk uitbesteedt).',
    );
  });

  it('keeps the rule\'s own English words for a finding without a message', () => {
    const own = finding(null);
    expect(reasonText(own, 'nl')).toEqual({ title: own.title, basisText: own.basis.text, explanation: own.explanation, policyNote: null });
  });

  it('chooses the language asked for, else the member\'s own, else Dutch; refuses one it does not speak', () => {
    expect(readerLanguage('EN', 'nl')).toBe('en');
    expect(readerLanguage(null, 'en')).toBe('en');
    expect(readerLanguage(undefined, 'pl')).toBe('en');
    expect(readerLanguage(null, null)).toBe('nl');
    expect(() => readerLanguage('pl', null)).toThrow(expect.objectContaining({ reason: 'LANGUAGE_NOT_SUPPORTED' }));
  });
});
