import type { INestApplication } from '@nestjs/common';
import { DomainError } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import type { Caller } from '@schakel/infrastructure';
import { MembershipWrites, SignInService } from '@schakel/api';
import type { DemoResult } from './demo-story';

const OPERATOR: Caller = { userId: 'cli-operator', partyId: null, role: 'ADMIN', workerId: null };

/**
 * Three of the demo's people as members who can sign in to the web app: the principal's safety
 * manager, the inspector and the zzp'er Piotr as a worker; each gets a sign-in link (once, 15 minutes).
 */
export async function demoSignInLinks(app: INestApplication, demo: DemoResult, inspectorPartyId: string): Promise<{ who: string; link: string }[]> {
  const piotr = Object.values(demo.workers).find((w) => w.name === 'Piotr Nowak')!;
  const people = [
    { who: `Anne Visser, safety manager of ${demo.parties.principal.name}`, email: 'anne.visser@delinde.demo', name: 'Anne Visser', partyId: demo.parties.principal.id, role: 'MANAGER', workerId: null },
    { who: 'Ines Bakker, inspector of the Nederlandse Arbeidsinspectie', email: 'ines.bakker@nla.demo', name: 'Ines Bakker', partyId: inspectorPartyId, role: 'INSPECTOR', workerId: null },
    { who: 'Piotr Nowak, zzp\'er (his instructions, on a phone)', email: 'piotr.nowak@zzp.demo', name: 'Piotr Nowak', partyId: piotr.partyId, role: 'WORKER', workerId: piotr.id },
  ];
  const links: { who: string; link: string }[] = [];
  for (const person of people) {
    try {
      await app.get(MembershipWrites).invite({ ...person, language: 'nl' }, { caller: OPERATOR, correlationId: uuidv7() });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'MEMBER_ALREADY_MEMBER')) throw error;
    }
    const link = await app.get(SignInService).issueLink(person.email, 'cli');
    if (link) links.push({ who: person.who, link });
  }
  return links;
}
