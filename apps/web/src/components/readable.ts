import { formatWhen } from './when';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;

/**
 * A text the server wrote, for people: instants in the reader's zone and language, ids as the names
 * they stand for (an id with no known name becomes `unnamed`, never the id itself).
 */
export function readable(text: string, language: string, names: ReadonlyMap<string, string>, unnamed: string): string {
  return text.replace(INSTANT, (iso) => formatWhen(iso, language)).replace(UUID, (id) => names.get(id.toLowerCase()) ?? unnamed);
}
