import { Col, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { ID_TYPES, PARTY_KINDS } from "../../../api/types";

/** The fields of one PartyInput inside a Form.List item. */
export function PartyFields({ listName, index }: { listName: string; index: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch([listName, index, "kind"], form);
  const required = { required: true, message: t("common.required") };
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item label={t("party.kind")} name={[index, "kind"]} rules={[required]}>
          <Select options={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label={t("party.name")} name={[index, "name"]} rules={[required, { whitespace: true, message: t("common.required") }]}>
          <Input autoComplete="off" data-testid={`${listName}-${index}-name`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t("party.idType")} name={[index, "idType"]} rules={[required]}>
          <Select options={ID_TYPES.map((k) => ({ value: k, label: t(`idType.${k}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label={t("party.idNumber")} name={[index, "idNumber"]} rules={[required, { whitespace: true, message: t("common.required") }]}>
          <Input autoComplete="off" data-testid={`${listName}-${index}-idNumber`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t("party.phone")} name={[index, "phone"]}>
          <Input type="tel" inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label={t("party.address")} name={[index, "address"]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      {kind === "foreign" ? (
        <Col xs={24} md={8}>
          <Form.Item label={t("party.country")} name={[index, "country"]} rules={[required]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
