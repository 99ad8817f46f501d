import { useState } from "react";
import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Table, Tag, Typography } from "antd";
import { AuditOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import {
  INQUIRY_PROVIDERS,
  type CaseDetail,
  type FreezeInput,
  type InquiryDetail,
  type InquiryInput,
  type InquiryProvider,
  type InquiryResult,
  type InquirySummary,
  type User,
} from "../../../api/types";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { Money } from "../../../components/Money";
import { YuanInput } from "../../../components/YuanInput";
import { formatShanghaiDateTime } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { mayHandle } from "../../case/mayAct";
import { compact } from "../../property/lib";
import { MeasureExceptionFields } from "../../measures/components/MeasureExceptionFields";
import { useFreezeResult } from "../../measures/hooks/useMeasures";
import { assetTypeLabel, kindsFor, measureKindLabel } from "../../measures/labels";
import { useInquiries, useInquiry, useRunInquiry } from "../hooks/useInquiries";

const PURPOSE_MIN = 10;
const STATUS_COLOR: Record<InquirySummary["status"], string> = { pending: "processing", done: "success", partial: "warning", failed: "error" };

/** Supervisors of a higher court query with a recorded reason; the handler and the division head of the case's court without. */
function inquiryFooting(user: User, detail: CaseDetail): "local" | "supervisor" | null {
  if (mayHandle(user, detail)) return "local";
  if (user.role === "supervisor" && user.courtId !== detail.courtId) return "supervisor";
  return null;
}

function Results({ detail, inquiry, canFreeze }: { detail: CaseDetail; inquiry: InquiryDetail; canFreeze: boolean }) {
  const { t } = useTranslation();
  const label = useLocalized();
  const { message } = App.useApp();
  const freeze = useFreezeResult(detail.id);
  const showError = useApiError();
  const [target, setTarget] = useState<InquiryResult | null>(null);
  const [frozen, setFrozen] = useState<Set<string>>(new Set());
  const found = inquiry.results.filter((r) => r.status === "found");
  const kindLabel = (r: InquiryResult) => {
    const k = r.assetType ? kindsFor(r.assetType)[0] : undefined;
    return k ? label(measureKindLabel(k)) : t("inquiry.control");
  };

  return (
    <div data-testid="inquiry-results" data-inquiry-id={inquiry.id}>
      <Space wrap style={{ marginBottom: 8 }}>
        {inquiry.providerOutcomes.map((o) => (
          <Tag key={o.provider} color={o.status === "found" ? "green" : o.status === "error" ? "red" : "default"} data-testid="provider-outcome" data-provider={o.provider} data-status={o.status}>
            {label(o.label)}: {o.status === "found" ? t("inquiry.foundN", { count: o.itemCount }) : t(`inquiry.outcome.${o.status}`)}
          </Tag>
        ))}
      </Space>
      {inquiry.masked ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t("inquiry.masked")} /> : null}
      <Table<InquiryResult>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={found}
        scroll={{ x: 1000 }}
        data-testid="inquiry-results-table"
        locale={{ emptyText: <EmptyState text={t("inquiry.nothingFound")} /> }}
        onRow={(r) => ({ "data-testid": "inquiry-result", "data-result-id": r.id, "data-asset-type": r.assetType ?? "" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("case.respondent"), key: "respondent", render: (_, r) => r.respondent?.name ?? "—" },
          {
            title: t("assets.type"),
            dataIndex: "assetType",
            width: 130,
            render: (v: string | null, r) => {
              const l = assetTypeLabel(v);
              const p = inquiry.providerOutcomes.find((o) => o.provider === r.provider);
              return l ? label(l) : p ? label(p.label) : (v ?? "—");
            },
          },
          { title: t("report.description"), dataIndex: "description", render: (v: string | null) => v ?? "—" },
          { title: t("report.holder"), dataIndex: "holder", render: (v: string | null) => v ?? "—" },
          { title: t("report.identifier"), dataIndex: "identifier", render: (v: string | null) => <span className="num" style={{ textAlign: "left" }}>{v ?? "—"}</span> },
          { title: t("inquiry.amount"), dataIndex: "amountFen", align: "right", width: 150, render: (v: number | null) => (v === null ? "—" : <Money fen={v} />) },
          ...(canFreeze
            ? [
                {
                  title: t("common.actions"),
                  key: "actions",
                  width: 120,
                  render: (_: unknown, r: InquiryResult) =>
                    frozen.has(r.id) ? (
                      <Tag color="blue">{t("inquiry.controlled")}</Tag>
                    ) : r.assetType && kindsFor(r.assetType).length > 0 ? (
                      <Button size="small" type="primary" onClick={() => setTarget(r)} data-testid="result-freeze">
                        {kindLabel(r)}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <FormModal<FreezeInput>
        open={target !== null}
        title={target ? t("inquiry.freezeTitle", { kind: kindLabel(target), asset: target.description ?? "" }) : ""}
        pending={freeze.isPending}
        initialValues={{ amountFen: target?.amountFen ?? undefined }}
        onClose={() => setTarget(null)}
        testId="freeze-form"
        onSubmit={(v, form) =>
          freeze.mutate(compact({ ...v, resultId: target!.id }) as FreezeInput & { resultId: string }, {
            onSuccess: (m) => {
              setFrozen((s) => new Set(s).add(target!.id));
              message.success(t("measures.taken", { kind: label(measureKindLabel(m.kind)), expires: m.expires ?? "—" }));
              setTarget(null);
            },
            onError: (e) => showError(e, form),
          })
        }
      >
        <Form.Item label={t("measures.amount")} name="amountFen" rules={[{ required: true, message: t("common.amountInvalid") }]} extra={t("inquiry.amountHelp")}>
          <YuanInput data-testid="freeze-amount" />
        </Form.Item>
        <Form.Item label={t("measures.executedBy")} name="executedBy">
          <Input data-testid="freeze-executedBy" />
        </Form.Item>
        <MeasureExceptionFields />
      </FormModal>
    </div>
  );
}

/** 查控 tab: run an online inquiry (purpose required), see the results, control what was found. */
export function InquiryTab({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const footing = inquiryFooting(user, detail);
  const [form] = Form.useForm<InquiryInput>();
  const list = useInquiries(detail.id);
  const run = useRunInquiry(detail.id);
  const showError = useApiError();
  const [openId, setOpenId] = useState<string | null>(null);
  // The run's own answer is shown as is; opening an inquiry from the list is an audited view.
  const [ran, setRan] = useState<InquiryDetail | null>(null);
  const opened = useInquiry(openId !== null && openId !== ran?.id ? openId : null);
  const canFreeze = mayHandle(user, detail) && detail.status === "inProgress";

  return (
    <div data-testid="inquiry-tab">
      <Alert type="warning" showIcon icon={<AuditOutlined />} style={{ marginBottom: 16 }} title={t("inquiry.auditNotice")} data-testid="inquiry-audit-notice" />
      {footing && detail.status === "inProgress" ? (
        <Card size="small" title={t("inquiry.runTitle")} style={{ marginBottom: 16 }}>
          <Form<InquiryInput>
            form={form}
            layout="vertical"
            initialValues={{ providers: [...INQUIRY_PROVIDERS] }}
            data-testid="inquiry-form"
            onFinish={(v) =>
              run.mutate(compact({ ...v, purpose: v.purpose.trim() }) as InquiryInput, {
                onSuccess: (d) => {
                  setRan(d);
                  setOpenId(d.id);
                },
                onError: (e) => showError(e, form),
              })
            }
          >
            <Form.Item
              label={t("inquiry.purpose")}
              name="purpose"
              rules={[
                { required: true, whitespace: true, message: t("inquiry.purposeRequired") },
                { min: PURPOSE_MIN, message: t("inquiry.purposeMin", { n: PURPOSE_MIN }) },
              ]}
              extra={t("inquiry.purposeHelp")}
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="inquiry-purpose" />
            </Form.Item>
            {footing === "supervisor" ? (
              <Form.Item
                label={t("inquiry.supervisionReason")}
                name="supervisionReason"
                rules={[{ required: true, whitespace: true, min: PURPOSE_MIN, message: t("inquiry.purposeMin", { n: PURPOSE_MIN }) }]}
              >
                <Input.TextArea rows={2} maxLength={1000} data-testid="inquiry-supervisionReason" />
              </Form.Item>
            ) : null}
            <Form.Item label={t("inquiry.providers")} name="providers" rules={[{ required: true, type: "array", min: 1, message: t("inquiry.providersRequired") }]}>
              <Checkbox.Group data-testid="inquiry-providers">
                <Space wrap>
                  {INQUIRY_PROVIDERS.map((p: InquiryProvider) => (
                    <Checkbox key={p} value={p} data-testid={`provider-${p}`}>
                      {t(`inquiry.provider.${p}`)}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="inquiry-run">
              {t("inquiry.run")}
            </Button>
          </Form>
        </Card>
      ) : null}
      {openId ? (
        <Card
          size="small"
          title={t("inquiry.resultsTitle")}
          style={{ marginBottom: 16 }}
          extra={<Button size="small" onClick={() => setOpenId(null)}>{t("inquiry.close")}</Button>}
        >
          {ran && ran.id === openId ? (
            <Results detail={detail} inquiry={ran} canFreeze={canFreeze} />
          ) : (
            <QueryState query={opened} rows={4}>
              {(d) => <Results detail={detail} inquiry={d} canFreeze={canFreeze} />}
            </QueryState>
          )}
        </Card>
      ) : null}
      <Card size="small" title={t("inquiry.historyTitle")}>
        <QueryState query={list} rows={3}>
          {(d) => (
            <Table<InquirySummary>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.items}
              scroll={{ x: 900 }}
              data-testid="inquiries-table"
              locale={{ emptyText: <EmptyState text={t("inquiry.none")} /> }}
              onRow={(i) => ({ "data-testid": "inquiry-row", "data-inquiry-id": i.id, "data-status": i.status }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t("inquiry.at"), dataIndex: "createdAt", width: 150, render: (v: string) => <span className="num">{formatShanghaiDateTime(v)}</span> },
                { title: t("inquiry.by"), key: "by", width: 110, render: (_, i) => i.requestedBy.name },
                {
                  title: t("inquiry.purpose"),
                  dataIndex: "purpose",
                  render: (v: string, i) => (
                    <>
                      <div>{v}</div>
                      {i.supervisionReason ? <Typography.Text type="secondary">{t("common.labelValue", { label: t("inquiry.supervisionReason"), value: i.supervisionReason })}</Typography.Text> : null}
                    </>
                  ),
                },
                { title: t("clock.status"), dataIndex: "status", width: 100, render: (v: InquirySummary["status"]) => <Tag color={STATUS_COLOR[v]}>{t(`inquiry.status.${v}`)}</Tag> },
                {
                  title: t("inquiry.counts"),
                  key: "counts",
                  width: 200,
                  render: (_, i) => t("inquiry.countsText", { found: i.counts.itemsFound, none: i.counts.none, errors: i.counts.errors }),
                },
                {
                  title: t("common.actions"),
                  key: "open",
                  width: 120,
                  render: (_, i) => (
                    <Button size="small" onClick={() => setOpenId(i.id)} data-testid="inquiry-open" title={t("inquiry.viewAudited")}>
                      {t("inquiry.view")}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
    </div>
  );
}
