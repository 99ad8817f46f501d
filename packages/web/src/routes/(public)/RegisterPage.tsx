import { Card, Typography } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { RegisterForm } from "../../features/auth/components/RegisterForm";
import { homeFor } from "../../features/auth/roles";

export default function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A bidder who came from an auction goes back to it (only a public auction page is accepted).
  const next = useSearchParams()[0].get("next");
  const back = next && /^\/auctions(\/[0-9a-f-]+)?$/.test(next) ? next : null;
  return (
    <div className="auth-card" style={{ maxWidth: 520 }}>
      <Card>
        <Typography.Title level={2}>{t("auth.registerTitle")}</Typography.Title>
        <Typography.Paragraph type="secondary">{t("auth.registerIntro")}</Typography.Paragraph>
        <RegisterForm onSuccess={(user) => navigate(back ?? homeFor(user.role), { replace: true })} />
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {t("auth.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
