import { Card, Descriptions, Table, Tag } from "antd";
import { CheckCircleTwoTone, ClockCircleOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { CaseDetail, CaseDuty } from "../../../api/types";
import { EmptyState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { formatDate } from "../../../lib/format";
import { PartyCard } from "./PartyCard";
import { PreservationCard } from "./PreservationCard";

export function CaseOverview({ detail, canReveal }: { detail: CaseDetail; canReveal: boolean }) {
  const { t } = useTranslation();
  const b = detail.basis;
  return (
    <>
      <Card title={t("case.parties")} size="small" style={{ marginBottom: 16 }}>
        {detail.parties.length === 0 ? (
          <EmptyState />
        ) : (
          detail.parties.map((p) => <PartyCard key={p.id} caseId={detail.id} party={p} canReveal={canReveal} />)
        )}
      </Card>
      {detail.preservation ? (
        <PreservationCard preservation={detail.preservation} rightType={detail.rightType} />
      ) : (
      <Card title={t("case.basis")} size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="case-basis">
          <Descriptions.Item label={t("basis.issuingCourt")}>{b.issuingCourt}</Descriptions.Item>
          <Descriptions.Item label={t("basis.documentNumber")}>{b.documentNumber}</Descriptions.Item>
          <Descriptions.Item label={t("basis.effectiveDate")}>{formatDate(b.effectiveDate)}</Descriptions.Item>
          <Descriptions.Item label={t("basis.performanceDeadline")}>{formatDate(b.performanceDeadline)}</Descriptions.Item>
          <Descriptions.Item label={t("basis.rightType")}>{t(`rightType.${b.rightType}`)}</Descriptions.Item>
          <Descriptions.Item label={t("basis.limitationExpires")}>{formatDate(b.limitationExpires)}</Descriptions.Item>
          {b.instalments && b.instalments.length > 0 ? (
            <Descriptions.Item label={t("basis.instalments")} span="filled">
              {b.instalments.map((i) => (
                <div key={`${i.dueDate}-${i.amountFen}`}>
                  {formatDate(i.dueDate)} · <Money fen={i.amountFen} unit={t("common.yuan")} />
                </div>
              ))}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      )}
      <Card title={t("case.duties")} size="small">
        <Table<CaseDuty>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail.duties}
          data-testid="duties-table"
          scroll={{ x: 800 }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            { title: t("duty.kind"), dataIndex: "kind", width: 100, render: (v: CaseDuty["kind"]) => t(`dutyKind.${v}`) },
            { title: t("duty.category"), dataIndex: "category", width: 140, render: (v: string) => t(`dutyCategory.${v}`) },
            { title: t("duty.description"), dataIndex: "description" },
            {
              title: t("duty.amount"),
              dataIndex: "amountFen",
              align: "right",
              width: 160,
              render: (v: number | null) => (v === null ? "—" : <Money fen={v} />),
            },
            { title: t("duty.proofRequired"), dataIndex: "proofRequired", render: (v: string | null) => v ?? "—" },
            {
              title: t("duty.done"),
              key: "done",
              width: 200,
              render: (_, d) =>
                d.done ? (
                  <Tag icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} color="success" title={d.evidence ?? undefined}>
                    {t("duty.doneOn", { date: formatDate(d.doneDate) })}
                  </Tag>
                ) : (
                  <Tag icon={<ClockCircleOutlined />}>{t("duty.notDone")}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
