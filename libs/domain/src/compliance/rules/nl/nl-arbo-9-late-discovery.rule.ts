import type { ComplianceRule } from '../../finding';
import { ARBOWET_FROM, reportDrafts } from './reporting-facts';

export const lateDiscoveryRule: ComplianceRule = {
  id: 'NL-ARBO-9-LATE-DISCOVERY',
  title: 'Severity found out later not reported promptly',
  basis: { article: 'Arbowet 9(1)', kind: 'LAW', text: 'An admission or permanent injury that becomes known later is reported by the Arbo employer directly after it became known.' },
  inForceFrom: () => ARBOWET_FROM,
  evaluate: (context) => reportDrafts(context, true),
};
