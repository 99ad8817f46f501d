// What each method has produced so far: the agreement's submissions and its evaluation (art 4), the
// directed inquiry's institution and period (arts 5–6), and the online inquiry's platforms with each
// result and whether it counts toward the average (arts 10–13).
import { Card, Descriptions, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Valuation, ValuationPlatform } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { platformCount, platformResultFen, type PlatformCount } from "../valuation";

export function AgreementSection({ v }: { v: Valuation }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const a = v.agreement;
  if (!a) return null;
  const e = a.evaluation;
  return (
    <Card size="small" title={t("valuation.agreement.title")} style={{ marginBottom: 12 }} data-testid="valuation-agreement">
      <div style={{ marginBottom: 8 }}>
        <Tag color={e.status === "agreed" ? "success" : e.status === "failed" ? "error" : "processing"} data-testid="agreement-status">
          {t(`valuation.agreement.status.${e.status}`)}
        </Tag>
        {a.dueDate ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("valuation.agreement.due", { date: formatDate(a.dueDate) })}</span> : null}
      </div>
      {e.explanation ? <div>{loc(e.explanation)}</div> : null}
      <CitationList items={e.basis} />
      <Table
        rowKey="partyId"
        size="small"
        pagination={false}
        style={{ marginTop: 8 }}
        scroll={{ x: 560 }}
        dataSource={a.parties}
        onRow={(p) => ({ "data-testid": "agreement-party", "data-party-id": p.partyId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("valuation.agreement.party"), key: "party", render: (_, p) => `${t(`partyRole.${p.side}`)} · ${p.name}` },
          {
            title: t("valuation.agreement.price"),
            key: "price",
            align: "right",
            render: (_, p) => {
              const s = a.submissions.find((x) => x.partyId === p.partyId);
              return s ? <Money fen={s.priceFen} /> : <Typography.Text type="secondary">{e.waitingFor.includes(p.partyId) ? t("valuation.agreement.waiting") : "—"}</Typography.Text>;
            },
          },
          { title: t("valuation.agreement.submittedDate"), key: "date", render: (_, p) => <span className="num">{formatDate(a.submissions.find((x) => x.partyId === p.partyId)?.submittedDate)}</span> },
          { title: t("valuation.agreement.validUntil"), key: "valid", render: (_, p) => <span className="num">{formatDate(a.submissions.find((x) => x.partyId === p.partyId)?.validUntil)}</span> },
        ]}
      />
    </Card>
  );
}

export function DirectedSection({ v }: { v: Valuation }) {
  const { t } = useTranslation();
  const d = v.directedInquiry;
  if (!d) return null;
  return (
    <Card size="small" title={t("valuation.directed.title")} style={{ marginBottom: 12 }} data-testid="valuation-directed">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t("valuation.directed.institution")}>{d.institution ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("valuation.directed.due")}>
          <span className="num">{formatDate(d.dueDate)}</span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t("valuation.directed.noObjection")}
      </Typography.Text>
    </Card>
  );
}

const COUNT_COLOR: Record<PlatformCount, string> = {
  used: "success",
  counts: "success",
  excluded: "default",
  objected: "warning",
  defective: "warning",
  late: "error",
  waiting: "processing",
  notSent: "error",
  ended: "default",
};

/** Whether the platform's result enters the average (art 13), and why not. */
export function PlatformCountTag({ p, v }: { p: ValuationPlatform; v: Valuation }) {
  const { t } = useTranslation();
  const c = platformCount(p, v);
  return (
    <Tooltip title={t(`valuation.online.countHelp.${c}`)}>
      <Tag color={COUNT_COLOR[c]} data-testid="platform-count" data-count={c}>
        {t(`valuation.online.count.${c}`)}
      </Tag>
    </Tooltip>
  );
}

export function OnlineSection({ v }: { v: Valuation }) {
  const { t } = useTranslation();
  const o = v.online;
  if (!o) return null;
  return (
    <Card size="small" title={t("valuation.online.title")} style={{ marginBottom: 12 }} data-testid="valuation-online">
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
        <Descriptions.Item label={t("valuation.online.commissioned")}>
          <span className="num">{formatDate(o.commissionDate)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.online.due")}>
          <span className="num" data-testid="online-due">
            {formatDate(o.due)}
          </span>
          {o.extended ? (
            <Tag color="warning" style={{ marginLeft: 6 }} data-testid="online-extended">
              {t("valuation.online.extended")}
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.online.delivery")}>
          {o.delivery ? <span data-testid="online-delivery">{t(`valuation.online.deliveryState.${o.delivery}`, { defaultValue: o.delivery })}</span> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("valuation.online.review")}>
          {o.review ? t(`valuation.online.reviewState.${o.review}`, { defaultValue: o.review }) : "—"}
          {o.correctionNoticeDate ? <span style={{ fontVariantNumeric: "tabular-nums" }}>{t("common.paren", { text: t("valuation.online.correctionNotice", { date: formatDate(o.correctionNoticeDate) }) })}</span> : null}
        </Descriptions.Item>
      </Descriptions>
      <Table<ValuationPlatform>
        rowKey="platformId"
        size="small"
        pagination={false}
        scroll={{ x: 880 }}
        dataSource={o.platforms}
        data-testid="online-platforms"
        onRow={(p) => ({ "data-testid": "online-platform", "data-platform-id": p.platformId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("valuation.online.platform"), dataIndex: "name" },
          {
            title: t("valuation.online.received"),
            key: "received",
            render: (_, p) => (p.sendError ? <Typography.Text type="danger">{p.sendError}</Typography.Text> : <span className="num">{formatDate(p.receivedDate)}</span>),
          },
          { title: t("valuation.online.extensionRequest"), dataIndex: "extensionRequestDate", render: (d: string | null) => <span className="num">{formatDate(d)}</span> },
          { title: t("valuation.reports.reportDate"), dataIndex: "reportDate", render: (d: string | null) => <span className="num">{formatDate(d)}</span> },
          {
            title: t("valuation.online.result"),
            key: "result",
            align: "right",
            render: (_, p) => (
              <span data-testid="platform-result">
                <Money fen={platformResultFen(p)} />
                {p.correctedResultFen !== null ? <div style={{ fontSize: 12 }}>{t("valuation.online.correctedFrom", { date: formatDate(p.correctedDate) })}</div> : null}
              </span>
            ),
          },
          { title: t("valuation.online.countsHeader"), key: "count", render: (_, p) => <PlatformCountTag p={p} v={v} /> },
          { title: t("valuation.reports.reportNo"), dataIndex: "reportNo", render: (x: string | null) => x ?? "—" },
          { title: t("valuation.online.lastError"), dataIndex: "lastError", render: (x: string | null) => (x ? <Typography.Text type="warning">{x}</Typography.Text> : "—") },
        ]}
      />
    </Card>
  );
}
