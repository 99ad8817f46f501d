import { Link, Outlet, useNavigate } from "react-router";
import { Button, Space } from "antd";
import { LogoutOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { RequireRole } from "../../features/auth/components/RequireRole";
import { useLogout } from "../../features/auth/hooks/useSession";
import { isParty } from "../../features/auth/roles";

function PartyShell({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <div className="touch" style={{ minHeight: "100vh", background: "#f5f6f8" }}>
      <header className="party-header" role="banner">
        <Link to="/my/cases" className="brand" style={{ color: "inherit" }}>
          {t("app.name")}
        </Link>
        <Space size="small">
          <LanguageSwitch size="small" />
          <Button
            icon={<LogoutOutlined />}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}
            aria-label={t("nav.logout")}
            data-testid="logout"
          />
        </Space>
      </header>
      <main className="party-shell">
        <div style={{ marginBottom: 8, color: "rgba(0,0,0,0.55)" }} data-testid="current-user">
          {user.displayName} · {t(`roles.${user.role}`)}
        </div>
        <Outlet context={user} />
      </main>
    </div>
  );
}

export default function PartyLayout() {
  return <RequireRole allow={(u) => isParty(u.role)}>{(user) => <PartyShell user={user} />}</RequireRole>;
}
