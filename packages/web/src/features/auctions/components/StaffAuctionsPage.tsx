// The court's auctions (staff): every lot of every case of the officer's court, filtered by status,
// linking to the case's 拍卖 tab. Times follow the server's clock (serverNow).
import { useState } from "react";
import { Card, Segmented, Table, Typography } from "antd";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { Lot, LotSummary } from "../../../api/types";
import { Money } from "../../../components/Money";
import { QueryState } from "../../../components/QueryState";
import { formatShanghaiDateTime } from "../../../lib/format";
import { useCourtLots } from "../hooks/useAuctions";
import { LotStatusTag } from "./LotStatusTag";

export const STAFF_LOT_FILTERS = ["all", "draft", "announced", "suspended", "sold", "failed", "defaulted", "cancelled"] as const;
type Filter = (typeof STAFF_LOT_FILTERS)[number];

export function StaffLotTable({ items }: { items: LotSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table<LotSummary>
      rowKey="id"
      size="small"
      data-testid="staff-lot-list"
      dataSource={items}
      pagination={false}
      scroll={{ x: true }}
      onRow={(l) => ({ "data-testid": "staff-lot-row", "data-lot-id": l.id, "data-status": l.status }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t("auction.staff.lotTitle"), dataIndex: "title", render: (v: string, l) => <Link to={`/staff/cases/${l.caseId}`}>{v}</Link> },
        { title: t("auction.courtLots.caseNumber"), dataIndex: "caseNumber", render: (v: string | null) => v ?? "—" },
        { title: t("auction.staff.phase"), dataIndex: "phase", render: (v: LotSummary["phase"]) => <LotStatusTag status={v} /> },
        { title: t("auction.startingPrice"), dataIndex: "startingPriceFen", align: "right", render: (v: number) => <Money fen={v} unit={t("common.yuan")} /> },
        { title: t("auction.currentPrice"), dataIndex: "priceFen", align: "right", render: (v: number | null) => (v === null ? "—" : <Money fen={v} unit={t("common.yuan")} />) },
        { title: t("auction.startAt"), dataIndex: "startAt", render: (v: string) => formatShanghaiDateTime(v).slice(0, 16) },
        { title: t("auction.endAt"), dataIndex: "endAt", render: (v: string) => formatShanghaiDateTime(v).slice(0, 16) },
        { title: t("auction.bidCount"), dataIndex: "bidCount", align: "right" },
      ]}
    />
  );
}

export default function StaffAuctionsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Filter>("all");
  const query = useCourtLots({ status: status as Lot["status"] | "all", pageSize: 100 });
  return (
    <Card data-testid="staff-auctions">
      <Typography.Title level={4}>{t("auction.courtLots.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("auction.courtLots.intro")}</Typography.Paragraph>
      <Segmented<Filter>
        value={status}
        onChange={setStatus}
        style={{ marginBottom: 12 }}
        data-testid="staff-lot-filter"
        options={STAFF_LOT_FILTERS.map((s) => ({ value: s, label: s === "all" ? t("auction.filterAll") : t(`auction.courtLots.status.${s}`) }))}
      />
      <QueryState query={query} rows={6}>
        {(d) => (
          <>
            <StaffLotTable items={d.items} />
            <Typography.Text type="secondary" style={{ display: "block", marginTop: 8 }} data-testid="staff-lot-total">
              {t("auction.courtLots.total", { count: d.total, now: formatShanghaiDateTime(d.serverNow).slice(0, 16) })}
            </Typography.Text>
          </>
        )}
      </QueryState>
    </Card>
  );
}
