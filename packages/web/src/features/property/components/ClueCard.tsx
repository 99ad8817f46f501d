import { App, Button, Card, Form, Input, Switch, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ClueInput } from "../../../api/types";
import { QueryState } from "../../../components/QueryState";
import { formatCitation, formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useClues, useSubmitClue } from "../hooks/useProperty";
import { ClueStatusTag } from "./ClueStatusTag";

/** The applicant's card: give an asset clue (urgent or not) and follow the clues it gave. */
export function ClueCard({ caseId, canSubmit }: { caseId: string; canSubmit: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClueInput>();
  const clues = useClues(caseId);
  const mutation = useSubmitClue(caseId);
  const showError = useApiError();

  return (
    <Card size="small" title={t("clue.cardTitle")} style={{ marginBottom: 12 }} data-testid="clue-card">
      {canSubmit ? (
        <Form<ClueInput>
          form={form}
          layout="vertical"
          initialValues={{ urgent: false }}
          data-testid="clue-form"
          onFinish={(v) =>
            mutation.mutate(
              { description: v.description.trim(), urgent: !!v.urgent },
              {
                onSuccess: (c) => {
                  form.resetFields();
                  message.success(t("clue.submitted", { date: formatDate(c.clock?.due) }));
                },
                onError: (e) => showError(e, form),
              },
            )
          }
        >
          <Typography.Paragraph type="secondary">{t("clue.intro")}</Typography.Paragraph>
          <Form.Item
            label={t("clue.description")}
            name="description"
            rules={[
              { required: true, whitespace: true, message: t("common.required") },
              { min: 2, message: t("clue.tooShort") },
            ]}
            extra={t("clue.descriptionHelp")}
          >
            <Input.TextArea rows={4} maxLength={2000} data-testid="clue-description" />
          </Form.Item>
          <Form.Item label={t("clue.urgent")} name="urgent" valuePropName="checked" extra={t("clue.urgentHelp")}>
            <Switch data-testid="clue-urgent" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="clue-submit">
            {t("clue.submit")}
          </Button>
        </Form>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("clue.myClues")}
      </Typography.Title>
      <QueryState query={clues} isEmpty={(d) => d.items.length === 0} emptyText={t("clue.none")}>
        {(d) => (
          <div data-testid="clue-list">
            {d.items.map((c) => (
              <div key={c.id} data-testid="clue-row" data-clue-id={c.id} data-status={c.status} style={{ padding: "8px 0", borderTop: "1px solid #f0f0f0" }}>
                <div>
                  <ClueStatusTag status={c.status} />
                  {c.urgent ? <Tag color="red">{t("clue.urgentTag")}</Tag> : null}
                  <span className="num" style={{ color: "rgba(0,0,0,0.55)" }}>
                    {t("clue.receivedOn", { date: formatDate(c.receivedDate) })}
                  </span>
                </div>
                <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{c.description}</div>
                {c.status === "received" && c.clock ? (
                  <Typography.Text type={c.clock.overdue ? "danger" : "secondary"} style={{ fontSize: 13 }}>
                    {t("clue.verifyBy", { date: formatDate(c.clock.due), basis: formatCitation(c.clock.basis, i18n.language) })}
                  </Typography.Text>
                ) : null}
                {c.status !== "received" ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t("clue.decidedOn", { date: formatDate(c.verifiedDate) })}
                    {c.result ? t("common.paren", { text: c.result }) : null}
                  </Typography.Text>
                ) : null}
              </div>
            ))}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
