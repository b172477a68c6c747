/** Bytes in memory of their own (WebCrypto takes no shared buffer). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Bytes as the audit formats write them: hashes in lowercase hex, keys and signatures in base64. */
export const hexOf = (bytes: Uint8Array): string =>
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

/** Standard base64 with padding, the one writing of the bytes. */
export const base64Of = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

export function concat(...parts: Uint8Array[]): Bytes {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return joined;
}

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, index) => byte === b[index]);
