import { Card, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { RegisterForm } from "../../features/auth/components/RegisterForm";
import { homeFor } from "../../features/auth/roles";

export default function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="auth-card" style={{ maxWidth: 520 }}>
      <Card>
        <Typography.Title level={2}>{t("auth.registerTitle")}</Typography.Title>
        <Typography.Paragraph type="secondary">{t("auth.registerIntro")}</Typography.Paragraph>
        <RegisterForm onSuccess={(user) => navigate(homeFor(user.role), { replace: true })} />
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {t("auth.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
