import { useState } from "react";
import { Button, Card, Space, Table, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { CaseDetail, Lot, LotSummary, User } from "../../../api/types";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatShanghaiDateTime } from "../../../lib/format";
import { mayHandle } from "../../case/mayAct";
import { useAssets, useRegister } from "../../measures/hooks/useMeasures";
import { useCaseLots } from "../hooks/useAuctions";
import { LotForm } from "./LotForm";
import { LotManagement } from "./LotManagement";
import { LotStatusTag } from "./LotStatusTag";

const time = (iso: string) => formatShanghaiDateTime(iso).slice(0, 16);

/** 拍卖 tab of the case page: the case's lots, a new lot from a controlled asset, and the chosen lot's management. */
export function AuctionsTab({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const query = useCaseLots(detail.id);
  const canAct = mayHandle(user, detail);
  const canCreate = canAct && detail.status === "inProgress";
  const [selected, setSelected] = useState<string | null>(null);
  const [form, setForm] = useState<{ previous: Lot | null } | null>(null);
  const assets = useAssets(detail.id);
  const register = useRegister(detail.id);
  const current = selected ?? query.data?.items.at(-1)?.id ?? null;

  return (
    <div data-testid="auctions-tab">
      {canCreate ? (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ previous: null })} data-testid="lot-new">
            {t("auction.staff.new")}
          </Button>
        </Space>
      ) : null}
      <QueryState query={query} rows={4}>
        {(d) => (
          <Table<LotSummary>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.items}
            scroll={{ x: 900 }}
            data-testid="lots-table"
            locale={{ emptyText: <EmptyState text={t("auction.staff.none")} /> }}
            rowClassName={(l) => (l.id === current ? "ant-table-row-selected" : "")}
            onRow={(l) =>
              ({
                "data-testid": "lot-row",
                "data-lot-id": l.id,
                "data-phase": l.phase,
                onClick: () => setSelected(l.id),
                style: { cursor: "pointer" },
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: t("auction.staff.lotTitle"), dataIndex: "title", render: (v: string, l) => <span>{v}{l.round > 1 ? ` · ${t("auction.round2")}` : ""}</span> },
              { title: t("auction.staff.phase"), dataIndex: "phase", width: 130, render: (p: LotSummary["phase"]) => <LotStatusTag status={p} /> },
              { title: t("auction.startingPrice"), dataIndex: "startingPriceFen", align: "right", width: 140, render: (v: number) => <Money fen={v} /> },
              { title: t("auction.currentPrice"), dataIndex: "priceFen", align: "right", width: 140, render: (v: number | null) => (v === null ? "—" : <Money fen={v} />) },
              { title: t("auction.startAt"), dataIndex: "startAt", width: 140, render: (v: string) => <span className="num">{time(v)}</span> },
              { title: t("auction.endAt"), dataIndex: "endAt", width: 140, render: (v: string) => <span className="num">{time(v)}</span> },
              { title: t("auction.bidCount"), dataIndex: "bidCount", width: 80, align: "right" },
            ]}
          />
        )}
      </QueryState>
      {current ? (
        <Card size="small" style={{ marginTop: 16 }}>
          <LotManagement lotId={current} detail={detail} canAct={canAct} onReauction={(lot) => setForm({ previous: lot })} />
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t("auction.staff.intro")}
        </Typography.Paragraph>
      )}
      {form ? (
        <LotForm
          open
          detail={detail}
          assets={assets.data?.items ?? []}
          measures={register.data?.measures ?? []}
          previous={form.previous}
          onClose={() => setForm(null)}
          onCreated={(lot) => setSelected(lot.id)}
        />
      ) : null}
    </div>
  );
}
