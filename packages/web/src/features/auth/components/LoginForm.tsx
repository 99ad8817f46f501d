import { Button, Form, Input } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { User } from "../../../api/types";
import { useApiError } from "../../../lib/useApiError";
import { useLogin } from "../hooks/useSession";

type Values = { username: string; password: string };

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const loginMutation = useLogin();
  const showError = useApiError();

  return (
    <Form<Values>
      form={form}
      name="login"
      layout="vertical"
      requiredMark={false}
      aria-label={t("auth.loginTitle")}
      onFinish={(v) =>
        loginMutation.mutate(v, {
          onSuccess: (res) => onSuccess(res.user),
          onError: (e) => showError(e, form),
        })
      }
    >
      <Form.Item label={t("auth.username")} name="username" rules={[{ required: true, message: t("auth.usernameRequired") }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" size="large" data-testid="login-username" />
      </Form.Item>
      <Form.Item label={t("auth.password")} name="password" rules={[{ required: true, message: t("auth.passwordRequired") }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="login-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={loginMutation.isPending} data-testid="login-submit">
        {t("auth.submit")}
      </Button>
    </Form>
  );
}
