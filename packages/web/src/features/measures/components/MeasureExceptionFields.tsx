import { Checkbox, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** The over-seizure exception (查封规定 art 19 para 2): only when the value exceeds the limit. */
export function MeasureExceptionFields() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t("measures.exceptionHelp")}
      </Typography.Paragraph>
      <Form.Item name="indivisible" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox data-testid="measure-indivisible">{t("measures.indivisible")}</Checkbox>
      </Form.Item>
      <Form.Item name="noOtherProperty" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox data-testid="measure-noOtherProperty">{t("measures.noOtherProperty")}</Checkbox>
      </Form.Item>
      <Form.Item label={t("measures.justification")} name="justification">
        <Input.TextArea rows={2} data-testid="measure-justification" />
      </Form.Item>
    </>
  );
}
