import { useState } from "react";
import { App, Button, Card, Form, Input, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import type { InvestigationRequest } from "../api/investigations";
import { useCompleteInvestigation, useInvestigations, useRequestInvestigation } from "../hooks/useInvestigations";
import { investigationClockState } from "../investigations";

type ScopeValues = { scope: string };
type ResultValues = { result: string };

/** Status of a request: awaiting the investigation, or completed. */
export function InvestigationStatusTag({ status }: { status: InvestigationRequest["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === "completed" ? "success" : "processing"} data-testid="investigation-status">
      {t(`investigation.status.${status}`)}
    </Tag>
  );
}

/** The clock: due date, overdue (or completed late) tag, provisional mark, and the rule it is counted by. */
export function InvestigationClock({ r }: { r: InvestigationRequest }) {
  const { t, i18n } = useTranslation();
  const state = investigationClockState(r);
  if (!r.clock) return <>—</>;
  const basis = formatCitation(r.clock.basis, i18n.language);
  return (
    <span data-testid="investigation-clock" data-state={state}>
      <span className={state === "overdue" ? "overdue num" : "num"}>{t("investigation.dueBy", { date: formatDate(r.clock.due) })}</span>
      {state === "overdue" ? (
        <Tag color="error" style={{ marginLeft: 6 }} data-testid="investigation-overdue">
          {t("investigation.overdue")}
        </Tag>
      ) : null}
      {state === "doneLate" ? (
        <Tag color="warning" style={{ marginLeft: 6 }} data-testid="investigation-late">
          {t("investigation.completedLate")}
        </Tag>
      ) : null}
      {r.clock.provisional && state !== "done" && state !== "doneLate" ? (
        <Tooltip title={t("clock.provisionalHelp")}>
          <Tag style={{ marginLeft: 6 }}>{t("clock.provisional")}</Tag>
        </Tooltip>
      ) : null}
      <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }} data-testid="investigation-basis">
        {basis}
      </div>
    </span>
  );
}

function Result({ r }: { r: InvestigationRequest }) {
  const { t } = useTranslation();
  if (r.status !== "completed") return <>—</>;
  return (
    <span data-testid="investigation-result">
      <span className="num">{t("investigation.completedOn", { date: formatDate(r.completedDate) })}</span>
      <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{r.result}</div>
    </span>
  );
}

/**
 * 财产调查申请 / Property investigation requests: the applicant asks the court to investigate the
 * respondent's property (staff may record a written request received); each request shows its status,
 * the date asked, its clock (due date, overdue, the rule) and the court's result, which the handler or
 * the division head records. `mode` picks the layout: a table for staff, a one-column list for the party.
 */
export function InvestigationCard({ caseId, mode, canRequest, canComplete }: { caseId: string; mode: "staff" | "party"; canRequest: boolean; canComplete: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScopeValues>();
  const query = useInvestigations(caseId);
  const request = useRequestInvestigation(caseId);
  const complete = useCompleteInvestigation(caseId);
  const showError = useApiError();
  const [recording, setRecording] = useState(false);
  const [completing, setCompleting] = useState<InvestigationRequest | null>(null);

  const scopeItem = (
    <Form.Item
      label={t("investigation.scope")}
      name="scope"
      extra={t("investigation.scopeHelp")}
      rules={[
        { required: true, whitespace: true, message: t("common.required") },
        { min: 2, message: t("investigation.tooShort") },
      ]}
    >
      <Input.TextArea rows={4} maxLength={1000} data-testid="investigation-scope" />
    </Form.Item>
  );

  return (
    <Card
      size="small"
      title={t("investigation.cardTitle")}
      style={{ marginBottom: mode === "staff" ? 16 : 12 }}
      data-testid="investigation-card"
      extra={
        mode === "staff" && canRequest ? (
          <Button size="small" onClick={() => setRecording(true)} data-testid="investigation-record">
            {t("investigation.record")}
          </Button>
        ) : null
      }
    >
      {mode === "party" && canRequest ? (
        <Form<ScopeValues>
          form={form}
          layout="vertical"
          data-testid="investigation-form"
          onFinish={(v) =>
            request.mutate(
              { scope: v.scope.trim() },
              {
                onSuccess: (r) => {
                  form.resetFields();
                  message.success(t("investigation.submitted", { date: formatDate(r.clock?.due) }));
                },
                onError: (e) => showError(e, form),
              },
            )
          }
        >
          <Typography.Paragraph type="secondary">{t("investigation.intro")}</Typography.Paragraph>
          {scopeItem}
          <Button type="primary" htmlType="submit" size="large" block loading={request.isPending} data-testid="investigation-submit">
            {t("investigation.submit")}
          </Button>
        </Form>
      ) : null}
      {mode === "party" ? (
        <Typography.Title level={5} style={{ marginTop: canRequest ? 16 : 0 }}>
          {t("investigation.myRequests")}
        </Typography.Title>
      ) : null}
      <QueryState query={query} rows={2} isEmpty={mode === "party" ? (d) => d.items.length === 0 : undefined} emptyText={t("investigation.none")}>
        {(d) =>
          mode === "party" ? (
            <div data-testid="investigation-list">
              {d.items.map((r) => (
                <div key={r.id} data-testid="investigation-row" data-status={r.status} style={{ padding: "8px 0", borderTop: "1px solid #f0f0f0" }}>
                  <div>
                    <InvestigationStatusTag status={r.status} />
                    <span className="num" style={{ color: "rgba(0,0,0,0.55)" }}>
                      {t("investigation.requestedOn", { date: formatDate(r.requestedDate) })}
                    </span>
                  </div>
                  <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{r.scope}</div>
                  <div style={{ fontSize: 13 }}>
                    <InvestigationClock r={r} />
                  </div>
                  {r.status === "completed" ? (
                    <div style={{ fontSize: 13 }}>
                      <Result r={r} />
                    </div>
                  ) : null}
                </div>
              ))}
            </div>
          ) : (
            <Table<InvestigationRequest>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.items}
              scroll={{ x: 900 }}
              data-testid="investigation-table"
              locale={{ emptyText: <EmptyState text={t("investigation.none")} /> }}
              onRow={(r) => ({ "data-testid": "investigation-row", "data-status": r.status }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t("investigation.requestedDate"), dataIndex: "requestedDate", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
                { title: t("investigation.scope"), dataIndex: "scope", render: (v: string) => <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{v}</span> },
                { title: t("clock.status"), dataIndex: "status", width: 110, render: (v: InvestigationRequest["status"]) => <InvestigationStatusTag status={v} /> },
                { title: t("investigation.clock"), key: "clock", width: 230, render: (_, r) => <InvestigationClock r={r} /> },
                { title: t("investigation.result"), key: "result", render: (_, r) => <Result r={r} /> },
                ...(canComplete
                  ? [
                      {
                        title: t("common.actions"),
                        key: "actions",
                        width: 120,
                        render: (_: unknown, r: InvestigationRequest) =>
                          r.status === "requested" ? (
                            <Button size="small" type="primary" onClick={() => setCompleting(r)} data-testid="investigation-complete">
                              {t("investigation.complete")}
                            </Button>
                          ) : null,
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryState>
      <FormModal<ScopeValues>
        open={recording}
        title={t("investigation.recordTitle")}
        pending={request.isPending}
        onClose={() => setRecording(false)}
        testId="investigation-record-form"
        onSubmit={(v, f) =>
          request.mutate(
            { scope: v.scope.trim() },
            {
              onSuccess: (r) => {
                message.success(t("investigation.recorded", { date: formatDate(r.clock?.due) }));
                setRecording(false);
              },
              onError: (e) => showError(e, f),
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">{t("investigation.recordHelp")}</Typography.Paragraph>
        {scopeItem}
      </FormModal>
      <FormModal<ResultValues>
        open={completing !== null}
        title={t("investigation.completeTitle")}
        pending={complete.isPending}
        onClose={() => setCompleting(null)}
        testId="investigation-complete-form"
        onSubmit={(v, f) =>
          complete.mutate(
            { requestId: completing!.id, result: v.result.trim() },
            {
              onSuccess: (r) => {
                message.success(investigationClockState(r) === "doneLate" ? t("investigation.completedLateMessage") : t("investigation.completedMessage"));
                setCompleting(null);
              },
              onError: (e) => showError(e, f),
            },
          )
        }
      >
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{completing?.scope}</Typography.Paragraph>
        <Form.Item
          label={t("investigation.result")}
          name="result"
          extra={t("investigation.resultHelp")}
          rules={[
            { required: true, whitespace: true, message: t("common.required") },
            { min: 2, message: t("investigation.tooShort") },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="investigation-result-input" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
