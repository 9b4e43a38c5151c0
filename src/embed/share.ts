/**
 * Share links: a whole roadmap carried in a URL hash (`#md=…` or `#json=…`), deflated with the
 * browser's own CompressionStream and encoded as base64url, so that a static page can render it
 * with no server (a Notion embed block, an iframe macro).
 */

/** Longest hash accepted (characters); browsers and hosts start truncating URLs beyond this. */
export const MAX_HASH_LENGTH = 60_000;

export type ShareFormat = 'md' | 'json';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link holds characters that are not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** Encode a roadmap's text for a link hash: `md=…` or `json=…`. */
export async function encodeShareHash(text: string, format: ShareFormat): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `${format}=${toBase64Url(packed)}`;
}

export interface DecodedShare {
  format: ShareFormat;
  text: string;
}

/**
 * Read a link hash back. Returns undefined when the hash holds no roadmap; throws an Error with a
 * plain message when it holds a damaged or oversized one.
 */
export async function decodeShareHash(hash: string): Promise<DecodedShare | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const format: ShareFormat | undefined = params.has('md') ? 'md' : params.has('json') ? 'json' : undefined;
  if (!format) return undefined;
  const data = params.get(format) ?? '';
  if (data.length > MAX_HASH_LENGTH) throw new Error(`the link is too long (${data.length.toLocaleString('en')} characters; at most ${MAX_HASH_LENGTH.toLocaleString('en')})`);
  if (!data) throw new Error('the link holds an empty roadmap');
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'));
  } catch {
    throw new Error('the link is damaged (it could not be decompressed): copy it again from its source');
  }
  if (bytes.length > 25_000_000) throw new Error('the roadmap in the link is too large');
  try {
    return { format, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new Error('the link is damaged (its text is not UTF-8)');
  }
}
