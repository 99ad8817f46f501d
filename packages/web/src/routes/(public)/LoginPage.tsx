import { Card, Divider, Space, Typography } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { LoginForm } from "../../features/auth/components/LoginForm";
import { homeFor, isParty, isStaff } from "../../features/auth/roles";
import type { User } from "../../api/types";

function safeNext(next: string | null, user: User): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return null;
  if (next.startsWith("/staff") && !isStaff(user.role)) return null;
  if (next.startsWith("/my") && !isParty(user.role)) return null;
  return next;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  return (
    <div className="auth-card">
      <Card>
        <Typography.Title level={2} style={{ textAlign: "center" }}>
          {t("auth.loginTitle")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          {t("app.fullName")}
        </Typography.Paragraph>
        <LoginForm onSuccess={(user) => navigate(safeNext(params.get("next"), user) ?? homeFor(user.role), { replace: true })} />
        <Divider />
        <Space orientation="vertical" style={{ width: "100%" }}>
          <span>
            {t("auth.noAccount")} <Link to="/register" data-testid="link-register">{t("auth.registerLink")}</Link>
          </span>
          <Link to="/calculators" data-testid="link-calculators">
            {t("auth.calculatorsLink")}
          </Link>
        </Space>
      </Card>
    </div>
  );
}
