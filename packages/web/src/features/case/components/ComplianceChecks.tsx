import { Button, Card, Col, Form, Input, Radio, Row, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { COMPLIANCE_RESULTS, type CaseDetail, type ComplianceCheck, type ComplianceCheckInput, type User } from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { EmptyState, QueryState } from "../../../components/QueryState";
import { formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useComplianceChecks, useRecordComplianceCheck } from "../hooks/usePreservation";
import { isHandler } from "../mayAct";

/** Checks are recorded between assignment and closure (the server's rule). */
const CHECKABLE = ["assigned", "inProgress"];

function ComplianceForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ComplianceCheckInput>();
  const mutation = useRecordComplianceCheck(caseId);
  const showError = useApiError();
  const required = { required: true, message: t("common.required") };
  return (
    <Form<ComplianceCheckInput>
      form={form}
      name="compliance"
      layout="vertical"
      initialValues={{ result: "compliant" }}
      data-testid="compliance-form"
      style={{ marginTop: 16 }}
      onFinish={(v) =>
        mutation.mutate(
          { checkDate: v.checkDate, result: v.result, evidence: v.evidence.trim() },
          { onSuccess: () => form.resetFields(), onError: (e) => showError(e, form) },
        )
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label={t("compliance.checkDate")} name="checkDate" rules={[required]}>
            <DateInput data-testid="compliance-date" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label={t("compliance.result")} name="result" rules={[required]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              data-testid="compliance-result"
              options={COMPLIANCE_RESULTS.map((r) => ({ value: r, label: t(`compliance.results.${r}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label={t("compliance.evidence")}
            name="evidence"
            rules={[required, { whitespace: true, message: t("common.required") }, { min: 2, message: t("compliance.evidenceTooShort") }]}
            extra={t("compliance.evidenceHelp")}
          >
            <Input.TextArea rows={3} maxLength={4000} showCount data-testid="compliance-evidence" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="compliance-submit">
        {t("compliance.submit")}
      </Button>
    </Form>
  );
}

/** 履行情况检查: the handler's checks of compliance with a conduct preservation order. */
export function ComplianceChecks({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const query = useComplianceChecks(detail.id);
  const canRecord = isHandler(user, detail) && CHECKABLE.includes(detail.status);
  return (
    <Card title={t("compliance.title")} size="small" style={{ marginTop: 16 }} data-testid="compliance-checks">
      <QueryState query={query}>
        {(data) => (
          <Table<ComplianceCheck>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.items}
            scroll={{ x: 640 }}
            locale={{ emptyText: <EmptyState text={t("compliance.none")} /> }}
            onRow={(r) => ({ "data-testid": "compliance-row", "data-result": r.result }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("compliance.checkDate"), dataIndex: "checkDate", width: 120, render: (v: string) => formatDate(v) },
              {
                title: t("compliance.result"),
                dataIndex: "result",
                width: 120,
                render: (v: ComplianceCheck["result"]) => <Tag color={v === "compliant" ? "success" : "error"}>{t(`compliance.results.${v}`)}</Tag>,
              },
              { title: t("compliance.evidence"), dataIndex: "evidence", render: (v: string) => <span style={{ whiteSpace: "pre-wrap" }}>{v}</span> },
              { title: t("compliance.checkedBy"), dataIndex: "checkedByName", width: 140, render: (v: string | null) => v ?? "—" },
            ]}
          />
        )}
      </QueryState>
      {canRecord ? <ComplianceForm caseId={detail.id} /> : null}
    </Card>
  );
}
