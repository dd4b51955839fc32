/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same name always gives the same UUID, so a CDS
 * card keeps its id across calls (feedback and de-duplication in the EHR) without randomness.
 * SHA-1 is written out here because core has no `crypto` (it runs in the browser and in Node alike);
 * it is used as a name hash, not for security.
 */

/** HandCheck's namespace for card ids (a fixed random UUID). */
export const HANDCHECK_UUID_NAMESPACE = '87cbbad6-d535-4e92-a5a1-a63d05eee01b';

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** SHA-1 of a byte array (FIPS 180-4), as 20 bytes. */
export function sha1(bytes: readonly number[]): number[] {
  const msg = [...bytes, 0x80];
  while (msg.length % 64 !== 56) msg.push(0);
  const bits = bytes.length * 8;
  msg.push(0, 0, 0, 0, (bits >>> 24) & 255, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let i = 0; i < msg.length; i += 64) {
    for (let t = 0; t < 16; t++) {
      w[t] =
        ((msg[i + 4 * t] as number) << 24) |
        ((msg[i + 4 * t + 1] as number) << 16) |
        ((msg[i + 4 * t + 2] as number) << 8) |
        (msg[i + 4 * t + 3] as number);
    }
    for (let t = 16; t < 80; t++)
      w[t] = rotl(
        (w[t - 3] as number) ^ (w[t - 8] as number) ^ (w[t - 14] as number) ^ (w[t - 16] as number),
        1,
      );
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + (w[t] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] = ((h[0] as number) + a) | 0;
    h[1] = ((h[1] as number) + b) | 0;
    h[2] = ((h[2] as number) + c) | 0;
    h[3] = ((h[3] as number) + d) | 0;
    h[4] = ((h[4] as number) + e) | 0;
  }
  return h.flatMap((x) => [(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]);
}

/** UUID version 5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = HANDCHECK_UUID_NAMESPACE): string {
  const ns = namespace
    .replaceAll('-', '')
    .match(/../g)
    ?.map((x) => Number.parseInt(x, 16));
  if (ns?.length !== 16) throw new Error(`namespace must be a UUID (got "${namespace}")`);
  const bytes = sha1([...(ns as number[]), ...utf8(name)]).slice(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
