import { Button, Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { ID_TYPES, PARTY_KINDS, type RegisterInput, type User } from "../../../api/types";
import { useApiError } from "../../../lib/useApiError";
import { useRegister } from "../hooks/useSession";

type Values = RegisterInput & { confirm: string };

export function RegisterForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useRegister();
  const showError = useApiError();
  const required = { required: true, message: t("common.required") };

  return (
    <Form<Values>
      form={form}
      name="register"
      layout="vertical"
      initialValues={{ kind: "legalPerson", idType: "creditCode" }}
      onFinish={({ confirm: _confirm, ...v }) =>
        mutation.mutate(
          { ...v, phone: v.phone || undefined, email: v.email || undefined },
          { onSuccess: (res) => onSuccess(res.user), onError: (e) => showError(e, form) },
        )
      }
    >
      <Form.Item label={t("auth.username")} name="username" rules={[required]}>
        <Input autoComplete="username" data-testid="register-username" />
      </Form.Item>
      <Form.Item
        label={t("auth.password")}
        name="password"
        extra={t("auth.passwordRule")}
        rules={[required, { min: 8, message: t("auth.passwordRule") }]}
      >
        <Input.Password autoComplete="new-password" data-testid="register-password" />
      </Form.Item>
      <Form.Item
        label={t("auth.confirmPassword")}
        name="confirm"
        dependencies={["password"]}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_r, v) =>
              !v || getFieldValue("password") === v ? Promise.resolve() : Promise.reject(new Error(t("auth.passwordMismatch"))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="register-confirm" />
      </Form.Item>
      <Form.Item label={t("auth.displayName")} name="displayName" extra={t("auth.displayNameHint")} rules={[required]}>
        <Input data-testid="register-displayName" />
      </Form.Item>
      <Form.Item label={t("party.kind")} name="kind" rules={[required]}>
        <Select options={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t("party.idType")} name="idType" rules={[required]}>
        <Select options={ID_TYPES.map((k) => ({ value: k, label: t(`idType.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t("party.idNumber")} name="idNumber" rules={[required]}>
        <Input data-testid="register-idNumber" />
      </Form.Item>
      <Form.Item label={t("party.phone")} name="phone">
        <Input type="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item label={t("auth.email")} name="email" rules={[{ type: "email", message: t("auth.emailInvalid") }]}>
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending} data-testid="register-submit">
        {t("auth.registerSubmit")}
      </Button>
    </Form>
  );
}
