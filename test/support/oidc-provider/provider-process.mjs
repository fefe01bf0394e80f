// A real OpenID Provider (oidc-provider, in-memory adapter) for tests, in a child process of its own:
// node runs the ESM package natively. It listens on a random localhost port, prints its issuer as one
// JSON line, and on the IPC message 'rotate' replaces its signing key (a new key id; the old key is gone).
// Its settings come as JSON in the environment variable OIDC_TEST_PROVIDER:
//   { clients: [...oidc-provider client metadata], accounts: { accountId: { email, email_verified } },
//     resources: { indicator: { audience, scope, accessTokenTTL } } }
import { createServer } from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
let handle = (_req, res) => {
  res.statusCode = 503;
  res.end();
};
const server = createServer((req, res) => handle(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
}

function start() {
  const provider = new Provider(issuer, {
    jwks: { keys: [signingKey()] },
    clients: settings.clients ?? [],
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    pkce: { required: () => true },
    async findAccount(_ctx, accountId) {
      const account = settings.accounts?.[accountId];
      if (!account) return undefined;
      return { accountId, claims: async () => ({ sub: accountId, ...account }) };
    },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        async getResourceServerInfo(_ctx, indicator) {
          const server = settings.resources?.[indicator];
          if (!server) throw new errors.InvalidTarget();
          return { ...server, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
  });
  handle = provider.callback();
}

start();
process.on('message', (message) => {
  if (message === 'rotate') {
    start();
    process.send?.('rotated');
  }
});
process.stdout.write(JSON.stringify({ issuer }) + '\n');
