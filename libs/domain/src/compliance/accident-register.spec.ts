import { aChain, chainSpec, incidentReported } from '../../../testing/src/builders';
import { accidentRegister } from './accident-register';

const accident = (incidentId: string, workerId: string) =>
  incidentReported({
    incidentId,
    reporterPartyId: 'steel',
    kind: 'ACCIDENT',
    victim: { partyId: 'steel', workerId, linkId: 'link-main-steel' },
    severity: 'HOSPITAL_ADMISSION',
    victimRelation: 'EMPLOYEE',
    authorityHolderPartyId: 'steel',
  });

const state = () =>
  chainSpec()
    .given([...aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').events(), accident('inc-sanne', 'sanne'), accident('inc-kees', 'kees')])
    .state();

describe('accidentRegister', () => {
  it('shows the employer\'s managers every line, a worker only the lines about itself', () => {
    expect(accidentRegister([state()], 'steel').map((e) => e.incidentId)).toEqual(['inc-sanne', 'inc-kees']);
    expect(accidentRegister([state()], 'steel', { workerId: 'sanne', partyId: 'steel' }).map((e) => e.incidentId)).toEqual(['inc-sanne']);
    expect(accidentRegister([state()], 'steel', { workerId: 'piet', partyId: 'steel' })).toEqual([]);
  });
});
