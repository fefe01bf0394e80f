/**
 * Characters no text of Schakel may hold. A NUL breaks PostgreSQL (it cannot store one in text),
 * other control characters and lone surrogates are not text at all, and bidi overrides make a
 * name or an instruction read differently on screen than it is stored (Trojan Source).
 * Tab, line feed and carriage return stay allowed: instructions have lines.
 */
export type TextProblemReason = 'INPUT_TEXT_CONTROL_CHARACTER' | 'INPUT_TEXT_LONE_SURROGATE' | 'INPUT_TEXT_BIDI_CONTROL';

export interface TextProblem {
  readonly reason: TextProblemReason;
  /** `U+0000` */
  readonly codePoint: string;
  /** 0-based index in the text (UTF-16 units). */
  readonly index: number;
}

const CHECKS: readonly (readonly [TextProblemReason, RegExp])[] = [
  ['INPUT_TEXT_CONTROL_CHARACTER', /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/],
  ['INPUT_TEXT_LONE_SURROGATE', /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/],
  ['INPUT_TEXT_BIDI_CONTROL', /[\u202a-\u202e\u2066-\u2069]/],
];

/** The first forbidden character of a text (by position), or null when the text is clean. */
export function textProblem(text: string): TextProblem | null {
  let first: TextProblem | null = null;
  for (const [reason, pattern] of CHECKS) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) {
      first = { reason, index: match.index, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
    }
  }
  return first;
}

const WHAT: Record<TextProblemReason, string> = {
  INPUT_TEXT_CONTROL_CHARACTER: 'the control character',
  INPUT_TEXT_LONE_SURROGATE: 'a lone surrogate (not valid Unicode)',
  INPUT_TEXT_BIDI_CONTROL: 'the bidirectional control',
};

/** One human sentence for a problem in a named field. */
export function textProblemMessage(field: string, problem: TextProblem): string {
  return (
    `${field} contains ${WHAT[problem.reason]} ${problem.codePoint} at position ${problem.index}; ` +
    'text may hold tab, line feed and carriage return, but no other control character, no lone surrogate and no bidi override, embedding or isolate'
  );
}
