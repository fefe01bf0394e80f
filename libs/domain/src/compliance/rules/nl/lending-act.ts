import type { RuleBasis } from '../../finding';

/** The act on lenders; its article text is not at hand, so these rules follow the bill as summarised. */
export const LENDING_ACT_BASIS: RuleBasis = {
  article: 'Wet invoering meld- en vergewisplicht arbeidsongevallen voor uitleners (Kamerstuk 36 781)',
  kind: 'LENDING_ACT',
  text: 'Act introducing a duty to report and to ascertain (vergewissen) after accidents with lent workers; passed, in force on a date set by decree. This rule follows the bill as summarised, not the article text.',
};
