import { noticeMail } from './notice-mail';
import { readableInstant, type NoticeFacts } from './notice-texts';
import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token';

const facts: NoticeFacts = {
  partyName: 'Flex <b>Uitzend</b>',
  fromName: 'Staalbouw "Noord"',
  chainName: 'Renovatie',
  title: 'Werken op hoogte\r\nBcc: someone@evil.example',
  version: 2,
  when: readableInstant('2026-09-15T08:00:00.000Z', 'nl'),
  deadline: readableInstant('2026-09-16T08:00:00.000Z', 'nl'),
  location: 'Blok B',
  description: '<img src=x onerror=alert(1)>',
  firstName: 'Marek',
  workerName: 'Marek Kowalski',
  label: 'B_VCA 123',
  hours: 24,
  gaps: '',
  rule: 'Corrective action not completed by its due date',
  basis: 'our chain rule',
  dutyBearers: 'Flex <b>Uitzend</b>',
};

describe('notice mails', () => {
  it('escape user text in HTML and keep the subject on one line', () => {
    const mail = noticeMail('INCIDENT_NOTIFIED', 'nl', facts, 'https://schakel.example/app/x', 'https://schakel.example/u?token=a&b');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('Flex &lt;b&gt;Uitzend&lt;/b&gt;');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('href="https://schakel.example/u?token=a&amp;b"');
    const instruction = noticeMail('INSTRUCTION_RECEIVED', 'en', facts, 'https://x', null);
    expect(instruction.subject).not.toMatch(/[\r\n]/);
    expect(instruction.subject).toBe('Safety instruction received: Werken op hoogte Bcc: someone@evil.example (version 2)');
  });

  it('speak the reader\'s language, with Dutch time', () => {
    const pl = { ...facts, deadline: readableInstant('2026-09-16T08:00:00.000Z', 'pl') };
    expect(noticeMail('NLA_REPORT_DUE', 'pl', pl, 'https://x', null).subject).toBe('Zgłoś wypadek inspekcji pracy przed 16 września 2026 10:00');
    expect(facts.when).toBe('15 september 2026 om 10:00');
    expect(readableInstant('2026-09-15T08:00:00.000Z', 'en')).toBe('15 September 2026 at 10:00');
  });

  it('unsubscribe links name one member, party and trigger, and cannot be forged', () => {
    const token = signUnsubscribe('secret', { partyId: 'p', userId: 'u', trigger: 'WORKER_LINK' });
    expect(verifyUnsubscribe('secret', token)).toEqual({ partyId: 'p', userId: 'u', trigger: 'WORKER_LINK' });
    expect(verifyUnsubscribe('other', token)).toBeNull();
    const [body] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify(['p', 'u2', 'WORKER_LINK'])).toString('base64url')}.${token.split('.')[1]}`;
    expect(body).not.toBe(forged.split('.')[0]);
    expect(verifyUnsubscribe('secret', forged)).toBeNull();
  });
});
