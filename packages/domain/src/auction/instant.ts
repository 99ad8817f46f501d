// Instants on the platform's clock: milliseconds since the epoch, or an ISO-8601 instant with an
// explicit offset ("2025-03-19T10:00:00+08:00", "2025-03-19T02:00:00Z"). A local time without an
// offset is refused: an instant must not depend on the machine's time zone.
import { isIsoDate } from "../dates/iso-date";
import { invalidField } from "../errors/domain-error";

export type Instant = number | string;

const ISO_INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

function parseIsoInstant(s: string): number | null {
  const m = ISO_INSTANT_RE.exec(s);
  if (!m || !isIsoDate(m[1])) return null;
  const [y, mo, d] = m[1]!.split("-").map(Number) as [number, number, number];
  const h = Number(m[2]);
  const mi = Number(m[3]);
  const sec = Number(m[4] ?? "0");
  const ms = Number((m[5] ?? "0").padEnd(3, "0"));
  if (h > 23 || mi > 59 || sec > 59) return null;
  let offsetMin = 0;
  if (m[6] !== "Z") {
    const oh = Number(m[8]);
    const om = Number(m[9]);
    if (oh > 14 || om > 59) return null;
    offsetMin = (m[7] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offsetMin * 60_000;
}

/** Milliseconds since the epoch, or VALIDATION on `field`. */
export function parseInstant(value: unknown, field: string): number {
  const ms = typeof value === "number" ? value : typeof value === "string" ? parseIsoInstant(value) : null;
  if (ms !== null && Number.isSafeInteger(ms) && ms >= 0) return ms;
  throw invalidField(field, {
    zh: `${field} 必须是时间点：毫秒时间戳，或带时区的 ISO 8601 时间（如 2025-03-19T10:00:00+08:00；收到 ${String(value)}）`,
    en: `${field} must be an instant: epoch milliseconds or an ISO 8601 time with an offset (e.g. 2025-03-19T10:00:00+08:00; got ${String(value)})`,
  });
}

/** "2025-03-19T10:00:00.000+08:00": an instant as read in Asia/Shanghai (UTC+8, no daylight saving). */
export function formatShanghaiInstant(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`;
}

/** The Asia/Shanghai calendar day of an instant. */
export function shanghaiDateOf(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}
