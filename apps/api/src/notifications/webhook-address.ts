import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { NotificationConfig } from '@schakel/infrastructure';

/** Addresses a webhook may not reach unless SCHAKEL_WEBHOOK_ALLOW_PRIVATE=true: the operator's own network. */
const internal = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  internal.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  internal.addSubnet(net, prefix, 'ipv6');
}

export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return internal.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return internal.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a webhook URL is refused, as a stable reason and a human message; null when it is fine. */
export type UrlRefusal = { reason: string; message: string };

/** The URL's shape: https (http only where configured), no credentials, a host, at most 2,048 characters. */
export function refuseWebhookUrl(text: string, config: NotificationConfig): UrlRefusal | null {
  if (text.length > 2048) return { reason: 'WEBHOOK_URL_INVALID', message: 'The webhook URL is longer than 2,048 characters.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { reason: 'WEBHOOK_URL_INVALID', message: 'The webhook URL is not a URL.' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && config.webhookAllowHttp)) {
    return { reason: 'WEBHOOK_URL_NOT_HTTPS', message: 'A webhook URL must start with https://.' };
  }
  if (url.username || url.password) return { reason: 'WEBHOOK_URL_INVALID', message: 'A webhook URL may not carry a user name or password.' };
  if (!url.hostname) return { reason: 'WEBHOOK_URL_INVALID', message: 'The webhook URL names no host.' };
  return null;
}

/**
 * The addresses a host resolves to, refused when any is internal (unless allowed). Used when an
 * endpoint is registered and again at every connection (a name may resolve elsewhere later).
 */
export async function publicAddressesOf(hostname: string, config: NotificationConfig): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const found = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  if (found.length === 0) throw new WebhookAddressRefused(`${hostname} resolves to no address`);
  if (!config.webhookAllowPrivate) {
    const bad = found.find((a) => isInternalAddress(a.address));
    if (bad) throw new WebhookAddressRefused(`${hostname} resolves to an internal address`);
  }
  return found;
}

export class WebhookAddressRefused extends Error {}
