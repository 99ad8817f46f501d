// Today's date in Asia/Shanghai for a given instant. China has used UTC+8 without daylight saving
// since 1991, so a fixed offset is exact and independent of the host's time zone and ICU data.
import { fromDayNumber, type IsoDate } from "./iso-date";

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function todayInShanghai(now: Date): IsoDate {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError("todayInShanghai: invalid Date");
  return fromDayNumber(Math.floor((t + SHANGHAI_OFFSET_MS) / 86_400_000));
}
