// One action as a modal form (the ActionModal pattern: the action's help and the articles it rests on,
// then its fields; server errors land on the field they name). Fields are described, not hand-built,
// so that every coercion and objection action reads the same way.
import { Alert, Input, InputNumber, Select, Switch, Typography, Form } from "antd";
import { useTranslation } from "react-i18next";
import { App } from "antd";
import { DateInput } from "../../../components/DateInput";
import { FormModal } from "../../../components/FormModal";
import { YuanInput } from "../../../components/YuanInput";
import { useApiError } from "../../../lib/useApiError";

export type Field =
  | { name: string; label: string; kind: "date" | "text" | "textarea" | "yuan"; required?: boolean; extra?: string }
  | { name: string; label: string; kind: "number"; required?: boolean; min?: number; max?: number; extra?: string }
  | { name: string; label: string; kind: "switch"; extra?: string }
  | { name: string; label: string; kind: "select"; required?: boolean; options: { value: string; label: string }[]; extra?: string };

export type ActionSpec = {
  key: string;
  title: string;
  help?: string;
  citation?: string;
  danger?: boolean;
  fields: Field[];
  initialValues?: Record<string, unknown>;
  /** The request: path and body from the form's values. */
  request: (values: Record<string, unknown>) => { path: string; body: Record<string, unknown> };
  /** Fields shown only while `when(values)` holds. */
  when?: Record<string, (values: Record<string, unknown>) => boolean>;
};

type Mutation = { mutate: (v: { path: string; body: Record<string, unknown> }, o: { onSuccess: () => void; onError: (e: unknown) => void }) => void; isPending: boolean };

function FieldsBody({ spec }: { spec: ActionSpec }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const values = (Form.useWatch([], form) ?? {}) as Record<string, unknown>;
  const required = { required: true, message: t("common.required") };
  return (
    <>
      {spec.help ? <Typography.Paragraph type="secondary">{spec.help}</Typography.Paragraph> : null}
      {spec.citation ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("actions.restsOn")} description={spec.citation} /> : null}
      {spec.fields
        .filter((f) => !spec.when?.[f.name] || spec.when[f.name]!(values))
        .map((f) => {
          const rules = "required" in f && f.required ? [required] : [];
          const testId = `${spec.key}-${f.name}`;
          if (f.kind === "switch") {
            return (
              <Form.Item key={f.name} name={f.name} label={f.label} valuePropName="checked" extra={f.extra}>
                <Switch data-testid={testId} />
              </Form.Item>
            );
          }
          return (
            <Form.Item key={f.name} name={f.name} label={f.label} rules={rules} extra={f.extra}>
              {f.kind === "date" ? (
                <DateInput data-testid={testId} />
              ) : f.kind === "yuan" ? (
                <YuanInput data-testid={testId} />
              ) : f.kind === "number" ? (
                <InputNumber min={f.min} max={f.max} precision={0} style={{ width: "100%" }} data-testid={testId} />
              ) : f.kind === "select" ? (
                <Select options={f.options} data-testid={testId} aria-label={f.label} />
              ) : f.kind === "textarea" ? (
                <Input.TextArea rows={3} maxLength={2000} showCount data-testid={testId} />
              ) : (
                <Input maxLength={200} data-testid={testId} />
              )}
            </Form.Item>
          );
        })}
    </>
  );
}

export function FieldsModal({ spec, mutation, onClose }: { spec: ActionSpec | null; mutation: Mutation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  return (
    <FormModal<Record<string, unknown>>
      open={spec !== null}
      title={spec?.title}
      danger={spec?.danger}
      pending={mutation.isPending}
      initialValues={spec?.initialValues}
      onClose={onClose}
      testId={spec ? `action-${spec.key}` : "action"}
      width={620}
      onSubmit={(values, form) => {
        if (!spec) return;
        const clean = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]).filter(([, v]) => v !== undefined && v !== null && v !== ""));
        mutation.mutate(spec.request(clean), {
          onSuccess: () => {
            message.success(t("coercion.done", { action: spec.title }));
            onClose();
          },
          onError: (e) => showError(e, form),
        });
      }}
    >
      {spec ? <FieldsBody spec={spec} /> : null}
    </FormModal>
  );
}
