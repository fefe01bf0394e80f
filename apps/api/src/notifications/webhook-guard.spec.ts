import { loadConfig } from '@schakel/infrastructure';
import { isInternalAddress, publicAddressesOf, refuseWebhookUrl, WebhookAddressRefused } from './webhook-address';
import { signatureHeader, verifyWebhookSignature } from './webhook-signature';
import { postWebhook } from './webhook-post';

const strict = loadConfig({}).notifications;
const dev = loadConfig({ SCHAKEL_WEBHOOK_ALLOW_HTTP: 'true', SCHAKEL_WEBHOOK_ALLOW_PRIVATE: 'true' }).notifications;

describe('webhook URLs: no SSRF into the operator\'s network', () => {
  it('refuses loopback, private, link-local and mapped addresses; lets public ones through', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not-an-ip']) {
      expect({ address, internal: isInternalAddress(address) }).toEqual({ address, internal: true });
    }
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34']) {
      expect({ address, internal: isInternalAddress(address) }).toEqual({ address, internal: false });
    }
  });

  it('wants https (http only where configured, never in production), no credentials, a sane length', () => {
    expect(refuseWebhookUrl('http://hooks.example.nl/x', strict)?.reason).toBe('WEBHOOK_URL_NOT_HTTPS');
    expect(refuseWebhookUrl('http://hooks.example.nl/x', dev)).toBeNull();
    expect(refuseWebhookUrl('ftp://hooks.example.nl/x', dev)?.reason).toBe('WEBHOOK_URL_NOT_HTTPS');
    expect(refuseWebhookUrl('https://user:pw@hooks.example.nl/x', strict)?.reason).toBe('WEBHOOK_URL_INVALID');
    expect(refuseWebhookUrl('geen url', strict)?.reason).toBe('WEBHOOK_URL_INVALID');
    expect(refuseWebhookUrl(`https://hooks.example.nl/${'a'.repeat(2100)}`, strict)?.reason).toBe('WEBHOOK_URL_INVALID');
    expect(refuseWebhookUrl('https://hooks.example.nl/x', strict)).toBeNull();
    expect(() => loadConfig({ NODE_ENV: 'production', SCHAKEL_WEBHOOK_ALLOW_HTTP: 'true' })).toThrow(/SCHAKEL_WEBHOOK_ALLOW_HTTP/);
    expect(() => loadConfig({ SCHAKEL_WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(/SCHAKEL_WEBHOOK_ALLOW_PRIVATE=yes is not true or false/);
  });

  it('checks what a name resolves to, at every connection (localhost is loopback)', async () => {
    await expect(publicAddressesOf('localhost', strict)).rejects.toBeInstanceOf(WebhookAddressRefused);
    await expect(publicAddressesOf('[::1]', strict)).rejects.toBeInstanceOf(WebhookAddressRefused);
    await expect(publicAddressesOf('127.0.0.1', dev)).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]);
  });
});

describe('sending a webhook', () => {
  it('refuses internal addresses at the connection too, whether the URL names an address or a host', async () => {
    await expect(postWebhook('https://127.0.0.1:9/hook', '{}', {}, strict)).rejects.toBeInstanceOf(WebhookAddressRefused);
    await expect(postWebhook('https://[::1]:9/hook', '{}', {}, strict)).rejects.toBeInstanceOf(WebhookAddressRefused);
    await expect(postWebhook('https://localhost:9/hook', '{}', {}, strict)).rejects.toBeInstanceOf(WebhookAddressRefused);
  });
});

describe('webhook signatures', () => {
  const body = '{"deliveryId":"d1"}';
  const secret = 'whsec_test';

  it('verify under the secret within five minutes, and fail for another body, secret or an old timestamp', () => {
    const now = Date.parse('2026-09-15T10:00:00Z');
    const header = signatureHeader(secret, body, now);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, body, header, now + 60_000)).toBe(true);
    expect(verifyWebhookSignature(secret, body + ' ', header, now)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', body, header, now)).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, now + 301_000)).toBe(false);
    expect(verifyWebhookSignature(secret, body, 'v1=abc', now)).toBe(false);
  });
});
