import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { BidHistoryItem, PublicLot, User } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { EmptyState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatFen, formatShanghaiDateTime } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { useBidHistory, useMyRegistration } from "../hooks/useAuctions";
import { useLiveLot, useServerNow } from "../hooks/useLiveLot";
import { phaseAt } from "../lib";
import type { LiveMode } from "../live";
import { BidHistory } from "./BidHistory";
import { BidderPanel, mayBid } from "./BidderPanel";
import { Countdown } from "./Countdown";
import { FIGURE_BASIS, LotFigures } from "./LotFigures";
import { LotStatusTag } from "./LotStatusTag";

/** Keeps long text (notices, descriptions) in its lines and inside a phone's width. */
const prose: React.CSSProperties = { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 };

function LiveBadge({ mode }: { mode: LiveMode }) {
  const { t } = useTranslation();
  return (
    <Tag color={mode === "stream" ? "green" : mode === "polling" ? "gold" : "default"} data-testid="lot-live-mode" data-mode={mode}>
      {t(`auction.live.${mode}`)}
    </Tag>
  );
}

/**
 * A lot's public page: the price and the countdown (following extensions live), the figures with their
 * articles, the bidder's panel, the notice, the property (masked by the server), the documents and the
 * bid history by alias.
 */
export function LotView({ lot, user, history: initialHistory }: { lot: PublicLot; user: User | null | undefined; history?: BidHistoryItem[] }) {
  const { t, i18n } = useTranslation();
  const label = useLocalized();
  const { live: liveState, offsetMs, mode, push } = useLiveLot(lot.id, lot.live);
  const live = liveState ?? lot.live;
  const now = useServerNow(offsetMs);
  const phase = phaseAt(live, now);
  const bids = useBidHistory(lot.id);
  const history = bids.data?.items ?? initialHistory ?? [];
  // The bidder's own rows are marked in the history (the same query as the bidder's panel).
  const mine = useMyRegistration(lot.id, !!user && mayBid(user));
  const yuan = t("common.yuan");
  const zh = i18n.language.startsWith("zh");

  const priceCard = (
    <Card size="small" data-testid="lot-price-card">
      <Space orientation="vertical" size={4} style={{ width: "100%" }}>
        <Space wrap size={4}>
          <LotStatusTag status={phase} />
          <LiveBadge mode={mode} />
        </Space>
        {live.suspension ? (
          // 网拍规定 art 28 para 3: the suspension and its reason, announced on the platform; no bids meanwhile.
          <Alert type="warning" showIcon data-testid="lot-suspended" title={t("auction.live.suspended", { reason: live.suspension.reason })} />
        ) : null}
        <div style={{ fontSize: 13, color: "rgba(0,0,0,0.55)" }}>{live.priceFen !== null ? t("auction.currentPrice") : t("auction.startingPrice")}</div>
        <div style={{ fontSize: 28, fontWeight: 700, color: "#cf1322" }} data-testid="lot-price" data-price-fen={live.priceFen ?? ""}>
          <Money fen={live.priceFen ?? live.startingPriceFen} unit={yuan} />
        </div>
        {live.leaderAlias && phase !== "failed" ? (
          <div data-testid="lot-leader">{t("common.labelValue", { label: phase === "sold" ? t("auction.result.buyer") : t("auction.leader"), value: live.leaderAlias })}</div>
        ) : null}
        <Countdown live={live} phase={phase} nowMs={now} />
        {phase === "bidding" || phase === "upcoming" ? (
          <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>
            {t("auction.rules.extension", { minutes: lot.rules.extensionMinutes })}
            <CitationList items={[FIGURE_BASIS.extension]} />
          </div>
        ) : null}
        {lot.result ? (
          <div data-testid="lot-result" data-result={lot.result.kind}>
            <Typography.Text strong>
              {lot.result.kind === "sold"
                ? t("auction.result.sold", { price: formatFen(lot.result.priceFen), alias: lot.result.buyerAlias ?? "—" })
                : t("auction.result.failed")}
            </Typography.Text>
            {lot.result.kind === "sold" && lot.result.buyerName ? (
              <div>{t("common.labelValue", { label: t("auction.result.buyer"), value: lot.result.buyerName })}</div>
            ) : null}
            <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }}>{formatShanghaiDateTime(lot.result.endedAt).slice(0, 16)}</div>
          </div>
        ) : null}
      </Space>
    </Card>
  );

  return (
    <div data-testid="lot-page" data-lot-id={lot.id}>
      <Typography.Title level={3} style={{ marginTop: 0, overflowWrap: "anywhere" }} data-testid="lot-title">
        {lot.title}
      </Typography.Title>
      <Space wrap size={4} style={{ marginBottom: 12 }}>
        <Tag>{label(lot.assetTypeLabel)}</Tag>
        {lot.round > 1 ? <Tag color="purple">{t("auction.round2")}</Tag> : null}
        <span style={{ color: "rgba(0,0,0,0.55)" }}>
          {zh ? lot.court.name : lot.court.nameEn}
          {lot.caseNumber ? ` · ${lot.caseNumber}` : ""}
        </span>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={{ span: 9, order: 2 }}>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            {priceCard}
            <BidderPanel lot={lot} live={live} phase={phase} user={user} history={history} onAnswer={(r) => push(r.live)} />
          </Space>
        </Col>
        <Col xs={24} lg={{ span: 15, order: 1 }} style={{ minWidth: 0 }}>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            <LotFigures lot={lot} live={live} />
            <Card size="small" title={t("auction.history")}>
              <BidHistory items={history} myAlias={mine.data?.alias ?? null} />
            </Card>
            <Card size="small" title={t("auction.notice")} data-testid="lot-notice">
              <p style={prose}>{lot.noticeText}</p>
            </Card>
            <Card size="small" title={t("auction.description")} data-testid="lot-description">
              <p style={prose}>{lot.description}</p>
              <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
                <Descriptions.Item label={t("auction.assetType")}>{label(lot.asset.label)}</Descriptions.Item>
                {lot.asset.identifier ? <Descriptions.Item label={t("auction.identifier")}><span style={{ overflowWrap: "anywhere" }}>{lot.asset.identifier}</span></Descriptions.Item> : null}
                {lot.asset.holder ? <Descriptions.Item label={t("auction.holder")}>{lot.asset.holder}</Descriptions.Item> : null}
                {lot.respondents.length ? (
                  <Descriptions.Item label={t("auction.respondents")}>
                    <span data-testid="lot-respondents">{lot.respondents.map((r) => r.name).join(t("common.listSep"))}</span>
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Card size="small" title={t("auction.documents")} data-testid="lot-documents">
              {lot.documents.length === 0 ? (
                <EmptyState text={t("auction.noDocuments")} />
              ) : (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {lot.documents.map((d, i) => (
                    <li key={i} data-testid="lot-document" style={{ overflowWrap: "anywhere" }}>
                      {d.url ? (
                        <a href={d.url} target="_blank" rel="noreferrer noopener">
                          {d.title}
                        </a>
                      ) : (
                        d.title
                      )}{" "}
                      <Tag>{t(`auction.documentKind.${d.kind}`, { defaultValue: d.kind })}</Tag>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card size="small" title={t("auction.rules.title")}>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                <li>{t("auction.rules.minimum", { hours: lot.rules.biddingMinimumHours })}</li>
                <li>{t("auction.rules.extension", { minutes: lot.rules.extensionMinutes })}</li>
                <li>{t("auction.rules.refund")}</li>
              </ul>
              <CitationList items={[FIGURE_BASIS.biddingMinimum, FIGURE_BASIS.refund]} />
            </Card>
          </Space>
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        <Link to="/auctions">{t("auction.backToList")}</Link>
      </div>
    </div>
  );
}
