import { useState } from "react";
import { App, Button, Card, Form, Input, InputNumber, Select, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseAsset, CaseDetail, User } from "../../../api/types";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatDate, formatShanghaiDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { compact } from "../../property/lib";
import { mayHandle } from "../../case/mayAct";
import type { MeasureInput } from "../api/measures";
import { useAssets, useCreateMeasure } from "../hooks/useMeasures";
import { assetTypeLabel, kindsFor, measureKindLabel } from "../labels";
import { AssetForm } from "./AssetForm";
import { MeasureExceptionFields } from "./MeasureExceptionFields";
import { QueuedBehindFields, queuedBehindOf } from "./QueuedBehindFields";

type Values = Omit<MeasureInput, "assetId" | "queuedBehind"> & { queued?: boolean; queuedBehind?: { court?: string; date?: string; expires?: string } };

/** The case's assets (from reports, clues, inquiries or entered by hand); the handler may take a measure on one. */
export function AssetsTable({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const label = useLocalized();
  const { message } = App.useApp();
  const query = useAssets(detail.id);
  const create = useCreateMeasure(detail.id);
  const showError = useApiError();
  const [asset, setAsset] = useState<CaseAsset | null>(null);
  const [adding, setAdding] = useState(false);
  const canAct = mayHandle(user, detail) && detail.status === "inProgress";
  const owner = (id: string | null) => detail.parties.find((p) => p.id === id)?.name ?? "—";

  return (
    <Card
      size="small"
      title={t("assets.title")}
      data-testid="assets"
      extra={
        canAct ? (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="asset-add">
            {t("assets.add")}
          </Button>
        ) : null
      }
    >
      <QueryState query={query} rows={3}>
        {(d) => (
          <Table<CaseAsset>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.items}
            scroll={{ x: 1000 }}
            data-testid="assets-table"
            locale={{ emptyText: <EmptyState text={t("assets.none")} /> }}
            onRow={(a) => ({ "data-testid": "asset-row", "data-asset-id": a.id, "data-source": a.source }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("assets.type"), dataIndex: "type", width: 130, render: (v: string) => { const l = assetTypeLabel(v); return l ? label(l) : v; } },
              { title: t("report.description"), dataIndex: "description" },
              { title: t("report.holder"), dataIndex: "holder", render: (v: string | null) => v ?? "—" },
              { title: t("report.identifier"), dataIndex: "identifier", render: (v: string | null) => v ?? "—" },
              { title: t("assets.owner"), dataIndex: "ownerPartyId", render: (v: string | null) => owner(v) },
              { title: t("report.value"), dataIndex: "valueFen", align: "right", width: 150, render: (v: number | null) => (v === null ? "—" : <Money fen={v} />) },
              {
                title: t("assets.source"),
                dataIndex: "source",
                width: 130,
                render: (v: CaseAsset["source"], a) => (
                  <>
                    <Tag>{t(`assets.sources.${v}`)}</Tag>
                    <span className="num" style={{ fontSize: 12 }}>{formatShanghaiDate(a.createdAt)}</span>
                  </>
                ),
              },
              ...(canAct
                ? [
                    {
                      title: t("common.actions"),
                      key: "actions",
                      width: 120,
                      render: (_: unknown, a: CaseAsset) =>
                        kindsFor(a.type).length > 0 && !a.exemptCategory ? (
                          <Button size="small" onClick={() => setAsset(a)} data-testid="asset-measure">
                            {t("assets.takeMeasure")}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      <FormModal<Values>
        open={asset !== null}
        title={t("assets.takeMeasureTitle", { asset: asset?.description ?? "" })}
        pending={create.isPending}
        initialValues={{ kind: asset ? kindsFor(asset.type)[0] : undefined, amountFen: asset?.valueFen ?? undefined, executedBy: user.displayName }}
        onClose={() => setAsset(null)}
        testId="measure-form"
        onSubmit={({ queued, queuedBehind, ...v }, form) =>
          create.mutate(compact({ ...v, assetId: asset!.id, queuedBehind: queuedBehindOf({ queued, queuedBehind }) }) as MeasureInput, {
            onSuccess: (m) => {
              message.success(
                m.rank === "queued"
                  ? t("measures.takenQueued", { kind: label(measureKindLabel(m.kind)) })
                  : t("measures.taken", { kind: label(measureKindLabel(m.kind)), expires: formatDate(m.expires) }),
              );
              setAsset(null);
            },
            onError: (e) => showError(e, form),
          })
        }
      >
        <Form.Item label={t("measures.kind")} name="kind" rules={[{ required: true, message: t("common.required") }]}>
          <Select data-testid="measure-kind" options={(asset ? kindsFor(asset.type) : []).map((k) => ({ value: k, label: label(measureKindLabel(k)) }))} />
        </Form.Item>
        <Form.Item label={t("measures.amount")} name="amountFen" rules={[{ required: true, message: t("common.amountInvalid") }]}>
          <YuanInput data-testid="measure-amount" />
        </Form.Item>
        <Form.Item label={t("measures.executedBy")} name="executedBy" rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input data-testid="measure-executedBy" />
        </Form.Item>
        <Form.Item label={t("measures.requestedMonths")} name="requestedMonths" extra={t("measures.requestedMonthsHelp")}>
          <InputNumber min={1} max={36} precision={0} style={{ width: "100%" }} data-testid="measure-months" />
        </Form.Item>
        <MeasureExceptionFields />
        <QueuedBehindFields />
      </FormModal>
      <AssetForm detail={detail} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
