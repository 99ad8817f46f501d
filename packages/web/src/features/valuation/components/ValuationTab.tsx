// The case page's 参考价 / Valuation tab (参考价规定(2018)): the controlled assets still to be valued with
// the 30-day start clock (art 1) and Start for the handler or division head; the case's valuations
// (asset, method, status, price, validity); one valuation opened in place.
import { useState } from "react";
import { Button, Card, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { citeSource } from "@zhixing/domain";
import type { CaseDetail, CaseValuations, User, ValuationSummary } from "../../../api/types";
import { CitationList } from "../../../components/CitationText";
import { Money } from "../../../components/Money";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";
import { DaysLeft } from "../../case/components/DaysLeft";
import { mayHandle } from "../../case/mayAct";
import { assetTypeLabel } from "../../measures/labels";
import { useCaseValuations } from "../hooks/useValuations";
import { StartValuationModal } from "./MethodModals";
import { ValuationPanel } from "./ValuationPanel";
import { ValuationStatusTag } from "./ValuationTags";

/** The server's OPEN_CASE_STATUSES: a valuation starts and moves only while the case is open. */
const OPEN = new Set(["registered", "assigned", "inProgress"]);

export function ValuationList({
  data,
  canStart,
  onOpen,
  onStart,
}: {
  data: CaseValuations;
  canStart: boolean;
  onOpen: (id: string) => void;
  onStart: (assetId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const typeOf = (type: string) => {
    const l = assetTypeLabel(type);
    return l ? loc(l) : type;
  };
  return (
    <>
      {data.pending.length > 0 ? (
        <Card size="small" title={t("valuation.list.pendingTitle")} style={{ marginBottom: 12 }} data-testid="valuation-pending">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t("valuation.list.pendingHelp", { basis: formatCitation(citeSource("referencePrice", "art 1"), i18n.language) })}
          </Typography.Paragraph>
          <Table
            rowKey="assetId"
            size="small"
            pagination={false}
            scroll={{ x: 720 }}
            dataSource={data.pending}
            onRow={(p) => ({ "data-testid": "valuation-pending-row", "data-overdue": String(p.overdue) }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("valuation.list.asset"), key: "asset", render: (_, p) => `${typeOf(p.assetType)} · ${p.description}` },
              { title: t("valuation.header.controlDate"), dataIndex: "controlDate", render: (d: string) => <span className="num">{formatDate(d)}</span> },
              {
                title: t("valuation.header.startDue"),
                key: "due",
                render: (_, p) => (
                  <span data-testid="pending-start-due">
                    <span className={p.overdue ? "overdue num" : "num"}>{formatDate(p.startDue)}</span>
                    {p.overdue ? (
                      <Tag color="error" style={{ marginLeft: 6 }} data-testid="tag-overdue">
                        {t("valuation.clocks.overdue")}
                      </Tag>
                    ) : null}
                    <span style={{ marginLeft: 6 }}>
                      <DaysLeft days={p.daysLeft} overdue={p.overdue} />
                    </span>
                    <CitationList items={p.basis.slice(0, 1)} />
                  </span>
                ),
              },
              ...(canStart
                ? [
                    {
                      title: t("common.actions"),
                      key: "start",
                      render: (_: unknown, p: CaseValuations["pending"][number]) => (
                        <Button size="small" type="primary" onClick={() => onStart(p.assetId)} data-testid="valuation-start">
                          {t("valuation.start.submit")}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      ) : null}
      <Card size="small" title={t("valuation.title")} data-testid="valuation-list">
        <Table<ValuationSummary>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 820 }}
          dataSource={data.items}
          locale={{ emptyText: <EmptyState text={t("valuation.list.none")} /> }}
          onRow={(v) => ({ "data-testid": "valuation-row", "data-status": v.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t("valuation.list.asset"), key: "asset", render: (_, v) => `${typeOf(v.asset.type)} · ${v.asset.description}` },
            { title: t("valuation.list.method"), key: "method", render: (_, v) => loc(v.methodLabel) },
            { title: t("valuation.list.status"), dataIndex: "status", render: (_: string, v) => <ValuationStatusTag status={v.status} /> },
            { title: t("valuation.list.price"), dataIndex: "referencePriceFen", align: "right", render: (f: number | null) => (f === null ? "—" : <Money fen={f} />) },
            { title: t("valuation.list.fixedDate"), dataIndex: "priceFixedDate", render: (d: string | null) => <span className="num">{formatDate(d)}</span> },
            { title: t("valuation.list.validUntil"), dataIndex: "validUntil", render: (d: string | null) => <span className="num">{formatDate(d)}</span> },
            { title: t("valuation.header.startedDate"), dataIndex: "startedDate", render: (d: string) => <span className="num">{formatDate(d)}</span> },
            {
              title: t("common.actions"),
              key: "open",
              render: (_, v) => (
                <Button size="small" onClick={() => onOpen(v.id)} data-testid="valuation-open">
                  {t("valuation.list.open")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

export function ValuationTab({ detail, user }: { detail: CaseDetail; user: User }) {
  const query = useCaseValuations(detail.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [starting, setStarting] = useState<string | null>(null);
  const canStart = mayHandle(user, detail) && OPEN.has(detail.status);
  if (selected) return <ValuationPanel id={selected} parties={detail.parties} onBack={() => setSelected(null)} />;
  return (
    <div data-testid="valuation-tab">
      <QueryState query={query} rows={6}>
        {(data) => (
          <>
            <ValuationList data={data} canStart={canStart} onOpen={setSelected} onStart={setStarting} />
            {canStart ? (
              <StartValuationModal
                caseId={detail.id}
                pending={data.pending}
                assetId={starting ?? undefined}
                open={starting !== null}
                onClose={() => setStarting(null)}
                onStarted={(v) => setSelected(v.id)}
              />
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
