/** A chosen file as evidence: its name, size and SHA-256, computed in the browser. The file itself is never sent. */
export interface HashedFile {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

/** SHA-256 of a file's bytes, as 64 lowercase hexadecimal characters (crypto.subtle, no upload). */
export async function hashFile(file: File): Promise<HashedFile> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { name: file.name, size: file.size, sha256 };
}
