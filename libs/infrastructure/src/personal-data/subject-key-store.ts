/** A subject's key, or the mark its destruction left: which erased person (#n) they now read as. */
export type SubjectKey = { readonly key: Buffer } | { readonly erasedAs: number };

/**
 * Where the per-subject data keys live: never in the log. Destroying a key is the erasure; the row
 * that stays holds no key, only when it was destroyed and the subject's number among the erased.
 */
export interface SubjectKeyStore {
  /** The subject's key, made on first use; `erasedAs` when it was destroyed (nothing new is then readable). */
  keyFor(subjectId: string): Promise<SubjectKey>;
  /** The key if there is one; null when the subject never had one. */
  find(subjectId: string): Promise<SubjectKey | null>;
  /** Destroys the key (idempotent) and returns the subject's number among the erased. */
  destroy(subjectId: string, at: string): Promise<number>;
  close(): Promise<void>;
}

/** How a destroyed key's fields read. */
export function erasedName(erasedAs: number | null): string {
  return erasedAs ? `erased person #${erasedAs}` : 'erased person';
}
export const ERASED = 'erased';
/** A field whose ciphertext does not open under its subject's key (altered, or moved from another event). */
export const UNREADABLE = 'unreadable';
