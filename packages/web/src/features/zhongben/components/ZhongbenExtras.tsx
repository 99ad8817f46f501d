import { Alert, App, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useApiError } from "../../../lib/useApiError";
import type { Zhongben } from "../api/zhongben";
import { useAcknowledgeResumeFlag, useZhongbenRecord } from "../hooks/useZhongben";

/**
 * 终本规定 art 9: a re-inquiry after 终本 found property. While the flag waits (it is on the handler's
 * workbench) the handler may acknowledge it with a note of what is being done — the case lifecycle has no
 * 恢复执行 action yet; once acknowledged, who knows when and what was noted.
 */
export function ResumeFlagNotice({ reinquiry, onAcknowledge }: { reinquiry: Zhongben["reinquiry"]; onAcknowledge?: (() => void) | null }) {
  const { t } = useTranslation();
  if (!reinquiry.resumeFlag) return null;
  if (reinquiry.resumePending) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="zhongben-resume-flag"
        title={t("zhongben.resumeFlag")}
        action={
          onAcknowledge ? (
            <Button size="small" type="primary" onClick={onAcknowledge} data-testid="zhongben-resume-ack">
              {t("zhongben.resumeAck.action")}
            </Button>
          ) : undefined
        }
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      data-testid="zhongben-resume-acknowledged"
      title={t("zhongben.resumeAck.done")}
      description={reinquiry.acknowledgements.map((a) => (
        <div key={a.seq}>
          {t("zhongben.resumeAck.item", { seq: a.seq, date: a.date })}
          {a.note ? `：${a.note}` : ""}
        </div>
      ))}
    />
  );
}

/** 终本规定 art 1(5): the searches made for a respondent whose whereabouts are unknown (staff only). */
export function DebtorSearchList({ searches, names, onRecord }: { searches: Zhongben["debtorSearches"]; names: Record<string, string>; onRecord?: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      type="inner"
      title={t("zhongben.debtorSearch.title")}
      data-testid="zhongben-debtor-searches"
      extra={
        onRecord ? (
          <Button size="small" onClick={onRecord} data-testid="zhongben-record-debtor-search">
            {t("zhongben.debtorSearch.record")}
          </Button>
        ) : null
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={searches}
        locale={{ emptyText: t("zhongben.debtorSearch.none") }}
        columns={[
          { title: t("zhongben.debtorSearch.party"), render: (_: unknown, s: Zhongben["debtorSearches"][number]) => names[s.partyId] ?? "—" },
          { title: t("zhongben.debtorSearch.date"), dataIndex: "searchDate" },
          { title: t("zhongben.debtorSearch.measures"), dataIndex: "measures" },
          {
            title: t("zhongben.debtorSearch.result"),
            render: (_: unknown, s: Zhongben["debtorSearches"][number]) =>
              s.found ? <Tag color="green">{t("zhongben.debtorSearch.found")}</Tag> : <Tag color="orange">{t("zhongben.debtorSearch.notFound")}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

/** Records a search for a missing respondent (POST /cases/:id/zhongben/debtor-searches). */
export function DebtorSearchDialog({ caseId, open, respondents, onClose }: { caseId: string; open: boolean; respondents: { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const mutation = useZhongbenRecord(caseId);
  const showError = useApiError();
  const required = { required: true, message: t("common.required") };
  const submit = (v: { partyId: string; searchDate: string; measures: string; found: boolean }) =>
    mutation.mutate(
      { what: "debtor-searches", body: { partyId: v.partyId, searchDate: v.searchDate, measures: v.measures, found: v.found === true } },
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
    <Modal open={open} title={t("zhongben.debtorSearch.record")} onCancel={onClose} onOk={() => form.submit()} confirmLoading={mutation.isPending} destroyOnHidden data-testid="zhongben-debtor-search-modal">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t("zhongben.debtorSearch.help")}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t("zhongben.debtorSearch.party")} name="partyId" rules={[required]} initialValue={respondents.length === 1 ? respondents[0]!.id : undefined}>
          <Select options={respondents.map((r) => ({ value: r.id, label: r.name }))} data-testid="zhongben-search-party" />
        </Form.Item>
        <Form.Item label={t("zhongben.debtorSearch.date")} name="searchDate" rules={[required]}>
          <Input type="date" data-testid="zhongben-search-date" />
        </Form.Item>
        <Form.Item label={t("zhongben.debtorSearch.measures")} name="measures" rules={[required]}>
          <Input.TextArea rows={3} maxLength={4000} placeholder={t("zhongben.debtorSearch.measuresPlaceholder")} data-testid="zhongben-search-measures" />
        </Form.Item>
        <Form.Item label={t("zhongben.debtorSearch.result")} name="found" rules={[required]}>
          <Radio.Group data-testid="zhongben-search-found">
            <Radio value={false}>{t("zhongben.debtorSearch.notFound")}</Radio>
            <Radio value={true}>{t("zhongben.debtorSearch.found")}</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The resume flag acknowledged with what is being done (POST /cases/:id/zhongben/resume-flag/acknowledge). */
export function ResumeAckDialog({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const mutation = useAcknowledgeResumeFlag(caseId);
  const showError = useApiError();
  const submit = (v: { note: string }) =>
    mutation.mutate(v, {
      onSuccess: () => {
        message.success(t("zhongben.saved"));
        form.resetFields();
        onClose();
      },
      onError: (e) => showError(e, form),
    });
  return (
    <Modal open={open} title={t("zhongben.resumeAck.action")} onCancel={onClose} onOk={() => form.submit()} confirmLoading={mutation.isPending} destroyOnHidden data-testid="zhongben-resume-ack-modal">
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t("zhongben.resumeAck.help")}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item label={t("zhongben.resumeAck.note")} name="note" rules={[{ required: true, message: t("common.required") }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="zhongben-resume-ack-note" />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
