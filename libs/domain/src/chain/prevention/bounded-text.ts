import { Invalid } from '../../shared/errors';
import { requireText } from '../../shared/values';

/** Trimmed, non-empty text of at most `max` characters (plain text: shown escaped wherever it is shown). */
export function boundedText(value: unknown, field: string, max: number): string {
  const text = requireText(value, field);
  if (text.length > max) throw new Invalid('TEXT_TOO_LONG', { field, max: String(max) });
  return text;
}
