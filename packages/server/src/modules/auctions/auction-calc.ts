// The officer's auction-parameters calculator (API GET/POST /calc/auction, CLI `zhixing calc auction`):
// the domain's auctionParameters — minimum starting price (网拍规定 art 10 / art 26), the chosen price
// checked, the deposit range (art 17), and with a date the announcement, start and notice dates (arts
// 12, 16, 26) — each with its citation.
import { auctionParameters, type AssetType, type AuctionParameters, type AuctionPeriods, type StatutoryCalendar } from "@zhixing/domain";

export type AuctionCalcInput = {
  referencePriceFen: number;
  assetType: AssetType;
  round?: 1 | 2 | undefined;
  previousStartingPriceFen?: number | undefined;
  startingPriceFen?: number | undefined;
  announcementDate?: string | undefined;
  auctionStartDate?: string | undefined;
  failedOn?: string | undefined;
  round2Floor?: "art26" | "art26AndArt10" | undefined;
};

export function calcAuction(input: AuctionCalcInput, cal: StatutoryCalendar, periods?: AuctionPeriods): AuctionParameters {
  const opt = <K extends keyof AuctionCalcInput>(k: K) => (input[k] !== undefined ? { [k]: input[k] } : {});
  return auctionParameters(
    {
      referencePriceFen: input.referencePriceFen,
      assetType: input.assetType,
      round: input.round ?? (input.previousStartingPriceFen !== undefined ? 2 : 1),
      ...opt("previousStartingPriceFen"),
      ...opt("startingPriceFen"),
      ...opt("announcementDate"),
      ...opt("auctionStartDate"),
      ...opt("failedOn"),
      ...opt("round2Floor"),
    },
    cal,
    periods,
  );
}
