import { Checkbox, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { DateInput } from "../../../components/DateInput";

/**
 * 轮候查封: another court's measure is already on the asset, so ours ranks behind it (查封规定 art 26).
 * The server records that court's measure (court, date, its expiry if known) as an external one.
 * The form values are `queued` (the switch, never sent) and `queuedBehind.{court,date,expires}`.
 */
export function QueuedBehindFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const queued = Form.useWatch("queued", form) as boolean | undefined;
  return (
    <div data-testid="measure-queued-behind">
      <Form.Item name="queued" valuePropName="checked" style={{ marginBottom: queued ? 8 : 16 }} extra={t("measures.queuedHelp")}>
        <Checkbox data-testid="measure-queued">{t("measures.queuedBehind")}</Checkbox>
      </Form.Item>
      {queued ? (
        <div style={{ paddingLeft: 24 }}>
          <Form.Item
            label={t("measures.queuedCourt")}
            name={["queuedBehind", "court"]}
            rules={[{ required: true, whitespace: true, message: t("common.required") }]}
          >
            <Input maxLength={200} data-testid="measure-queued-court" />
          </Form.Item>
          <Form.Item label={t("measures.queuedDate")} name={["queuedBehind", "date"]} rules={[{ required: true, message: t("common.required") }]}>
            <DateInput data-testid="measure-queued-date" />
          </Form.Item>
          <Form.Item label={t("measures.queuedExpires")} name={["queuedBehind", "expires"]} extra={t("measures.queuedExpiresHelp")}>
            <DateInput data-testid="measure-queued-expires" />
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -8 }}>
            {t("measures.queuedNote")}
          </Typography.Paragraph>
        </div>
      ) : null}
    </div>
  );
}

/** The switch is the form's only; `queuedBehind` goes to the API only when it is on, without empty fields. */
export function queuedBehindOf(v: { queued?: boolean; queuedBehind?: { court?: string; date?: string; expires?: string } }) {
  if (!v.queued || !v.queuedBehind) return undefined;
  const { court, date, expires } = v.queuedBehind;
  if (!court || !date) return undefined;
  return { court: court.trim(), date, ...(expires ? { expires } : {}) };
}
