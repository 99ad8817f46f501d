import { Button, Col, Form, Input, Row, Select, Space, Typography } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import {
  RIGHT_TYPES,
  type BasisInput,
  type CaseApplicationInput,
  type CaseDetail,
  type DutyInput,
  type PartyInput,
} from "../../../api/types";
import { DateInput } from "../../../components/DateInput";
import { YuanInput } from "../../../components/YuanInput";
import { useApiError } from "../../../lib/useApiError";
import { CourtSelect } from "../../courts/components/CourtSelect";
import { useCreateCase } from "../hooks/useCases";
import { DutyFields } from "./DutyFields";
import { cleanParty, emptyParty, PartyList, Section } from "./FormParts";

type Values = {
  courtId?: string;
  applicants?: PartyInput[];
  respondents: PartyInput[];
  basis: Omit<BasisInput, "instalments"> & { instalments?: { dueDate: string; amountFen: number }[] };
  duties: DutyInput[];
  applicationDate?: string;
  note?: string;
};



function cleanDuty(d: DutyInput): DutyInput {
  return d.kind === "monetary"
    ? { kind: "monetary", category: d.category, description: d.description.trim(), amountFen: d.amountFen }
    : { kind: "conduct", category: d.category, description: d.description.trim(), proofRequired: d.proofRequired.trim() };
}


/**
 * The enforcement application. `clerk` adds the applicant parties and the application date
 * (a filing clerk enters a paper application); an applicant's own party is used otherwise.
 */
export function ApplicationForm({
  variant,
  defaultCourtId,
  onCreated,
}: {
  variant: "applicant" | "clerk";
  defaultCourtId?: string | null;
  onCreated: (detail: CaseDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateCase();
  const showError = useApiError();
  const required = { required: true, message: t("common.required") };
  const atLeastOne = (msg: string) => ({
    validator: async (_: unknown, v: unknown[] | undefined) => {
      if (!v || v.length === 0) throw new Error(msg);
    },
  });

  const onFinish = (v: Values) => {
    const instalments = (v.basis.instalments ?? []).filter((i) => i && i.dueDate && i.amountFen !== undefined);
    const basis: BasisInput = {
      issuingCourt: v.basis.issuingCourt.trim(),
      documentNumber: v.basis.documentNumber.trim(),
      effectiveDate: v.basis.effectiveDate,
      rightType: v.basis.rightType,
    };
    if (v.basis.performanceDeadline) basis.performanceDeadline = v.basis.performanceDeadline;
    if (instalments.length > 0) basis.instalments = instalments;
    const input: CaseApplicationInput = {
      courtId: v.courtId ?? "",
      respondents: v.respondents.map(cleanParty),
      basis,
      duties: v.duties.map(cleanDuty),
    };
    if (variant === "clerk") {
      input.applicants = (v.applicants ?? []).map(cleanParty);
      if (v.applicationDate) input.applicationDate = v.applicationDate;
    }
    if (v.note?.trim()) input.note = v.note.trim();
    mutation.mutate(input, { onSuccess: onCreated, onError: (e) => showError(e, form) });
  };

  return (
    <Form<Values>
      form={form}
      name="apply"
      layout="vertical"
      scrollToFirstError
      initialValues={{
        courtId: defaultCourtId ?? undefined,
        applicants: variant === "clerk" ? [emptyParty()] : undefined,
        respondents: [emptyParty()],
        basis: { rightType: "patent", instalments: [] },
        duties: [{ kind: "monetary", category: "principal" }],
      }}
      onFinish={onFinish}
      data-testid="application-form"
    >
      <Section title={t("apply.court")}>
        <Form.Item label={t("apply.court")} name="courtId" rules={[required]} extra={t("apply.courtHelp")}>
          <CourtSelect />
        </Form.Item>
        {variant === "clerk" ? (
          <Form.Item label={t("apply.applicationDate")} name="applicationDate" extra={t("apply.applicationDateHelp")}>
            <DateInput />
          </Form.Item>
        ) : null}
      </Section>

      {variant === "clerk" ? (
        <Section title={t("apply.applicants")} testId="applicants-section">
          <PartyList name="applicants" addLabel={t("apply.addApplicant")} itemLabel={(n) => t("apply.applicantN", { n })} needLabel={t("apply.needApplicant")} />
        </Section>
      ) : null}

      <Section title={t("apply.respondents")} testId="respondents-section">
        <PartyList name="respondents" addLabel={t("apply.addRespondent")} itemLabel={(n) => t("apply.respondentN", { n })} needLabel={t("apply.needRespondent")} addTestId="add-respondent" />
      </Section>

      <Section title={t("apply.basis")} testId="basis-section">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label={t("basis.issuingCourt")} name={["basis", "issuingCourt"]} rules={[required, { whitespace: true, message: t("common.required") }]}>
              <Input data-testid="basis-issuingCourt" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t("basis.documentNumber")}
              name={["basis", "documentNumber"]}
              rules={[required, { whitespace: true, message: t("common.required") }]}
              extra={t("basis.documentNumberHelp")}
            >
              <Input data-testid="basis-documentNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t("basis.effectiveDate")} name={["basis", "effectiveDate"]} rules={[required]}>
              <DateInput data-testid="basis-effectiveDate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t("basis.performanceDeadline")} name={["basis", "performanceDeadline"]}>
              <DateInput data-testid="basis-performanceDeadline" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t("basis.rightType")} name={["basis", "rightType"]} rules={[required]}>
              <Select options={RIGHT_TYPES.map((r) => ({ value: r, label: t(`rightType.${r}`) }))} data-testid="basis-rightType" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t("basis.instalments")}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("basis.instalmentsHelp")}
        </Typography.Paragraph>
        <Form.List name={["basis", "instalments"]}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row gutter={8} key={f.key} align="bottom">
                  <Col xs={24} sm={11}>
                    <Form.Item label={t("basis.instalmentDue", { n: i + 1 })} name={[f.name, "dueDate"]} rules={[required]}>
                      <DateInput />
                    </Form.Item>
                  </Col>
                  <Col xs={18} sm={10}>
                    <Form.Item label={t("basis.instalmentAmount", { n: i + 1 })} name={[f.name, "amountFen"]} rules={[{ required: true, message: t("common.amountInvalid") }]}>
                      <YuanInput />
                    </Form.Item>
                  </Col>
                  <Col xs={6} sm={3}>
                    <Form.Item>
                      <Button danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t("common.remove")} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add()} size="large">
                {t("basis.addInstalment")}
              </Button>
            </>
          )}
        </Form.List>
      </Section>

      <Section title={t("apply.duties")} testId="duties-section">
        <Form.List name="duties" rules={[atLeastOne(t("apply.needDuty"))]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} style={{ borderBottom: "1px dashed #e5e5e5", marginBottom: 12 }}>
                  <Space style={{ justifyContent: "space-between", width: "100%" }}>
                    <Typography.Text strong>{t("apply.dutyN", { n: i + 1 })}</Typography.Text>
                    {fields.length > 1 ? (
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t("common.remove")}>
                        {t("common.remove")}
                      </Button>
                    ) : null}
                  </Space>
                  <DutyFields index={f.name} />
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Space orientation="vertical" style={{ width: "100%" }}>
                <Button type="dashed" block icon={<PlusOutlined />} size="large" onClick={() => add({ kind: "monetary", category: "principal" })} data-testid="add-monetary-duty">
                  {t("apply.addMonetary")}
                </Button>
                <Button type="dashed" block icon={<PlusOutlined />} size="large" onClick={() => add({ kind: "conduct", category: "ceaseInfringement" })} data-testid="add-conduct-duty">
                  {t("apply.addConduct")}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Section>

      <Section title={t("apply.note")}>
        <Form.Item label={t("apply.note")} name="note">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Section>

      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="apply-submit">
        {t("apply.submit")}
      </Button>
    </Form>
  );
}
