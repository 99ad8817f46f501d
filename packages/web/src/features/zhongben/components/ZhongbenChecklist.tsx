import { useState } from "react";
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, List, Modal, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatCitation } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useCase } from "../../case/hooks/useCases";
import { useZhongben, useZhongbenRecord } from "../hooks/useZhongben";
import { DebtorSearchDialog, DebtorSearchList, ResumeAckDialog, ResumeFlagNotice } from "./ZhongbenExtras";

/**
 * 终本: the checklist derived from the case's records (终本规定 arts 1–3, 5; 民诉法解释 art 517) — what
 * was done and what the law requires — and, after closure, the 6-monthly re-inquiries (art 9) with the
 * resume flag. The same list the server checks on closure: nobody ticks it.
 */
export function ZhongbenChecklist({ caseId, audience, canRecord = false, canApprove = false, compact = false }: { caseId: string; audience: "staff" | "party"; canRecord?: boolean; canApprove?: boolean; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("zh") ? "zh" : "en";
  const q = useZhongben(caseId);
  const [dialog, setDialog] = useState<"interview" | "approval" | null>(null);
  const [extra, setExtra] = useState<"debtorSearch" | "resumeAck" | null>(null);
  // The parties' names for the missing-respondent searches (staff only; the case page has loaded it).
  const detail = useCase(caseId);
  const parties = audience === "staff" ? (detail.data?.parties ?? []) : [];
  if (q.isLoading) return <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>;
  if (q.isError || !q.data) return <Alert type="error" showIcon title={t("zhongben.loadFailed")} />;
  const z = q.data;
  const closed = z.status === "closed" && z.closureMode === "suspendedNoAssets";
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="small" data-testid={`zhongben-${audience}`}>
      <ResumeFlagNotice reinquiry={z.reinquiry} onAcknowledge={audience === "staff" && canRecord ? () => setExtra("resumeAck") : null} />
      {!closed ? (
        <Alert
          type={z.ready ? "success" : "info"}
          showIcon
          data-testid="zhongben-ready"
          title={z.ready ? t("zhongben.ready") : t("zhongben.notReady", { date: z.earliestDate })}
        />
      ) : null}
      <List
        size="small"
        dataSource={z.conditions}
        data-testid="zhongben-conditions"
        renderItem={(c) => (
          <List.Item key={c.key} data-testid={`zhongben-condition-${c.key}`} data-met={c.met ? "true" : "false"}>
            <Space direction="vertical" size={0} style={{ width: "100%" }}>
              <Space>
                <Tag color={c.met ? "green" : "red"}>{c.met ? t("zhongben.met") : t("zhongben.unmet")}</Tag>
                <Typography.Text strong>{c.label[lang]}</Typography.Text>
              </Space>
              {c.reason ? <Typography.Text type="danger">{c.reason[lang]}</Typography.Text> : null}
              {!compact ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.basis.map((b) => formatCitation(b, i18n.language)).join("；")} · {t(`zhongben.confidence`, { confidence: c.confidence })}
                  {c.configurable ? ` · ${t("zhongben.configurable")}` : ""}
                </Typography.Text>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
      {!compact ? (
        <Descriptions size="small" column={2} bordered data-testid="zhongben-records">
          <Descriptions.Item label={t("zhongben.records.noticeDate")}>{z.records.noticeDate ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.reports")}>{`${z.records.reportsFiled} / ${z.records.respondents}`}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.consumptionRestriction")}>{z.records.consumptionRestrictionIssuedDate ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.dishonestListed")}>{z.records.dishonestListedDate ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.inquiries")}>{`${z.records.inquiriesRun}${z.records.lastInquiryDate ? ` (${z.records.lastInquiryDate})` : ""}`}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.clues")}>{`${z.records.clues} / ${z.records.cluesUnchecked}`}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.disposableAssets")}>{String(z.records.disposableAssets)}</Descriptions.Item>
          <Descriptions.Item label={t("zhongben.records.sanctions")}>{`${z.records.sanctionsDecided} / ${z.records.sanctionsPending}`}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {!compact && z.interviews.length ? (
        <Card size="small" type="inner" title={t("zhongben.interviews")}>
          {z.interviews.map((i) => (
            <div key={i.id} data-testid="zhongben-interview">
              <Typography.Text strong>{i.interviewDate}</Typography.Text> <Tag>{i.signed ? t("zhongben.signed") : t("zhongben.notSigned")}</Tag>
              <div>{i.told}</div>
              {i.applicantOpinion ? <Typography.Text type="secondary">{t("zhongben.opinion")}：{i.applicantOpinion}</Typography.Text> : null}
            </div>
          ))}
        </Card>
      ) : null}
      {audience === "staff" && !compact ? (
        <DebtorSearchList
          searches={z.debtorSearches}
          names={Object.fromEntries(parties.map((p) => [p.id, p.name]))}
          onRecord={canRecord && !closed ? () => setExtra("debtorSearch") : null}
        />
      ) : null}
      {closed && z.reinquiry.schedule.length ? (
        <Table
          size="small"
          rowKey="seq"
          pagination={false}
          data-testid="zhongben-reinquiries"
          dataSource={z.reinquiry.schedule}
          columns={[
            { title: t("zhongben.reinquiry.seq"), dataIndex: "seq" },
            { title: t("zhongben.reinquiry.due"), dataIndex: "due" },
            {
              title: t("zhongben.reinquiry.result"),
              render: (_: unknown, r: (typeof z.reinquiry.schedule)[number]) =>
                r.run ? (r.run.propertyFound ? <Tag color="orange">{t("zhongben.reinquiry.found", { n: r.run.itemsFound })}</Tag> : <Tag>{t("zhongben.reinquiry.none")}</Tag>) : "—",
            },
          ]}
        />
      ) : null}
      {audience === "staff" && !closed && (canRecord || canApprove) ? (
        <Space>
          {canRecord ? (
            <Button onClick={() => setDialog("interview")} data-testid="zhongben-record-interview">
              {t("zhongben.recordInterview")}
            </Button>
          ) : null}
          {canApprove ? (
            <Button onClick={() => setDialog("approval")} data-testid="zhongben-approve">
              {t("zhongben.approve")}
            </Button>
          ) : null}
        </Space>
      ) : null}
      <RecordDialog caseId={caseId} kind={dialog} onClose={() => setDialog(null)} />
      {audience === "staff" && canRecord ? (
        <>
          <DebtorSearchDialog caseId={caseId} open={extra === "debtorSearch"} respondents={parties.filter((p) => p.role === "respondent")} onClose={() => setExtra(null)} />
          <ResumeAckDialog caseId={caseId} open={extra === "resumeAck"} onClose={() => setExtra(null)} />
        </>
      ) : null}
    </Space>
  );
}

function RecordDialog({ caseId, kind, onClose }: { caseId: string; kind: "interview" | "approval" | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const mutation = useZhongbenRecord(caseId);
  const showError = useApiError();
  const required = { required: true, message: t("common.required") };
  const submit = (v: Record<string, unknown>) =>
    mutation.mutate(
      { what: kind === "interview" ? "interviews" : "approvals", body: kind === "interview" ? { ...v, signed: v.signed === true } : v },
      {
        onSuccess: () => {
          message.success(t("zhongben.saved"));
          form.resetFields();
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  return (
    <Modal open={kind !== null} title={kind ? t(kind === "interview" ? "zhongben.recordInterview" : "zhongben.approve") : undefined} onCancel={onClose} onOk={() => form.submit()} confirmLoading={mutation.isPending} destroyOnHidden data-testid="zhongben-modal">
      <Form form={form} layout="vertical" onFinish={submit}>
        {kind === "interview" ? (
          <>
            <Form.Item label={t("zhongben.interviewDate")} name="interviewDate" rules={[required]}>
              <Input type="date" data-testid="zhongben-interview-date" />
            </Form.Item>
            <Form.Item label={t("zhongben.told")} name="told" rules={[required]}>
              <Input.TextArea rows={3} maxLength={4000} data-testid="zhongben-told" />
            </Form.Item>
            <Form.Item label={t("zhongben.opinion")} name="applicantOpinion" rules={[required]}>
              <Input.TextArea rows={2} maxLength={4000} data-testid="zhongben-opinion" />
            </Form.Item>
            <Form.Item name="signed" valuePropName="checked" initialValue={false}>
              <Checkbox data-testid="zhongben-signed">{t("zhongben.signedConfirmation")}</Checkbox>
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item label={t("zhongben.panel")} name="panel" rules={[required]}>
              <Input maxLength={500} data-testid="zhongben-panel" />
            </Form.Item>
            <Form.Item label={t("zhongben.panelOpinion")} name="opinion" rules={[required]}>
              <Input.TextArea rows={3} maxLength={4000} data-testid="zhongben-panel-opinion" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The applicant's card on its case page. */
export function ZhongbenCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t("zhongben.title")} style={{ marginBottom: 12 }} data-testid="party-zhongben">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t("zhongben.partyHelp")}
      </Typography.Paragraph>
      <ZhongbenChecklist caseId={caseId} audience="party" />
    </Card>
  );
}
