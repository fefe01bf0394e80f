import { createHash } from 'node:crypto';
import { canonicalJson } from '@schakel/event-store';

export interface InstructionText {
  readonly language: string;
  readonly title: string;
  readonly body: string;
}

/**
 * The content as the event stores it: plain objects, the language code as the domain keeps it
 * (trimmed, lower case), title and body exactly as given. Hashing this very value keeps the
 * stored contentHash reproducible from the stored event.
 */
export function storedContent(content: readonly InstructionText[]): InstructionText[] {
  return content.map(({ language, title, body }) => ({
    language: typeof language === 'string' ? language.trim().toLowerCase() : language,
    title,
    body,
  }));
}

/** SHA-256 (lowercase hex) over the RFC 8785 canonical JSON of `{ content, topics }`. */
export function contentHashOf(content: readonly InstructionText[], topics: readonly string[]): string {
  return createHash('sha256').update(canonicalJson({ content, topics })).digest('hex');
}
