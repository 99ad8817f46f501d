// SM3 (GB/T 32905-2016), the national-standard hash, in plain TypeScript.
//
// Why not node:crypto's createHash("sm3")? It works on Node 20 here (the audit chain uses it), and the
// specs check this implementation against it byte for byte. But this package is pure and is also
// bundled into the web client (architecture.md: web imports domain), where node:crypto does not exist;
// the agency lottery must be re-runnable by anyone, in a browser as well as on the server. So the
// domain carries its own SM3, and `createHash("sm3")` or any `sm3sum` gives the same digests.
const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;
const p0 = (x: number): number => (x ^ rotl(x, 9) ^ rotl(x, 17)) >>> 0;
const p1 = (x: number): number => (x ^ rotl(x, 15) ^ rotl(x, 23)) >>> 0;

function compress(v: number[], block: DataView, offset: number): void {
  const w = new Array<number>(68);
  for (let j = 0; j < 16; j++) w[j] = block.getUint32(offset + 4 * j, false);
  for (let j = 16; j < 68; j++) {
    w[j] = (p1(w[j - 16]! ^ w[j - 9]! ^ rotl(w[j - 3]!, 15)) ^ rotl(w[j - 13]!, 7) ^ w[j - 6]!) >>> 0;
  }
  let [a, b, c, d, e, f, g, h] = v as [number, number, number, number, number, number, number, number];
  for (let j = 0; j < 64; j++) {
    const t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
    const a12 = rotl(a, 12);
    const ss1 = rotl((a12 + e + rotl(t, j % 32)) >>> 0, 7);
    const ss2 = (ss1 ^ a12) >>> 0;
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + ss2 + ((w[j]! ^ w[j + 4]!) >>> 0)) >>> 0;
    const tt2 = (gg + h + ss1 + w[j]!) >>> 0;
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = p0(tt2);
  }
  const out = [a, b, c, d, e, f, g, h];
  for (let i = 0; i < 8; i++) v[i] = (v[i]! ^ out[i]!) >>> 0;
}

/** The 32-byte SM3 digest of `input` (a string is hashed as UTF-8). */
export function sm3(input: string | Uint8Array): Uint8Array {
  const message = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const bitLength = BigInt(message.length) * 8n;
  const padded = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setBigUint64(padded.length - 8, bitLength, false);
  const v = [...IV];
  for (let offset = 0; offset < padded.length; offset += 64) compress(v, view, offset);
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  v.forEach((word, i) => out.setUint32(4 * i, word, false));
  return digest;
}

/** The SM3 digest as 64 lower-case hex digits. */
export function sm3Hex(input: string | Uint8Array): string {
  return Array.from(sm3(input), (b) => b.toString(16).padStart(2, "0")).join("");
}
