import { useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { Button, Input, Layout, Menu, Space, Tag, Typography } from "antd";
import { DashboardOutlined, FileAddOutlined, LogoutOutlined, ProfileOutlined, UserOutlined } from "@ant-design/icons";
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
  const [q, setQ] = useState("");

  const selected = location.pathname.startsWith("/staff/cases/new")
    ? "/staff/cases/new"
    : location.pathname.startsWith("/staff/cases")
      ? "/staff/cases"
      : "/staff/workbench";

  const items = [
    { key: "/staff/workbench", icon: <DashboardOutlined />, label: t("nav.workbench") },
    { key: "/staff/cases", icon: <ProfileOutlined />, label: t("nav.cases") },
    ...(user.role === "filingClerk" || user.role === "admin"
      ? [{ key: "/staff/cases/new", icon: <FileAddOutlined />, label: t("nav.newCase") }]
      : []),
  ];

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={200} aria-label={t("nav.main")}>
        <div className="staff-logo">{collapsed ? t("app.short") : t("app.name")}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={items}
          onClick={(e) => navigate(e.key)}
          data-testid="staff-nav"
        />
      </Layout.Sider>
      <Layout>
        <header className="staff-header" role="banner">
          <span className="court" data-testid="court-name">
            {user.courtName ?? t("app.fullName")}
          </span>
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
            <Button
              icon={<LogoutOutlined />}
              size="small"
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}
              data-testid="logout"
            >
              {t("nav.logout")}
            </Button>
          </Space>
        </header>
        <Layout.Content style={{ padding: 16 }}>
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
