import { Alert, Descriptions, Grid } from "antd";
import { useTranslation } from "react-i18next";
import type { AuctionCalcResult, AuctionScheduleDate, Citation } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatCitation } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";

function Basis({ items }: { items: Citation[] }) {
  const { t, i18n } = useTranslation();
  if (!items.length) return null;
  return (
    <div className="citation" style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }} data-testid="figure-basis">
      {t("common.labelValue", { label: t("common.basis"), value: items.map((c) => formatCitation(c, i18n.language)).join(t("common.citationSep")) })}
    </div>
  );
}

function DateFigure({ d, note, testId }: { d: AuctionScheduleDate; note?: string; testId: string }) {
  return (
    <div data-testid={testId} data-date={d.date}>
      <strong className="num" style={{ textAlign: "left" }}>{d.date}</strong>
      {note ? <span style={{ marginLeft: 6, fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{note}</span> : null}
      <Basis items={d.basis} />
    </div>
  );
}

/** The calculator's answer: minimum starting price, deposit range and the dates, each with its article. */
export function AuctionCalcFigures({ r, vertical: verticalProp }: { r: AuctionCalcResult; vertical?: boolean }) {
  const { t } = useTranslation();
  // Phones and narrow panels: labels above the figures, so the citations get the full width.
  const screens = Grid.useBreakpoint();
  const vertical = verticalProp ?? screens.md === false;
  const label = useLocalized();
  const yuan = t("common.yuan");
  const s = r.schedule;
  return (
    <div data-testid="auction-calc-figures">
      {s?.provisional ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t("auction.calc.provisional")} data-testid="auction-calc-provisional" /> : null}
      <Descriptions bordered size="small" column={1} layout={vertical ? "vertical" : "horizontal"} styles={vertical ? undefined : { label: { width: 150 } }}>
        <Descriptions.Item label={t("auction.calc.minimumStartingPrice")}>
          <div data-testid="auction-calc-minimum" data-fen={r.minimumStartingPrice.amountFen}>
            <strong>
              <Money fen={r.minimumStartingPrice.amountFen} unit={yuan} />
            </strong>
            <div style={{ fontSize: 12 }}>{label(r.minimumStartingPrice.rule)}</div>
            <Basis items={r.minimumStartingPrice.basis} />
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t("auction.calc.depositRange")}>
          <div data-testid="auction-calc-deposit" data-min-fen={r.deposit.minFen} data-max-fen={r.deposit.maxFen}>
            <strong>
              <Money fen={r.deposit.minFen} /> – <Money fen={r.deposit.maxFen} unit={yuan} />
            </strong>
            <div style={{ fontSize: 12 }}>
              {t("auction.calc.depositOf")}
              <Money fen={r.deposit.startingPriceFen} unit={yuan} />
            </div>
            <Basis items={r.deposit.basis} />
          </div>
        </Descriptions.Item>
        {s ? (
          <>
            <Descriptions.Item label={t("auction.calc.announcementDate")}>
              {s.given === "auctionStartDate" ? (
                <DateFigure d={s.announcement} note={t("auction.calc.latestAnnouncement", { n: s.announcement.period.n })} testId="auction-calc-announcement" />
              ) : (
                <div data-testid="auction-calc-announcement" data-date={s.announcementDate}>
                  <strong className="num" style={{ textAlign: "left" }}>{s.announcementDate}</strong>
                </div>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t("auction.calc.auctionStartDate")}>
              {s.given === "auctionStartDate" ? (
                <div data-testid="auction-calc-start" data-date={s.auctionStartDate}>
                  <strong className="num" style={{ textAlign: "left" }}>{s.auctionStartDate}</strong>
                </div>
              ) : (
                <DateFigure
                  d={{ ...s.announcement, date: s.auctionStartDate }}
                  note={t("auction.calc.earliestStart", { n: s.announcement.period.n, date: s.announcement.date })}
                  testId="auction-calc-start"
                />
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t("auction.calc.notifyPartiesBy")}>
              <DateFigure d={s.notifyPartiesBy} note={t("auction.calc.notifyNote", { n: s.notifyPartiesBy.period.n })} testId="auction-calc-notify" />
            </Descriptions.Item>
            <Descriptions.Item label={t("auction.calc.postUnreachableBy")}>
              <DateFigure
                d={s.postUnreachableBy}
                note={t("auction.calc.postNote", { n: s.postUnreachableBy.period.n, date: s.postUnreachableBy.deemedNotifiedOn })}
                testId="auction-calc-post"
              />
            </Descriptions.Item>
            {s.reauctionBy ? (
              <Descriptions.Item label={t("auction.calc.reauctionBy")}>
                <DateFigure d={s.reauctionBy} testId="auction-calc-reauction" />
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t("auction.calc.bidding")}>
              <div data-testid="auction-calc-bidding">
                {t("auction.rules.minimum", { hours: s.biddingMinimumHours })}
                <Basis items={s.basis.slice(-1)} />
              </div>
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
    </div>
  );
}
