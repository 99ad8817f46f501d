// Starting the procedure for a controlled asset (参考价规定 art 1) and moving to the next method (arts 4,
// 5, 7, 14, 29 para 2): the facts the order depends on, an optional target with both parties' request,
// and the period and institution the chosen method needs. The method the order gives is previewed in the
// browser with the domain's nextValuationMethod — the same rule the server applies when it decides.
import { Alert, App, Checkbox, Form, Input, Radio, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { isDomainError, nextValuationMethod, VALUATION_METHOD_LABELS, VALUATION_METHODS, type MethodStep, type ValuationFacts } from "@zhixing/domain";
import type { CaseValuations, Localized, Valuation, ValuationFactsInput, ValuationMethod } from "../../../api/types";
import { pickLocalized } from "../../../api/client";
import { CitationList } from "../../../components/CitationText";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { formatDate } from "../../../lib/format";
import { useApiError } from "../../../lib/useApiError";
import { useLocalized } from "../../../lib/useLocalized";
import { assetTypeLabel } from "../../measures/labels";
import { moveToNextMethod } from "../api/valuations";
import { useStartValuation, useValuationAction } from "../hooks/useValuations";
import { openStep } from "../valuation";

const FACT_KEYS = ["partyRefusesAgreement", "partyMissing", "hasGovernmentPrice", "needsOnSiteInspection", "onlineInquiryAvailable", "appraisalRequiredByLaw"] as const;
type FactKey = (typeof FACT_KEYS)[number];

type MethodValues = {
  facts: Record<FactKey, boolean>;
  target?: ValuationMethod;
  bothPartiesAgree?: boolean;
  dueDate?: string;
  institution?: string;
};
type StartValues = MethodValues & { assetId: string };
type NextValues = MethodValues & { outcome?: "impossible" | "failed"; note: string };

export type MethodPreview = { ok: true; step: MethodStep } | { ok: false; message: Localized; field: string | null };

/** The method the order gives for these facts (nextValuationMethod), or why the target is refused. */
export function previewMethod(input: { after?: { method: ValuationMethod; outcome: "impossible" | "failed" }; facts: Partial<Record<FactKey, boolean>>; target?: ValuationMethod; bothPartiesAgree?: boolean }): MethodPreview {
  const facts: ValuationFacts = {
    partyRefusesAgreement: !!input.facts.partyRefusesAgreement,
    partyMissing: !!input.facts.partyMissing,
    hasGovernmentPrice: !!input.facts.hasGovernmentPrice,
    needsOnSiteInspection: !!input.facts.needsOnSiteInspection,
    onlineInquiryAvailable: !!input.facts.onlineInquiryAvailable,
    appraisalRequiredByLaw: !!input.facts.appraisalRequiredByLaw,
  };
  try {
    const step = nextValuationMethod({
      facts,
      ...(input.after ? { after: input.after } : {}),
      ...(input.target ? { target: input.target } : {}),
      ...(input.bothPartiesAgree !== undefined ? { bothPartiesAgree: input.bothPartiesAgree } : {}),
    });
    return { ok: true, step };
  } catch (e) {
    if (isDomainError(e)) return { ok: false, message: e.messages, field: e.field ?? null };
    const text = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { zh: text, en: text }, field: null };
  }
}

/** The facts as the API wants them (three required booleans; the others only when set). */
function factsBody(f: Partial<Record<FactKey, boolean>>): ValuationFactsInput {
  return {
    hasGovernmentPrice: !!f.hasGovernmentPrice,
    needsOnSiteInspection: !!f.needsOnSiteInspection,
    onlineInquiryAvailable: !!f.onlineInquiryAvailable,
    ...(f.partyRefusesAgreement ? { partyRefusesAgreement: true } : {}),
    ...(f.partyMissing ? { partyMissing: true } : {}),
    ...(f.appraisalRequiredByLaw ? { appraisalRequiredByLaw: true } : {}),
  };
}

function FactsFields() {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: "8px 12px", marginBottom: 12 }} data-testid="valuation-facts">
      <legend style={{ fontSize: 14, width: "auto", padding: "0 4px", margin: 0, border: 0 }}>{t("valuation.facts.title")}</legend>
      {FACT_KEYS.map((k) => (
        <Form.Item key={k} name={["facts", k]} valuePropName="checked" style={{ marginBottom: 4 }} extra={t(`valuation.facts.${k}Help`)}>
          <Checkbox data-testid={`fact-${k}`}>{t(`valuation.facts.${k}`)}</Checkbox>
        </Form.Item>
      ))}
    </fieldset>
  );
}

/** Target, both parties' request, and the preview with the period and institution the method needs. */
function MethodFields({ after, allowAnyTarget }: { after?: ValuationMethod; allowAnyTarget?: boolean }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const form = Form.useFormInstance<NextValues>();
  const values = (Form.useWatch([], form) ?? {}) as Partial<NextValues>;
  const needsOutcome = after !== undefined;
  const preview =
    needsOutcome && !values.outcome
      ? null
      : previewMethod({
          facts: values.facts ?? {},
          ...(after && values.outcome ? { after: { method: after, outcome: values.outcome } } : {}),
          ...(values.target ? { target: values.target } : {}),
          ...(values.bothPartiesAgree ? { bothPartiesAgree: true } : {}),
        });
  const method = preview?.ok ? preview.step.method : null;
  const targets = VALUATION_METHODS.filter((m) => allowAnyTarget || after === undefined || m !== after);
  return (
    <>
      <Form.Item label={t("valuation.next.target")} name="target" extra={t("valuation.next.targetHelp")}>
        <Select
          allowClear
          placeholder={t("valuation.next.targetDefault")}
          data-testid="valuation-target"
          options={targets.map((m) => ({ value: m, label: loc(VALUATION_METHOD_LABELS[m]) }))}
        />
      </Form.Item>
      <Form.Item name="bothPartiesAgree" valuePropName="checked">
        <Checkbox data-testid="valuation-both-agree">{t("valuation.next.bothPartiesAgree")}</Checkbox>
      </Form.Item>
      {preview ? (
        preview.ok ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="valuation-preview"
            data-method={preview.step.method}
            title={t("valuation.next.preview", { method: loc(VALUATION_METHOD_LABELS[preview.step.method]) })}
            description={
              <>
                <div>{loc(preview.step.explanation)}</div>
                {preview.step.skipped.map((s) => (
                  <div key={s.method} style={{ fontSize: 13 }}>
                    {t("common.labelValue", { label: t("valuation.path.skipped"), value: loc(VALUATION_METHOD_LABELS[s.method]) })}
                    {t("common.paren", { text: loc(s.explanation) })}
                  </div>
                ))}
                <CitationList items={preview.step.basis} />
              </>
            }
          />
        ) : (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="valuation-preview-refused" title={t("valuation.next.previewRefused")} description={loc(preview.message)} />
        )
      ) : null}
      {method === "agreed" || method === "directedInquiry" ? (
        <Form.Item
          label={t(method === "agreed" ? "valuation.next.dueDateAgreed" : "valuation.next.dueDateDirected")}
          name="dueDate"
          rules={[{ required: true, message: t("common.required") }]}
        >
          <DateInput data-testid="valuation-due-date" />
        </Form.Item>
      ) : null}
      {method === "directedInquiry" ? (
        <Form.Item label={t("valuation.directed.institution")} name="institution" extra={t("valuation.next.institutionHelp")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input maxLength={200} data-testid="valuation-institution" />
        </Form.Item>
      ) : null}
    </>
  );
}

const setup = (v: MethodValues) => ({
  ...(v.target ? { target: v.target } : {}),
  ...(v.bothPartiesAgree ? { bothPartiesAgree: true } : {}),
  ...(v.dueDate ? { dueDate: v.dueDate } : {}),
  ...(v.institution?.trim() ? { institution: v.institution.trim() } : {}),
});

/** Start the procedure for a controlled asset of the case (art 1; handler or division head). */
export function StartValuationModal({
  caseId,
  pending,
  assetId,
  open,
  onClose,
  onStarted,
}: {
  caseId: string;
  pending: CaseValuations["pending"];
  assetId?: string;
  open: boolean;
  onClose: () => void;
  onStarted: (v: Valuation) => void;
}) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const { message } = App.useApp();
  const start = useStartValuation(caseId);
  const showError = useApiError();
  return (
    <FormModal<StartValues>
      open={open}
      title={t("valuation.start.title")}
      okText={t("valuation.start.submit")}
      pending={start.isPending}
      onClose={onClose}
      testId="valuation-start-form"
      width={640}
      initialValues={{ assetId: assetId ?? pending[0]?.assetId, facts: { onlineInquiryAvailable: true } as Record<FactKey, boolean> }}
      onSubmit={(v, form) =>
        start.mutate(
          { assetId: v.assetId, facts: factsBody(v.facts ?? {}), ...setup(v) },
          {
            onSuccess: (r) => {
              message.success(t("valuation.start.done", { method: loc(r.methodLabel) }));
              onStarted(r);
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Typography.Paragraph type="secondary">{t("valuation.start.help")}</Typography.Paragraph>
      <Form.Item label={t("valuation.list.asset")} name="assetId" rules={[{ required: true, message: t("common.required") }]}>
        <Select
          data-testid="valuation-start-asset"
          options={pending.map((p) => {
            const l = assetTypeLabel(p.assetType);
            return { value: p.assetId, label: `${l ? loc(l) : p.assetType} · ${p.description} · ${t("valuation.list.startBy", { date: formatDate(p.startDue) })}` };
          })}
        />
      </Form.Item>
      <FactsFields />
      <MethodFields />
    </FormModal>
  );
}

/** Move to the next method: how the running one ended (不能 / 不成), why, and the facts (arts 5, 7, 14, 29). */
export function NextMethodModal({ v, open, onClose }: { v: Valuation; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const { message } = App.useApp();
  const act = useValuationAction(v.caseId);
  const showError = useApiError();
  const running = openStep(v);
  const last = v.steps.at(-1);
  const facts = Object.fromEntries(FACT_KEYS.map((k) => [k, v.facts[k] === true])) as Record<FactKey, boolean>;
  return (
    <FormModal<NextValues>
      open={open}
      title={t("valuation.next.title")}
      okText={t("valuation.next.submit")}
      pending={act.isPending}
      onClose={onClose}
      testId="valuation-next-form"
      width={640}
      initialValues={{ facts, ...(running ? {} : { outcome: last?.status === "impossible" ? "impossible" : "failed" }) }}
      onSubmit={(values, form) =>
        act.mutate(
          () =>
            moveToNextMethod(v.id, {
              ...(running && values.outcome ? { outcome: values.outcome } : {}),
              note: values.note.trim(),
              facts: factsBody(values.facts ?? {}),
              ...setup(values),
            }),
          {
            onSuccess: (r) => {
              message.success(t("valuation.next.done", { method: loc(r.methodLabel) }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Typography.Paragraph>
        {t("valuation.next.current", { method: last ? pickLocalized(last.label, i18n.language) : "—" })}
      </Typography.Paragraph>
      {running ? (
        <Form.Item label={t("valuation.next.outcome")} name="outcome" rules={[{ required: true, message: t("common.required") }]}>
          <Radio.Group data-testid="valuation-outcome">
            <Radio value="impossible">{t("valuation.next.impossible")}</Radio>
            <Radio value="failed">{t("valuation.next.failed")}</Radio>
          </Radio.Group>
        </Form.Item>
      ) : (
        <Form.Item name="outcome" hidden>
          <Input />
        </Form.Item>
      )}
      <Form.Item
        label={t("valuation.next.note")}
        name="note"
        rules={[
          { required: true, whitespace: true, message: t("common.required") },
          { min: 2, message: t("valuation.tooShort") },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="valuation-next-note" />
      </Form.Item>
      <FactsFields />
      <MethodFields after={last?.method} allowAnyTarget />
    </FormModal>
  );
}
