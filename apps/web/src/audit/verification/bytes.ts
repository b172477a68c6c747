/** Bytes in memory of their own (WebCrypto takes no shared buffer). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Bytes as the audit formats write them: hashes in lowercase hex, keys and signatures in base64. */
export const hexOf = (bytes: Bytes): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The bytes of a hex string; undefined when it is not one. */
export function bytesOfHex(hex: string): Bytes | undefined {
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** The bytes of a base64 string; undefined when it is not one. */
export function bytesOfBase64(text: string): Bytes | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

export function concat(...parts: Bytes[]): Bytes {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return joined;
}

export const sameBytes = (a: Bytes, b: Bytes): boolean =>
  a.length === b.length && a.every((byte, index) => byte === b[index]);

/** SHA-256 with the browser's own WebCrypto, over the parts one after the other. */
export async function sha256(...parts: Bytes[]): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', concat(...parts)));
}
