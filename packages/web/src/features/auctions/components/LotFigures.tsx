import type { ReactNode } from "react";
import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { AUCTION_DURATIONS, DEPOSIT_BASIS, STARTING_PRICE_BASIS, citeSource } from "@zhixing/domain";
import type { Citation, LiveLot, PublicLot } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatCitation, formatShanghaiDateTime } from "../../../lib/format";

/** The article behind each figure of a lot's page. */
export const FIGURE_BASIS = {
  startingPrice: (round: number): Citation => STARTING_PRICE_BASIS[round === 2 ? 2 : 1],
  deposit: DEPOSIT_BASIS,
  increment: citeSource("onlineAuction", "art 20 para 1"),
  extension: AUCTION_DURATIONS.extension.basis,
  biddingMinimum: AUCTION_DURATIONS.biddingMinimum.basis,
  refund: AUCTION_DURATIONS.depositRefund.basis,
} as const;

function Cited({ children, basis, testId }: { children: ReactNode; basis: Citation | Citation[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  const list = Array.isArray(basis) ? basis : [basis];
  return (
    <div data-testid={testId}>
      <div>{children}</div>
      <div className="citation" style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }} data-testid="figure-basis">
        {list.map((c) => formatCitation(c, i18n.language)).join(t("common.citationSep"))}
      </div>
    </div>
  );
}

/** The lot's figures — prices, deposit, increment, times — each with the article it rests on. */
export function LotFigures({ lot, live }: { lot: PublicLot; live: LiveLot }) {
  const { t, i18n } = useTranslation();
  const yuan = t("common.yuan");
  const time = (iso: string) => <span className="num" style={{ textAlign: "left" }}>{formatShanghaiDateTime(iso).slice(0, 16)}</span>;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} data-testid="lot-figures" styles={{ label: { width: 120 } }}>
      <Descriptions.Item label={t("auction.startingPrice")}>
        <Cited basis={FIGURE_BASIS.startingPrice(lot.round)} testId="figure-starting-price">
          <Money fen={lot.startingPriceFen} unit={yuan} />
        </Cited>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.deposit")}>
        <Cited basis={FIGURE_BASIS.deposit} testId="figure-deposit">
          <Money fen={lot.depositFen} unit={yuan} />
        </Cited>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.increment")}>
        <Cited basis={FIGURE_BASIS.increment} testId="figure-increment">
          <Money fen={lot.incrementFen} unit={yuan} />
        </Cited>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.referencePrice")}>
        <div data-testid="figure-reference">
          <Money fen={lot.referencePriceFen} unit={yuan} />
          <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)", overflowWrap: "anywhere" }}>
            {lot.referenceSource === "valuation" ? t("auction.referenceFromValuation") : t("auction.referenceFromDocument", { doc: lot.referenceDocument ?? "—" })}
          </div>
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.startAt")}>
        <Cited basis={lot.rules.basis.length ? lot.rules.basis : FIGURE_BASIS.biddingMinimum}>{time(live.startAt)}</Cited>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.endAt")}>
        <Cited basis={FIGURE_BASIS.extension} testId="figure-end">
          {time(live.endAt)}
          {live.extended ? (
            <div style={{ fontSize: 12 }} data-testid="figure-scheduled-end">
              {t("common.labelValue", { label: t("auction.scheduledEnd"), value: formatShanghaiDateTime(live.scheduledEndAt).slice(0, 16) })}
            </div>
          ) : null}
        </Cited>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.bidCount")}>
        <span className="num" data-testid="figure-bid-count">{live.bidCount}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t("auction.court")}>{i18n.language.startsWith("zh") ? lot.court.name : lot.court.nameEn}</Descriptions.Item>
    </Descriptions>
  );
}
