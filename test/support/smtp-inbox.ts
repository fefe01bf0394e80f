import type { AddressInfo, Server } from 'node:net';

// smtp-server ships no types; the little of it used here is typed by hand.
interface SmtpServer {
  listen(port: number, host: string, done: () => void): void;
  close(done: () => void): void;
  server: Server;
}
type OnData = (stream: NodeJS.ReadableStream, session: { envelope: { rcptTo: { address: string }[] } }, done: () => void) => void;
const { SMTPServer } = require('smtp-server') as { SMTPServer: new (options: Record<string, unknown>) => SmtpServer };

export interface Mail {
  readonly to: string[];
  readonly raw: string;
}

/** A real SMTP server in this process that keeps every mail it receives, for tests that read them. */
export class SmtpInbox {
  readonly mails: Mail[] = [];
  private server: SmtpServer | null = null;
  port = 0;

  /**
   * `reject`: addresses the server refuses for good (550), as a bounce. `delayMs`: the server keeps
   * each mail (it counts as received) but answers the sender only after this long, so a sender
   * killed meanwhile never learns it was taken.
   */
  constructor(private readonly options: { reject?: readonly string[]; delayMs?: number } = {}) {}

  async start(): Promise<void> {
    const onData: OnData = (stream, session, done) => {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw });
        if (this.options.delayMs) setTimeout(done, this.options.delayMs);
        else done();
      });
    };
    const reject = new Set((this.options.reject ?? []).map((a) => a.toLowerCase()));
    const onRcptTo = (address: { address: string }, _session: unknown, done: (error?: Error) => void) => {
      if (!reject.has(address.address.toLowerCase())) return done();
      done(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
    };
    this.server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, onData, onRcptTo });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next mail to `address` after the first `after` of them, waiting up to 5 s for it. */
  async mailTo(address: string, after = 0): Promise<Mail> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const mails = this.mails.filter((m) => m.to.includes(address.toLowerCase()));
      if (mails.length > after) return mails[after];
      if (Date.now() > deadline) throw new Error(`no mail to ${address} (had ${mails.length})`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  countTo(address: string): number {
    return this.mails.filter((m) => m.to.includes(address.toLowerCase())).length;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(resolve));
  }
}

/** The sign-in code of a sign-in mail (the link may be wrapped by quoted-printable encoding). */
export function signInCodeOf(mail: Mail): string {
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/auth\/sign-in\?code=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no sign-in link in mail:\n${mail.raw}`);
  return match[1];
}
