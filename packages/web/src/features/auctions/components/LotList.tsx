import { Card, Col, Row, Space, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { PublicLotSummary } from "../../../api/types";
import { Money } from "../../../components/Money";
import { formatShanghaiDateTime } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { clockText, countdownParts, phaseAt } from "../lib";
import { LotStatusTag } from "./LotStatusTag";

/** One lot in the public list: title, court, status, price, and the time to its start or end. */
export function LotCard({ lot, nowMs }: { lot: PublicLotSummary; nowMs: number }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const phase = phaseAt(lot, nowMs);
  const to = phase === "upcoming" ? Date.parse(lot.startAt) : phase === "bidding" ? Date.parse(lot.endAt) : null;
  const p = to !== null ? countdownParts(to - nowMs) : null;
  return (
    <Card size="small" hoverable data-testid="lot-card" data-lot-id={lot.id} data-status={phase} styles={{ body: { padding: 12 } }}>
      <Link to={`/auctions/${lot.id}`} data-testid="lot-link" style={{ color: "inherit", display: "block" }}>
        <Typography.Text strong style={{ display: "block", overflowWrap: "anywhere" }}>
          {lot.title}
        </Typography.Text>
        <Space wrap size={4} style={{ margin: "6px 0" }}>
          <LotStatusTag status={phase} />
          <Tag>{label(lot.assetTypeLabel)}</Tag>
          {lot.round > 1 ? <Tag color="purple">{t("auction.round2")}</Tag> : null}
        </Space>
        <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{i18n.language.startsWith("zh") ? lot.court.name : lot.court.nameEn}</div>
        <div style={{ marginTop: 6 }}>
          <span style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{lot.priceFen !== null ? t("auction.currentPrice") : t("auction.startingPrice")} </span>
          <span style={{ color: "#cf1322", fontWeight: 600, fontSize: 18 }}>
            <Money fen={lot.priceFen ?? lot.startingPriceFen} unit={t("common.yuan")} />
          </span>
        </div>
        <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }} data-testid="lot-card-time">
          {p ? (
            <>
              {t(phase === "upcoming" ? "auction.countdown.toStart" : "auction.countdown.toEnd")}{" "}
              <span className="num" style={{ textAlign: "left" }}>
                {p.days ? t("auction.countdown.days", { count: p.days }) : ""}
                {clockText(p)}
              </span>
            </>
          ) : (
            t("common.labelValue", { label: t("auction.endAt"), value: formatShanghaiDateTime(lot.endAt).slice(0, 16) })
          )}
          {" · "}
          {t("auction.bidCountN", { count: lot.bidCount })}
        </div>
      </Link>
    </Card>
  );
}

export function LotGrid({ items, nowMs }: { items: PublicLotSummary[]; nowMs: number }) {
  return (
    <Row gutter={[12, 12]} data-testid="lot-list">
      {items.map((l) => (
        <Col key={l.id} xs={24} sm={12} lg={8}>
          <LotCard lot={l} nowMs={nowMs} />
        </Col>
      ))}
    </Row>
  );
}
