import { formatFen } from "../lib/format";

/** Integer fen shown as yuan with thousands separators, right-aligned digits. */
export function Money({ fen, unit }: { fen: number | null | undefined; unit?: string }) {
  return (
    <span className="num">
      {formatFen(fen)}
      {unit ? ` ${unit}` : null}
    </span>
  );
}
