import { Button, Col, Form, Input, Radio, Row, Select, Space, Typography } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import {
  PRESERVATION_KINDS,
  PRESERVATION_STAGES,
  RIGHT_TYPES,
  type CaseDetail,
  type DutyInput,
  type PartyInput,
  type PreservationCaseInput,
  type PreservationKind,
  type PreservationStage,
  type RightType,
} from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { YuanInput } from "../../../components/YuanInput";
import { useApiError } from "../../../lib/useApiError";
import { CourtSelect } from "../../courts/components/CourtSelect";
import { useCreatePreservationCase } from "../hooks/usePreservation";
import { DutyFields } from "./DutyFields";
import { cleanParty, emptyParty, PartyList, Section } from "./FormParts";

type ConductDuty = Extract<DutyInput, { kind: "conduct" }>;

type Values = {
  courtId?: string;
  applicants: PartyInput[];
  respondents: PartyInput[];
  kind: PreservationKind;
  stage: PreservationStage;
  ruling: { court: string; documentNumber: string; date: string };
  rightType: RightType;
  securityFen?: number;
  ceaseOrder?: string;
  duties?: ConductDuty[];
  note?: string;
};

/** 执保: the filing division enters a preservation ruling (property, evidence or conduct) as a case. */
export function PreservationForm({ defaultCourtId, onCreated }: { defaultCourtId?: string | null; onCreated: (detail: CaseDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useCreatePreservationCase();
  const showError = useApiError();
  const kind = Form.useWatch("kind", form) ?? "property";
  const required = { required: true, message: t("common.required") };
  const notBlank = { whitespace: true, message: t("common.required") };

  const onFinish = (v: Values) => {
    const input: PreservationCaseInput = {
      courtId: v.courtId ?? "",
      applicants: v.applicants.map(cleanParty),
      respondents: v.respondents.map(cleanParty),
      kind: v.kind,
      stage: v.stage,
      ruling: { court: v.ruling.court.trim(), documentNumber: v.ruling.documentNumber.trim(), date: v.ruling.date },
      rightType: v.rightType,
    };
    if (v.securityFen !== undefined && v.securityFen !== null) input.securityFen = v.securityFen;
    if (v.kind === "conduct") {
      if (v.ceaseOrder?.trim()) input.ceaseOrder = v.ceaseOrder.trim();
      const duties = (v.duties ?? []).map((d) => ({
        kind: "conduct" as const,
        category: d.category,
        description: d.description.trim(),
        proofRequired: d.proofRequired.trim(),
      }));
      if (duties.length > 0) input.duties = duties;
    }
    if (v.note?.trim()) input.note = v.note.trim();
    mutation.mutate(input, { onSuccess: onCreated, onError: (e) => showError(e, form) });
  };

  return (
    <Form<Values>
      form={form}
      name="preservation"
      layout="vertical"
      scrollToFirstError
      initialValues={{
        courtId: defaultCourtId ?? undefined,
        applicants: [emptyParty()],
        respondents: [emptyParty()],
        kind: "property",
        stage: "preSuit",
        rightType: "patent",
        duties: [],
      }}
      onFinish={onFinish}
      data-testid="preservation-form"
    >
      <Section title={t("apply.court")}>
        <Form.Item label={t("apply.court")} name="courtId" rules={[required]} extra={t("apply.courtHelp")}>
          <CourtSelect />
        </Form.Item>
      </Section>

      <Section title={t("apply.applicants")} testId="applicants-section">
        <PartyList name="applicants" addLabel={t("apply.addApplicant")} itemLabel={(n) => t("apply.applicantN", { n })} needLabel={t("apply.needApplicant")} />
      </Section>

      <Section title={t("apply.respondents")} testId="respondents-section">
        <PartyList
          name="respondents"
          addLabel={t("apply.addRespondent")}
          itemLabel={(n) => t("apply.respondentN", { n })}
          needLabel={t("apply.needRespondent")}
          addTestId="add-respondent"
        />
      </Section>

      <Section title={t("preservation.ruling")} testId="preservation-ruling-section">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label={t("preservation.kind")} name="kind" rules={[required]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                data-testid="preservation-kind"
                options={PRESERVATION_KINDS.map((k) => ({ value: k, label: t(`preservation.kinds.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t("preservation.stage")} name="stage" rules={[required]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                data-testid="preservation-stage"
                options={PRESERVATION_STAGES.map((s) => ({ value: s, label: t(`preservation.stages.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t("preservation.rulingCourt")} name={["ruling", "court"]} rules={[required, notBlank]}>
              <Input data-testid="ruling-court" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t("preservation.rulingNumber")} name={["ruling", "documentNumber"]} rules={[required, notBlank]}>
              <Input data-testid="ruling-documentNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t("preservation.rulingDate")} name={["ruling", "date"]} rules={[required]}>
              <DateInput data-testid="ruling-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t("preservation.securityYuan")} name="securityFen" extra={t("preservation.securityHelp")}>
              <YuanInput data-testid="preservation-security" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t("basis.rightType")} name="rightType" rules={[required]}>
              <Select options={RIGHT_TYPES.map((r) => ({ value: r, label: t(`rightType.${r}`) }))} data-testid="preservation-rightType" />
            </Form.Item>
          </Col>
          {kind === "conduct" ? (
            <Col xs={24}>
              <Form.Item
                label={t("preservation.ceaseOrder")}
                name="ceaseOrder"
                rules={[required, notBlank]}
                extra={t("preservation.ceaseOrderHelp")}
              >
                <Input.TextArea rows={3} maxLength={2000} showCount data-testid="preservation-ceaseOrder" />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Section>

      {kind === "conduct" ? (
        <Section title={t("preservation.duties")} testId="duties-section">
          <Typography.Paragraph type="secondary">{t("preservation.dutiesHelp")}</Typography.Paragraph>
          <Form.List name="duties">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} style={{ borderBottom: "1px dashed #e5e5e5", marginBottom: 12 }}>
                    <Space style={{ justifyContent: "space-between", width: "100%" }}>
                      <Typography.Text strong>{t("apply.dutyN", { n: i + 1 })}</Typography.Text>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t("common.remove")}>
                        {t("common.remove")}
                      </Button>
                    </Space>
                    <DutyFields index={f.name} conductOnly />
                  </div>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  size="large"
                  onClick={() => add({ kind: "conduct", category: "ceaseInfringement" })}
                  data-testid="add-conduct-duty"
                >
                  {t("apply.addConduct")}
                </Button>
              </>
            )}
          </Form.List>
        </Section>
      ) : null}

      <Section title={t("apply.note")}>
        <Form.Item label={t("apply.note")} name="note">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Section>

      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="preservation-submit">
        {t("preservation.submit")}
      </Button>
    </Form>
  );
}
