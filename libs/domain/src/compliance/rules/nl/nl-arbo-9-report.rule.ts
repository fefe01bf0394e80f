import type { ComplianceRule } from '../../finding';
import { ARBOWET_FROM, reportDrafts } from './reporting-facts';

export const reportRule: ComplianceRule = {
  id: 'NL-ARBO-9-REPORT',
  title: 'Serious accident not reported to the NLA directly',
  basis: {
    article: 'Arbowet 9(1); 1(1)(a)(2°), 1(2)(a)(1°)',
    kind: 'LAW',
    text: 'The Arbo employer (the hirer for a lent worker; the gezag holder for a zzp\'er under gezag) reports a fatal accident, permanent injury or hospital admission directly to the NLA.',
  },
  inForceFrom: () => ARBOWET_FROM,
  evaluate: (context) => reportDrafts(context, false),
};
