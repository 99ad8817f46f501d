import { Outlet, Link } from "react-router";
import { Layout, Space } from "antd";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { useSession } from "../../features/auth/hooks/useSession";
import { homeFor } from "../../features/auth/roles";

export default function PublicLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data;
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <header className="party-header" role="banner">
        <Link to="/" className="brand" style={{ color: "inherit" }}>
          {t("app.name")} <span className="tagline">{t("app.tagline")}</span>
        </Link>
        <Space wrap>
          <Link to="/auctions" data-testid="nav-auctions">{t("nav.auctions")}</Link>
          <Link to="/calculators">{t("nav.calculators")}</Link>
          <Link to="/rewards" data-testid="nav-public-rewards">{t("nav.publicRewards")}</Link>
          <Link to="/dishonest" data-testid="nav-dishonest">{t("nav.dishonest")}</Link>
          {user ? <Link to={homeFor(user.role)}>{t("nav.myHome")}</Link> : <Link to="/login">{t("nav.login")}</Link>}
          <LanguageSwitch size="small" />
        </Space>
      </header>
      <main>
        <Outlet />
      </main>
    </Layout>
  );
}
