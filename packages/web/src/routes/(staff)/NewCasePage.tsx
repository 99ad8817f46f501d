import { Typography } from "antd";
import { useNavigate, useOutletContext } from "react-router";
import { useTranslation } from "react-i18next";
import { App } from "antd";
import type { User } from "../../api/types";
import { ApplicationForm } from "../../features/case/components/ApplicationForm";

export default function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useOutletContext<User>();
  const { message } = App.useApp();
  return (
    <div style={{ maxWidth: 960 }}>
      <Typography.Title level={3} className="page-title">
        {t("apply.clerkTitle")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("apply.clerkIntro")}</Typography.Paragraph>
      <ApplicationForm
        variant="clerk"
        defaultCourtId={user.courtId}
        onCreated={(d) => {
          message.success(t("apply.created"));
          navigate(`/staff/cases/${d.id}`);
        }}
      />
    </div>
  );
}
