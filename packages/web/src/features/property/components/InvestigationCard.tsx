import { useState } from "react";
import { App, Button, Card, Form, Input, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/FormModal";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import type { InvestigationRequest } from "../api/investigations";
import { useCompleteInvestigation, useInvestigations, useRequestInvestigation, useStartInvestigation } from "../hooks/useInvestigations";
import { investigationClockState, investigationStartState, mayStartInvestigation } from "../investigations";

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

/**
 * One of a request's clocks — `complete` (generally within 1 month) or `start` (within 10 days of the
 * request, 若干期限规定 art 6): due date, overdue (or met late) tag, provisional mark, when the start was
 * made, and the rule it is counted by.
 */
export function InvestigationClock({ r, kind = "complete" }: { r: InvestigationRequest; kind?: "complete" | "start" }) {
  const { t, i18n } = useTranslation();
  const clock = kind === "start" ? r.startClock : r.clock;
  const state = kind === "start" ? investigationStartState(r) : investigationClockState(r);
  if (!clock) return <>—</>;
  const basis = formatCitation(clock.basis, i18n.language);
  const id = kind === "start" ? "investigation-start" : "investigation";
  return (
    <span data-testid={`${id}-clock`} data-state={state}>
      <span className={state === "overdue" ? "overdue num" : "num"}>{t(kind === "start" ? "investigation.startBy" : "investigation.dueBy", { date: formatDate(clock.due) })}</span>
      {state === "overdue" ? (
        <Tag color="error" style={{ marginLeft: 6 }} data-testid={`${id}-overdue`}>
          {t("investigation.overdue")}
        </Tag>
      ) : null}
      {state === "doneLate" ? (
        <Tag color="warning" style={{ marginLeft: 6 }} data-testid={`${id}-late`}>
          {t(kind === "start" ? "investigation.startedLate" : "investigation.completedLate")}
        </Tag>
      ) : null}
      {clock.provisional && state !== "done" && state !== "doneLate" ? (
        <Tooltip title={t("clock.provisionalHelp")}>
          <Tag style={{ marginLeft: 6 }}>{t("clock.provisional")}</Tag>
        </Tooltip>
      ) : null}
      {kind === "start" && r.startedDate ? (
        <div className="num" data-testid="investigation-started">
          {t("investigation.startedOn", { date: formatDate(r.startedDate) })}
        </div>
      ) : null}
      <div style={{ fontSize: 12, color: "rgba(0,0,0,0.55)" }} data-testid={`${id}-basis`}>
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
 * the date asked, its two clocks — started within 10 days (若干期限规定 art 6), completed generally within
 * a month: due date, overdue, the rule — when it started and the court's result. The handler or the
 * division head (`canComplete`) records the start (an online inquiry on the case starts it too) and the
 * result. `mode` picks the layout: a table for staff, a one-column list for the party.
 */
export function InvestigationCard({ caseId, mode, canRequest, canComplete }: { caseId: string; mode: "staff" | "party"; canRequest: boolean; canComplete: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ScopeValues>();
  const query = useInvestigations(caseId);
  const request = useRequestInvestigation(caseId);
  const complete = useCompleteInvestigation(caseId);
  const start = useStartInvestigation(caseId);
  const showError = useApiError();
  const [recording, setRecording] = useState(false);
  const [completing, setCompleting] = useState<InvestigationRequest | null>(null);

  const confirmStart = (r: InvestigationRequest) =>
    void modal.confirm({
      title: t("investigation.startTitle"),
      content: (
        <>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{r.scope}</Typography.Paragraph>
          <Typography.Paragraph>{t("investigation.startText", { date: formatDate(r.startClock?.due) })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t("investigation.startInquiryNote")}</Typography.Paragraph>
        </>
      ),
      okText: t("investigation.start"),
      cancelText: t("common.cancel"),
      okButtonProps: { "data-testid": "investigation-start-confirm" } as never,
      onOk: async () => {
        try {
          const done = await start.mutateAsync(r.id);
          message.success(investigationStartState(done) === "doneLate" ? t("investigation.startedLateMessage") : t("investigation.startedMessage"));
        } catch (e) {
          showError(e);
        }
      },
    });

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
                  {r.startClock ? (
                    <div style={{ fontSize: 13 }}>
                      <InvestigationClock r={r} kind="start" />
                    </div>
                  ) : null}
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
            <>
              {canComplete && d.items.some(mayStartInvestigation) ? (
                <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="investigation-start-note">
                  {t("investigation.startInquiryNote")}
                </Typography.Paragraph>
              ) : null}
              <Table<InvestigationRequest>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={d.items}
                scroll={{ x: 1180 }}
                data-testid="investigation-table"
                locale={{ emptyText: <EmptyState text={t("investigation.none")} /> }}
                onRow={(r) => ({ "data-testid": "investigation-row", "data-status": r.status }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { title: t("investigation.requestedDate"), dataIndex: "requestedDate", width: 110, render: (v: string) => <span className="num">{formatDate(v)}</span> },
                  { title: t("investigation.scope"), dataIndex: "scope", render: (v: string) => <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{v}</span> },
                  { title: t("clock.status"), dataIndex: "status", width: 110, render: (v: InvestigationRequest["status"]) => <InvestigationStatusTag status={v} /> },
                  { title: t("investigation.startClock"), key: "startClock", width: 210, render: (_, r) => <InvestigationClock r={r} kind="start" /> },
                  { title: t("investigation.clock"), key: "clock", width: 230, render: (_, r) => <InvestigationClock r={r} /> },
                  { title: t("investigation.result"), key: "result", render: (_, r) => <Result r={r} /> },
                  ...(canComplete
                    ? [
                        {
                          title: t("common.actions"),
                          key: "actions",
                          width: 130,
                          render: (_: unknown, r: InvestigationRequest) =>
                            r.status === "requested" ? (
                              <Space orientation="vertical" size={4}>
                                {mayStartInvestigation(r) ? (
                                  <Button
                                    size="small"
                                    onClick={() => confirmStart(r)}
                                    loading={start.isPending && start.variables === r.id}
                                    data-testid="investigation-start"
                                  >
                                    {t("investigation.start")}
                                  </Button>
                                ) : null}
                                <Button size="small" type="primary" onClick={() => setCompleting(r)} data-testid="investigation-complete">
                                  {t("investigation.complete")}
                                </Button>
                              </Space>
                            ) : null,
                        },
                      ]
                    : []),
                ]}
              />
            </>
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
