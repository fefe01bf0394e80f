import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** What the test provider knows: its clients, its people (account id → claims) and its resource servers (APIs). */
export interface TestProviderSettings {
  readonly clients: Record<string, unknown>[];
  readonly accounts: Record<string, { email: string; email_verified?: boolean }>;
  readonly resources: Record<string, { audience: string; scope: string; accessTokenTTL?: number }>;
}

/**
 * A real OpenID Provider (oidc-provider) in a child process on a random localhost port; node runs the
 * ESM package natively (provider-process.mjs), so jest need not transform it.
 */
export class TestProvider {
  private constructor(
    private readonly child: ChildProcess,
    readonly issuer: string,
    private readonly log: string[],
  ) {}

  /** What the provider wrote to stderr (its warnings), for a failing test's message. */
  get output(): string {
    return this.log.join('');
  }

  static async start(settings: TestProviderSettings): Promise<TestProvider> {
    const log: string[] = [];
    const child = fork(join(__dirname, 'provider-process.mjs'), [], {
      env: { ...process.env, OIDC_TEST_PROVIDER: JSON.stringify(settings) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    const issuer = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n')) resolve((JSON.parse(line) as { issuer: string }).issuer);
      });
      child.once('exit', (code) => reject(new Error(`the test provider stopped (${code}): ${log.join('')}`)));
    });
    return new TestProvider(child, issuer, log);
  }

  /** A new signing key with a new key id; tokens signed before no longer verify against the provider's keys. */
  rotateKey(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('message', () => resolve());
      this.child.send('rotate');
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill();
    });
  }
}

/**
 * A browser at the provider: keeps its cookies and goes through the login and consent pages of
 * oidc-provider's development interactions (reading each form from the HTML, posting it like a
 * person pressing the button), until the provider sends the browser back to the client.
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  private remember(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...value] = pair.trim().split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value.join('=') === '') this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
  }

  private async go(url: string, form?: Record<string, string>): Promise<Response> {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    this.remember(res);
    return res;
  }

  /**
   * Opens an authorization URL and signs in as the account (login page, then consent page); returns
   * the URL the provider sends the browser back to (the client's redirect URL with code and state).
   */
  async signIn(authorizationUrl: string, accountId: string): Promise<URL> {
    let url = authorizationUrl;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 20; step++) {
      const res = await this.go(url, form);
      form = undefined;
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location')!, url);
        if (!next.href.startsWith(this.issuer)) return next;
        url = next.href;
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new Error(`the provider answered ${res.status}: ${html.slice(0, 500)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`no interaction form on ${url}: ${html.slice(0, 500)}`);
      url = new URL(action, url).href;
      form = prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt };
    }
    throw new Error('the provider never sent the browser back');
  }
}
