import { Col, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { CONDUCT_CATEGORIES, MONETARY_CATEGORIES } from "../../../api/types";
import { YuanInput } from "../../../components/YuanInput";

/** One DutyInput: monetary (amount typed in yuan, kept in fen) or conduct (`conductOnly`: conduct duties only). */
export function DutyFields({ index, conductOnly = false }: { index: number; conductOnly?: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch(["duties", index, "kind"], form) ?? "monetary";
  const categories = kind === "monetary" ? MONETARY_CATEGORIES : CONDUCT_CATEGORIES;
  const required = { required: true, message: t("common.required") };
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item label={t("duty.kind")} name={[index, "kind"]} rules={[required]}>
          <Select
            disabled={conductOnly}
            options={(conductOnly ? (["conduct"] as const) : (["monetary", "conduct"] as const)).map((k) => ({ value: k, label: t(`dutyKind.${k}`) }))}
            onChange={(k: "monetary" | "conduct") =>
              form.setFieldValue(["duties", index, "category"], k === "monetary" ? "principal" : "ceaseInfringement")
            }
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t("duty.category")} name={[index, "category"]} rules={[required]}>
          <Select options={categories.map((c) => ({ value: c, label: t(`dutyCategory.${c}`) }))} />
        </Form.Item>
      </Col>
      {kind === "monetary" ? (
        <Col xs={24} md={8}>
          <Form.Item label={t("duty.amountYuan")} name={[index, "amountFen"]} rules={[{ required: true, message: t("common.amountInvalid") }]}>
            <YuanInput data-testid={`duties-${index}-amount`} />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24}>
        <Form.Item label={t("duty.description")} name={[index, "description"]} rules={[required, { whitespace: true, message: t("common.required") }]}>
          <Input.TextArea rows={2} data-testid={`duties-${index}-description`} />
        </Form.Item>
      </Col>
      {kind === "conduct" ? (
        <Col xs={24}>
          <Form.Item label={t("duty.proofRequired")} name={[index, "proofRequired"]} rules={[required]} extra={t("duty.proofRequiredHelp")}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
