import { Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { CHANGE_KIND_INFO, REPORT_CATEGORY_INFO, type ChangeKind, type PropertyReport, type ReportCategory } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";
import { useLocalized } from "../../../lib/useLocalized";

/** The items and changes of one property report. */
export function ReportItemsTable({ report }: { report: PropertyReport }) {
  const { t } = useTranslation();
  const label = useLocalized();
  const catLabel = (c: string) => (c in REPORT_CATEGORY_INFO ? label(REPORT_CATEGORY_INFO[c as ReportCategory].label) : c);
  const kindLabel = (k: string) => (k in CHANGE_KIND_INFO ? label(CHANGE_KIND_INFO[k as ChangeKind].label) : k);
  return (
    <>
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={report.items}
        scroll={{ x: 720 }}
        locale={{ emptyText: <EmptyState text={t("report.noItems")} /> }}
        data-testid="report-items"
        columns={[
          { title: t("report.category"), dataIndex: "category", width: 160, render: (v: string) => catLabel(v) },
          { title: t("report.description"), dataIndex: "description" },
          { title: t("report.holder"), dataIndex: "holder", render: (v: string | null) => v ?? "—" },
          { title: t("report.identifier"), dataIndex: "identifier", render: (v: string | null, r) => (
            <>
              {v ?? "—"}
              {r.assetId ? <Tag style={{ marginLeft: 6 }}>{t("report.asAsset")}</Tag> : null}
            </>
          ) },
          { title: t("report.value"), dataIndex: "valueFen", align: "right", width: 150, render: (v: number | null) => (v === null ? "—" : <Money fen={v} />) },
        ]}
      />
      {report.transfers.length > 0 ? (
        <Table
          rowKey={(_, i) => String(i)}
          size="small"
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={report.transfers}
          scroll={{ x: 640 }}
          data-testid="report-transfers"
          columns={[
            { title: t("report.changeKind"), dataIndex: "kind", width: 200, render: (v: string) => kindLabel(v) },
            { title: t("report.transferDate"), dataIndex: "date", width: 120, render: (v: string) => <span className="num">{formatDate(v)}</span> },
            { title: t("report.description"), dataIndex: "description" },
            { title: t("report.amount"), dataIndex: "amountFen", align: "right", width: 150, render: (v: number | null) => (v === null ? "—" : <Money fen={v} />) },
          ]}
        />
      ) : null}
    </>
  );
}
