import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useApiError } from "../../../lib/useApiError";
import { COVERED_ROLES, DELETION_CONDITIONS, DISHONEST_GROUND_INFO, DISHONEST_GROUNDS, LISTING_EXCLUSIONS, type CaseCredit, type DishonestGround } from "../api/credit";
import { useCreditAction } from "../hooks/useCredit";

/** Every credit action a modal collects input for; `targetId` is the case, restriction, listing or application. */
export type CreditActionKind =
  | "proposeConsumption"
  | "issueExit"
  | "sign"
  | "lift"
  | "list"
  | "extend"
  | "delete"
  | "decideException"
  | "decideReconsideration"
  | "decideCorrection"
  | "decideCorrectionReconsideration"
  | "applyCorrection"
  | "exception"
  | "reconsideration"
  | "correction"
  | "correctionReconsideration";
export type CreditAction = { kind: CreditActionKind; targetId: string };

type V = Record<string, unknown> & {
  persons?: { name: string; role: string }[];
  recipients?: string[];
  evidence?: string[];
  exclusions?: string[];
  extensionYears?: number | null;
  extensionReason?: string;
};

const trim = (x: unknown) => (typeof x === "string" ? x.trim() : x);

/** The request an action sends (exported for tests). */
export function creditRequest(a: CreditAction, caseId: string, v: V): { path: string; body: Record<string, unknown> } {
  const persons = (v.persons ?? []).filter((p) => p?.name?.trim()).map((p) => ({ name: p.name.trim(), role: p.role }));
  const id = encodeURIComponent(a.targetId);
  switch (a.kind) {
    case "proposeConsumption":
      return { path: `/cases/${caseId}/consumption-restrictions`, body: { partyId: v.partyId, initiatedBy: v.initiatedBy, noticePeriodDue: v.noticePeriodDue, ...(persons.length ? { persons } : {}), recipients: v.recipients ?? [] } };
    case "issueExit":
      return { path: `/cases/${caseId}/exit-restrictions`, body: { partyId: v.partyId, initiatedBy: v.initiatedBy, ...(persons.length ? { persons } : {}), recipients: v.recipients ?? [] } };
    case "sign":
      return { path: `/consumption-restrictions/${id}/sign`, body: {} };
    case "lift":
      return { path: `/credit-restrictions/${id}/lift`, body: { ground: v.ground, securityEffective: v.securityEffective === true, courtAgrees: v.courtAgrees === true, ...(trim(v.note) ? { note: trim(v.note) } : {}) } };
    case "list":
      return {
        path: `/cases/${caseId}/dishonest-listings`,
        body: {
          partyId: v.partyId,
          ground: v.ground,
          evidence: v.evidence ?? [],
          ...(v.exclusions?.length ? { exclusions: v.exclusions } : {}),
          ...(v.extensionYears ? { extension: { years: v.extensionYears, reason: v.extensionReason ?? "repeatedBreaches" } } : {}),
          ...(trim(v.representativeName) ? { representativeName: trim(v.representativeName) } : {}),
          onApplicantRequest: v.onApplicantRequest === true,
          publish: v.publish !== false,
        },
      };
    case "extend":
      return { path: `/dishonest-listings/${id}/extend`, body: { years: v.years, reason: v.reason } };
    case "delete":
      return {
        path: `/dishonest-listings/${id}/delete`,
        body: {
          condition: v.condition,
          occurredOn: v.occurredOn,
          note: trim(v.note),
          ...(v.condition === "fruitlessSearchesAfterSuspension" ? { fruitlessSearchesAfterSuspension: v.searches ?? 0, clueProvided: v.clueProvided === true } : {}),
          ...(v.condition === "applicantRequest" ? { applicantRequestApproved: v.approved === true } : {}),
        },
      };
    case "decideException":
      return { path: `/credit-applications/${id}/decide-exception`, body: { verified: v.verified === true, note: trim(v.note) } };
    case "decideReconsideration":
      return { path: `/credit-applications/${id}/decide-reconsideration`, body: { outcome: v.outcome, note: trim(v.note) } };
    case "decideCorrection":
      return { path: `/credit-applications/${id}/decide-correction`, body: { wellFounded: v.wellFounded === true, note: trim(v.note) } };
    case "applyCorrection":
      return { path: `/credit-applications/${id}/apply-correction`, body: { revoke: v.revoke === true, ...(trim(v.performanceStatus) ? { performanceStatus: trim(v.performanceStatus) } : {}), note: trim(v.note) } };
    case "exception":
      return { path: `/consumption-restrictions/${id}/exceptions`, body: { kind: v.exceptionKind, ...(trim(v.personName) ? { personName: trim(v.personName) } : {}), content: trim(v.content) } };
    case "reconsideration":
      return { path: `/exit-restrictions/${id}/reconsideration`, body: { content: trim(v.content) } };
    case "correction":
      return { path: `/dishonest-listings/${id}/corrections`, body: { content: trim(v.content) } };
    case "correctionReconsideration":
      return { path: `/credit-applications/${id}/correction-reconsideration`, body: { content: trim(v.content) } };
    case "decideCorrectionReconsideration":
      return { path: `/credit-applications/${id}/decide-correction-reconsideration`, body: { outcome: v.outcome, note: trim(v.note) } };
  }
}

export function CreditActionModal({ caseId, credit, action, onClose }: { caseId: string; credit: CaseCredit | undefined; action: CreditAction | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith("en");
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const mutation = useCreditAction(caseId);
  const showError = useApiError();
  const ground = Form.useWatch("ground", form) as string | undefined;
  const condition = Form.useWatch("condition", form) as string | undefined;
  const kind = action?.kind;
  const required = { required: true, message: t("common.required") };
  const text = (name: string, label: string, min = 2) => (
    <Form.Item label={label} name={name} rules={[required, { whitespace: true, min, message: t("credit.minChars", { n: min }) }]}>
      <Input.TextArea rows={3} maxLength={2000} showCount data-testid={`credit-${name}`} />
    </Form.Item>
  );
  const close = () => {
    form.resetFields();
    onClose();
  };
  const submit = (v: V) => {
    if (!action) return;
    mutation.mutate(creditRequest(action, encodeURIComponent(caseId), v), {
      onSuccess: () => {
        void message.success(t("credit.done"));
        close();
      },
      onError: (e) => showError(e, form),
    });
  };
  const respondents = (credit?.respondents ?? []).map((r) => ({ value: r.partyId, label: r.name }));
  const groundInfo = ground && (DISHONEST_GROUNDS as readonly string[]).includes(ground) ? DISHONEST_GROUND_INFO[ground as DishonestGround] : null;

  const personsList = (
    <Form.List name="persons">
      {(fields, { add, remove }) => (
        <Form.Item label={t("credit.persons")} extra={t(kind === "issueExit" ? "credit.personsExitHelp" : "credit.personsHelp")}>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: "flex" }}>
              <Form.Item name={[f.name, "name"]} rules={[required]}>
                <Input placeholder={t("credit.personName")} maxLength={100} data-testid="credit-person-name" />
              </Form.Item>
              <Form.Item name={[f.name, "role"]} rules={[required]} initialValue="legalRepresentative">
                <Select style={{ width: 180 }} options={COVERED_ROLES.map((r) => ({ value: r, label: t(`credit.role.${r}`) }))} />
              </Form.Item>
              <Button onClick={() => remove(f.name)}>{t("credit.remove")}</Button>
            </Space>
          ))}
          <Button onClick={() => add()} data-testid="credit-add-person">
            {t("credit.addPerson")}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );

  return (
    <Modal
      open={action !== null}
      title={kind ? t(`credit.action.${kind}`) : undefined}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      width={640}
      data-testid="credit-modal"
      footer={
        <Space>
          <Button onClick={close}>{t("common.cancel")}</Button>
          <Button type="primary" htmlType="submit" form={kind ? `credit-${kind}` : undefined} loading={mutation.isPending} data-testid="credit-submit">
            {t("actions.confirm")}
          </Button>
        </Space>
      }
    >
      {action && kind ? (
        <Form<V> form={form} name={`credit-${kind}`} layout="vertical" preserve={false} onFinish={submit} initialValues={{ initiatedBy: "applicantWritten", publish: true, recipients: kind === "issueExit" ? [t("credit.defaultExitRecipient")] : [] }}>
          <Typography.Paragraph type="secondary">{t(`credit.help.${kind}`)}</Typography.Paragraph>
          {kind === "proposeConsumption" || kind === "issueExit" || kind === "list" ? (
            <Form.Item label={t("credit.respondent")} name="partyId" rules={[required]}>
              <Select options={respondents} data-testid="credit-party" />
            </Form.Item>
          ) : null}
          {kind === "proposeConsumption" || kind === "issueExit" ? (
            <>
              <Form.Item label={t("credit.initiatedBy")} name="initiatedBy" rules={[required]}>
                <Radio.Group options={(["applicantWritten", "courtOwnMotion"] as const).map((x) => ({ value: x, label: t(`credit.initiated.${x}`) }))} />
              </Form.Item>
              {kind === "proposeConsumption" ? (
                <Form.Item label={t("credit.noticePeriodDue")} name="noticePeriodDue" rules={[required]} extra={t("credit.noticePeriodDueHelp")}>
                  <Input type="date" data-testid="credit-notice-due" />
                </Form.Item>
              ) : null}
              {personsList}
              <Form.Item label={t("credit.recipients")} name="recipients" rules={[required]} extra={t("credit.recipientsHelp")}>
                <Select mode="tags" open={false} tokenSeparators={["，", ","]} data-testid="credit-recipients" />
              </Form.Item>
            </>
          ) : null}
          {kind === "sign" ? <Alert type="info" showIcon title={t("credit.signNote")} /> : null}
          {kind === "lift" ? (
            <>
              <Form.Item label={t("credit.liftGround")} name="ground" rules={[required]}>
                <Radio.Group options={(["fullPerformance", "security", "applicantConsent"] as const).map((x) => ({ value: x, label: t(`credit.lifting.${x}`) }))} />
              </Form.Item>
              {ground === "security" ? (
                <Form.Item name="securityEffective" valuePropName="checked">
                  <Checkbox>{t("credit.securityEffective")}</Checkbox>
                </Form.Item>
              ) : null}
              {ground && ground !== "fullPerformance" ? (
                <Form.Item name="courtAgrees" valuePropName="checked">
                  <Checkbox>{t("credit.courtAgrees")}</Checkbox>
                </Form.Item>
              ) : null}
              <Form.Item label={t("common.reason")} name="note">
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          ) : null}
          {kind === "list" ? (
            <>
              <Form.Item label={t("credit.ground")} name="ground" rules={[required]}>
                <Select data-testid="credit-ground" options={DISHONEST_GROUNDS.map((g) => ({ value: g, label: `${DISHONEST_GROUND_INFO[g].item}. ${en ? DISHONEST_GROUND_INFO[g].label.en : DISHONEST_GROUND_INFO[g].label.zh}` }))} />
              </Form.Item>
              {groundInfo ? (
                <Form.Item label={t("credit.evidence")} name="evidence" rules={[required]} extra={t("credit.evidenceHelp")}>
                  <Checkbox.Group data-testid="credit-evidence" options={groundInfo.requiredEvidence.map((e) => ({ value: e, label: t(`credit.evidenceKind.${e}`) }))} />
                </Form.Item>
              ) : null}
              {ground === "ableButRefuses" ? (
                <Form.Item label={t("credit.exclusions")} name="exclusions">
                  <Checkbox.Group options={LISTING_EXCLUSIONS.map((e) => ({ value: e, label: t(`credit.exclusion.${e}`) }))} />
                </Form.Item>
              ) : null}
              <Form.Item label={t("credit.representativeName")} name="representativeName" extra={t("credit.representativeHelp")}>
                <Input maxLength={100} data-testid="credit-representative" />
              </Form.Item>
              {ground && ground !== "ableButRefuses" ? (
                <Space>
                  <Form.Item label={t("credit.extensionYears")} name="extensionYears">
                    <InputNumber min={1} max={3} precision={0} />
                  </Form.Item>
                  <Form.Item label={t("credit.extensionReason")} name="extensionReason">
                    <Select style={{ width: 200 }} options={(["violenceOrThreats", "repeatedBreaches"] as const).map((x) => ({ value: x, label: t(`credit.extension.${x}`) }))} />
                  </Form.Item>
                </Space>
              ) : null}
              <Form.Item name="onApplicantRequest" valuePropName="checked">
                <Checkbox>{t("credit.onApplicantRequest")}</Checkbox>
              </Form.Item>
              <Form.Item label={t("credit.publish")} name="publish" valuePropName="checked">
                <Switch data-testid="credit-publish" />
              </Form.Item>
            </>
          ) : null}
          {kind === "extend" ? (
            <>
              <Form.Item label={t("credit.extensionYears")} name="years" rules={[required]}>
                <InputNumber min={1} max={3} precision={0} />
              </Form.Item>
              <Form.Item label={t("credit.extensionReason")} name="reason" rules={[required]}>
                <Select options={(["violenceOrThreats", "repeatedBreaches"] as const).map((x) => ({ value: x, label: t(`credit.extension.${x}`) }))} />
              </Form.Item>
            </>
          ) : null}
          {kind === "delete" ? (
            <>
              <Form.Item label={t("credit.condition")} name="condition" rules={[required]}>
                <Select data-testid="credit-condition" options={DELETION_CONDITIONS.map((c) => ({ value: c, label: t(`credit.deletion.${c}`) }))} />
              </Form.Item>
              <Form.Item label={t("credit.occurredOn")} name="occurredOn" rules={[required]}>
                <Input type="date" />
              </Form.Item>
              {condition === "fruitlessSearchesAfterSuspension" ? (
                <Space>
                  <Form.Item label={t("credit.searches")} name="searches">
                    <InputNumber min={0} max={100} precision={0} />
                  </Form.Item>
                  <Form.Item name="clueProvided" valuePropName="checked">
                    <Checkbox>{t("credit.clueProvided")}</Checkbox>
                  </Form.Item>
                </Space>
              ) : null}
              {condition === "applicantRequest" ? (
                <Form.Item name="approved" valuePropName="checked">
                  <Checkbox>{t("credit.applicantRequestApproved")}</Checkbox>
                </Form.Item>
              ) : null}
              {text("note", t("common.reason"))}
            </>
          ) : null}
          {kind === "decideException" ? (
            <>
              <Form.Item name="verified" valuePropName="checked">
                <Checkbox>{t("credit.verified")}</Checkbox>
              </Form.Item>
              {text("note", t("common.reason"))}
            </>
          ) : null}
          {kind === "decideReconsideration" || kind === "decideCorrectionReconsideration" ? (
            <>
              <Form.Item label={t("credit.outcome")} name="outcome" rules={[required]}>
                <Radio.Group options={(["upheld", "revoked"] as const).map((x) => ({ value: x, label: t(`credit.outcomes.${x}`) }))} />
              </Form.Item>
              {text("note", t("common.reason"))}
            </>
          ) : null}
          {kind === "decideCorrection" ? (
            <>
              <Form.Item name="wellFounded" valuePropName="checked">
                <Checkbox>{t("credit.wellFounded")}</Checkbox>
              </Form.Item>
              {text("note", t("common.reason"))}
            </>
          ) : null}
          {kind === "applyCorrection" ? (
            <>
              <Form.Item name="revoke" valuePropName="checked">
                <Checkbox>{t("credit.revoke")}</Checkbox>
              </Form.Item>
              <Form.Item label={t("credit.performanceStatus")} name="performanceStatus">
                <Input maxLength={500} />
              </Form.Item>
              {text("note", t("common.reason"))}
            </>
          ) : null}
          {kind === "exception" ? (
            <>
              <Form.Item label={t("credit.exceptionKind")} name="exceptionKind" rules={[required]}>
                <Radio.Group options={(["necessaryLivingOrBusiness", "personalAssetsPersonalNeed"] as const).map((x) => ({ value: x, label: t(`credit.exceptionKinds.${x}`) }))} />
              </Form.Item>
              <Form.Item label={t("credit.personName")} name="personName" extra={t("credit.personNameHelp")}>
                <Input maxLength={100} />
              </Form.Item>
              {text("content", t("credit.content"), 4)}
            </>
          ) : null}
          {kind === "correctionReconsideration" ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("credit.correctionReconsiderationHelp")} data-testid="credit-correction-reconsideration-help" />
          ) : null}
          {kind === "reconsideration" || kind === "correction" || kind === "correctionReconsideration" ? text("content", t("credit.content"), 4) : null}
        </Form>
      ) : null}
    </Modal>
  );
}
