import type { Mail } from './smtp-inbox';

// Just enough MIME for tests that read what Schakel mailed: headers, and the text and HTML parts
// decoded from quoted-printable or base64 (UTF-8).

function unfold(head: string): string {
  return head.replace(/\r?\n[ \t]+/g, ' ');
}

function header(head: string, name: string): string | null {
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfold(head));
  return match ? match[1].trim() : null;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, kind: string, text: string) =>
    kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
  );
}

function decodeQp(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function split(raw: string): { head: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  return { head: raw.slice(0, at), body: raw.slice(at).replace(/^\r?\n\r?\n/, '') };
}

function parts(raw: string): { type: string; text: string }[] {
  const { head, body } = split(raw);
  const type = header(head, 'content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => parts(p.replace(/^\r?\n/, '')));
  }
  const encoding = (header(head, 'content-transfer-encoding') ?? '7bit').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQp(body) : body;
  return [{ type: type.split(';')[0].toLowerCase(), text }];
}

export function subjectOf(mail: Mail): string {
  return decodeWords(header(split(mail.raw).head, 'subject') ?? '');
}

export function headerOf(mail: Mail, name: string): string | null {
  return header(split(mail.raw).head, name);
}

export function textOf(mail: Mail): string {
  return parts(mail.raw).find((p) => p.type === 'text/plain')?.text ?? '';
}

export function htmlOf(mail: Mail): string {
  return parts(mail.raw).find((p) => p.type === 'text/html')?.text ?? '';
}
