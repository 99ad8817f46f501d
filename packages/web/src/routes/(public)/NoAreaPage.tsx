import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useLogout } from "../../features/auth/hooks/useSession";
import { useNavigate } from "react-router";

/** Roles without a screen yet (e.g. agency liaisons) land here. */
export default function NoAreaPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={t("errors.noAreaTitle")}
      subTitle={t("errors.noArea")}
      extra={
        <Button onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login") })}>{t("nav.logout")}</Button>
      }
    />
  );
}
