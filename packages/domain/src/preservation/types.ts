// A measure in the register (查封、扣押、冻结、扣划), as the rules of this folder read it. Stored by the
// server; here only the fields the rules need.
import type { IsoDate } from "../dates/iso-date";
import type { AssetType, MeasureKind } from "./asset-types";

/** enforcement: taken in an enforcement case; preservation: a property-preservation ruling (财产保全). */
export type MeasureContext = "enforcement" | "preservation";
export const MEASURE_CONTEXTS = ["enforcement", "preservation"] as const satisfies readonly MeasureContext[];

/** first: the measure in effect on the asset; queued: 轮候, behind it (查封规定 art 26). */
export type QueuePosition = "first" | "queued";

export type MeasureStatus = "active" | "lapsed" | "released";

export type Measure = {
  id: string;
  assetType: AssetType;
  kind: MeasureKind;
  context: MeasureContext;
  position: QueuePosition;
  /**
   * When the measure was registered, Beijing time, "YYYY-MM-DDTHH:mm" or "YYYY-MM-DDTHH:mm:ss": the
   * queue order (查封规定 art 26 "登记在先"). For an unregistered asset, when the record or written notice
   * was made (art 26 para 3).
   */
  registeredAt: string;
  /** The day the measure took effect: the ruling and assistance notice served (查封规定 art 1 para 2). */
  startDate: IsoDate;
  /** The last day in force of the current term; null for a deduct, or a queued measure not yet in effect. */
  expires: IsoDate | null;
  /** The day a release ruling took effect, if any. */
  releasedOn?: IsoDate | null;
  /** For a registered trademark in preservation: the day the trademark office received the notice. */
  registryReceiptDate?: IsoDate;
  /** Renewals (续行) made so far; unlimited (民诉法解释 art 485 paras 2–3). */
  renewals?: number;
};
