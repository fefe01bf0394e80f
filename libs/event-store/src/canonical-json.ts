/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON values Schakel stores: object keys sorted by
 * UTF-16 code units, no white space, numbers in ECMAScript shortest form, strings as JSON.stringify
 * writes them. Undefined object members are left out, as JSON.stringify does.
 *
 * Every event's hash runs through this, so it is written for speed (see docs/benchmarks.md, "Hashing"):
 * one output string built left to right, keys sorted by an insertion sort only when they are not in
 * order already, object keys quoted once and remembered, strings without characters JSON escapes
 * quoted without a call into JSON.stringify. Anything unusual (a sparse array, an object that is
 * not a plain object or array) takes the plain reference path below, `canonicalJsonReference`, which
 * the fast path is tested equal to on random JSON values.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no representation for ' + value);
      // String(n) is ECMAScript's Number::toString, the form RFC 8785 prescribes (and -0 prints 0).
      return '' + value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return writeArray(value);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return canonicalJsonReference(value);
      return writeObject(value as Record<string, unknown>);
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}

function writeArray(array: readonly unknown[]): string {
  const n = array.length;
  if (n === 0) return '[]';
  let out = '[';
  for (let i = 0; i < n; i++) {
    // A hole would print as nothing on the reference path (Array#map keeps holes, join prints ''):
    // leave such arrays to it, so both agree on every input.
    if (!(i in array)) return canonicalJsonReference(array);
    const item = array[i];
    if (i > 0) out += ',';
    out += item === undefined ? 'null' : write(item);
  }
  return out + ']';
}

function writeObject(record: Record<string, unknown>): string {
  const keys = Object.keys(record);
  const n = keys.length;
  // Insertion sort: objects are small, and usually in order or nearly so. `<` on strings compares
  // UTF-16 code units, as RFC 8785 asks and as Array#sort does by default.
  for (let i = 1; i < n; i++) {
    const key = keys[i];
    if (keys[i - 1] <= key) continue;
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
  let out = '{';
  let first = true;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    const item = record[key];
    if (item === undefined) continue;
    if (first) first = false;
    else out += ',';
    out += quoteKey(key);
    out += ':';
    out += write(item);
  }
  return out + '}';
}

// Keys repeat from event to event; their quoted form is kept (bounded, so odd data cannot grow it).
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 4096;

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = quote(key);
    if (quotedKeys.size >= MAX_QUOTED_KEYS) quotedKeys.clear();
    quotedKeys.set(key, quoted);
  }
  return quoted;
}

// Characters JSON.stringify writes other than as themselves: the quote, the backslash, control
// characters, and surrogates (a lone one becomes \udXXX; a pair passes, but a scan that stops at
// any surrogate leaves both cases to JSON.stringify).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  if (text.length < 64) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(text);
    }
    return '"' + text + '"';
  }
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : '"' + text + '"';
}

/** The plain implementation, kept as the reference the fast path is tested against. */
export function canonicalJsonReference(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no representation for ' + value);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return '[' + value.map((v) => canonicalJsonReference(v === undefined ? null : v)).join(',') + ']';
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJsonReference(record[k])).join(',') + '}';
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
