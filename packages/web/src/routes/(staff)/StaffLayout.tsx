import { useEffect, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { Button, Drawer, Grid, Input, Layout, Menu, Space, Tag, Typography } from "antd";
import {
  CalendarOutlined,
  DashboardOutlined,
  ShopOutlined,
  FileAddOutlined,
  LogoutOutlined,
  MenuOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { RequireRole } from "../../features/auth/components/RequireRole";
import { useLogout } from "../../features/auth/hooks/useSession";
import { isStaff } from "../../features/auth/roles";
import { defaultCaseScope } from "../../features/case/scope";
import { RemindersBell } from "../../features/reminders/components/RemindersBell";

function StaffShell({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [q, setQ] = useState("");
  // Below `md` (phones) the navigation is a drawer behind a menu button, so content gets the full width.
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;

  // A route change (menu, search, link) closes the drawer.
  useEffect(() => setDrawerOpen(false), [location.pathname, location.search]);

  const selected = location.pathname.startsWith("/staff/cases/new")
    ? "/staff/cases/new"
    : location.pathname.startsWith("/staff/preservation/new")
      ? "/staff/preservation/new"
      : location.pathname.startsWith("/staff/cases")
      ? "/staff/cases"
      : location.pathname.startsWith("/staff/calendar")
        ? "/staff/calendar"
        : location.pathname.startsWith("/staff/auctions")
          ? "/staff/auctions"
          : "/staff/workbench";

  const items = [
    { key: "/staff/workbench", icon: <DashboardOutlined />, label: t("nav.workbench") },
    { key: "/staff/cases", icon: <ProfileOutlined />, label: t("nav.cases") },
    { key: "/staff/auctions", icon: <ShopOutlined />, label: t("nav.auctions") },
    ...(user.role === "filingClerk" || user.role === "admin"
      ? [
          { key: "/staff/cases/new", icon: <FileAddOutlined />, label: t("nav.newCase") },
          { key: "/staff/preservation/new", icon: <SafetyCertificateOutlined />, label: t("nav.newPreservation") },
        ]
      : []),
    // Every staff member may look at the statutory calendar; administrators and presidents maintain it.
    ...(user.role === "admin" || user.role === "president"
      ? [{ key: "/staff/calendar", icon: <CalendarOutlined />, label: t("nav.calendar") }]
      : []),
  ];

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      items={items}
      onClick={(e) => {
        setDrawerOpen(false);
        navigate(e.key);
      }}
      data-testid="staff-nav"
    />
  );

  const logoutButton = (
    <Button
      icon={<LogoutOutlined />}
      size="small"
      // Phones: icon only, on the court-name row, so the other controls keep to one row.
      aria-label={phone ? t("nav.logout") : undefined}
      title={phone ? t("nav.logout") : undefined}
      className={phone ? "staff-logout-phone" : undefined}
      onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}
      data-testid="logout"
    >
      {phone ? null : t("nav.logout")}
    </Button>
  );

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {phone ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={240}
          closable={false}
          className="staff-drawer"
          styles={{ body: { padding: 0, background: "#001529" } }}
          data-testid="staff-drawer"
        >
          <nav aria-label={t("nav.main")}>
            <div className="staff-logo">{t("app.name")}</div>
            {menu}
          </nav>
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={200} aria-label={t("nav.main")}>
          <div className="staff-logo">{collapsed ? t("app.short") : t("app.name")}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <header className="staff-header" role="banner">
          {phone ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t("nav.openMenu")}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              className="staff-menu-button"
              data-testid="staff-menu"
            />
          ) : null}
          <span className="court" data-testid="court-name">
            {user.courtName ?? t("app.fullName")}
          </span>
          {phone ? logoutButton : null}
          <Input.Search
            aria-label={t("nav.searchLabel")}
            placeholder={t("nav.searchPlaceholder")}
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => {
              const term = v.trim();
              // Search the widest scope the user works in (a supervisor's own court has no cases).
              const scope = defaultCaseScope(user.role) === "supervised" ? "supervised" : "court";
              navigate(term ? `/staff/cases?q=${encodeURIComponent(term)}&scope=${scope}` : "/staff/cases");
            }}
            className="staff-search"
            data-testid="global-search"
          />
          <span className="spacer" />
          <Space size="middle" wrap className="staff-controls">
            <RemindersBell />
            <span data-testid="current-user">
              <UserOutlined /> {user.displayName}
            </span>
            <Tag color="blue" data-testid="current-role">
              {t(`roles.${user.role}`)}
            </Tag>
            <LanguageSwitch size="small" />
            {phone ? null : logoutButton}
          </Space>
        </header>
        <Layout.Content style={{ padding: phone ? 8 : 16, minWidth: 0 }}>
          <Outlet context={user} />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: "center", padding: "8px 16px" }}>
          <Typography.Text type="secondary">{t("app.footer")}</Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}

export default function StaffLayout() {
  return <RequireRole allow={(u) => isStaff(u.role)}>{(user) => <StaffShell user={user} />}</RequireRole>;
}
