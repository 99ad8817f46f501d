// Masking identifiers for public pages. 裁判文书上网规定 art 10(1): a natural person's ID number is
// removed; where removal harms understanding, part of it is replaced. Credit codes identify entities
// and are published (失信规定 art 6), so they stay unmasked.
import type { IdType } from "./party-identifier";

function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return "*".repeat(value.length);
  return value.slice(0, head) + "*".repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** Resident ID: first 4 and last 4 kept, e.g. "1101**********1234". Shorter values: all asterisks. */
export function maskIdNumber(id: string): string {
  return keepEnds(String(id).trim(), 4, 4);
}

/** By type: resident ID as maskIdNumber; passport and foreign registration keep 2 + 2; credit codes unmasked. */
export function maskIdentifier(idType: IdType, value: string): string {
  const v = String(value).trim();
  switch (idType) {
    case "creditCode":
      return v;
    case "residentId":
      return maskIdNumber(v);
    case "passport":
    case "foreignRegistration":
      return keepEnds(v, 2, 2);
  }
}

/** Bank accounts (裁判文书上网规定 art 10(1)–(2)): only the last 4 characters are kept. */
export function maskBankAccount(account: string): string {
  const v = String(account).replace(/\s+/g, "");
  return v.length <= 4 ? "*".repeat(v.length) : "*".repeat(v.length - 4) + v.slice(-4);
}
