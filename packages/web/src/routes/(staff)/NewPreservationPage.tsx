import { App, Typography } from "antd";
import { useNavigate, useOutletContext } from "react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { PreservationForm } from "../../features/case/components/PreservationForm";

export default function NewPreservationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useOutletContext<User>();
  const { message } = App.useApp();
  return (
    <div style={{ maxWidth: 960 }}>
      <Typography.Title level={3} className="page-title">
        {t("preservation.newTitle")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("preservation.newIntro")}</Typography.Paragraph>
      <PreservationForm
        defaultCourtId={user.courtId}
        onCreated={(d) => {
          message.success(t("preservation.created"));
          navigate(`/staff/cases/${d.id}`);
        }}
      />
    </div>
  );
}
