import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { NotificationConfig } from '@schakel/infrastructure';
import { publicAddressesOf } from './webhook-address';

/** The most of a receiver's answer that is read (the rest is dropped). */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** Connects only to addresses that pass the guard, checked at this connection (no DNS rebinding). */
function guardedLookup(config: NotificationConfig): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    publicAddressesOf(hostname, config).then(
      (addresses) => (options?.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family)),
      (error: unknown) => callback(error),
    );
  }) as LookupFunction;
}

/**
 * POSTs a body to a webhook endpoint and resolves with the HTTP status; rejects on a refused
 * address, a connection error, or no answer within the configured time. Redirects are not followed.
 */
export async function postWebhook(url: string, body: string, headers: Record<string, string>, config: NotificationConfig): Promise<number> {
  const target = new URL(url);
  // an address in the URL is connected to without a lookup: the guard looks at it here
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) await publicAddressesOf(host, config);
  return new Promise((resolve, reject) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const done = (error: Error | null, status?: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(status as number);
    };
    const req = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Schakel-Webhook/1', ...headers },
        lookup: guardedLookup(config),
      },
      (res: IncomingMessage) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) {
            res.destroy();
            done(null, res.statusCode ?? 0);
          }
        });
        res.on('end', () => done(null, res.statusCode ?? 0));
        res.on('error', (error) => done(error));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done(new Error(`no answer within ${config.webhookTimeoutMs} ms`));
    }, config.webhookTimeoutMs);
    req.on('error', (error) => done(error));
    req.end(body);
  });
}
