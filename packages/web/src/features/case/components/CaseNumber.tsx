import { useTranslation } from "react-i18next";

/** The case number, or "待立案" while the application is not registered yet. */
export function CaseNumber({ caseNumber }: { caseNumber: string | null }) {
  const { t } = useTranslation();
  return caseNumber ? <>{caseNumber}</> : <span style={{ color: "rgba(0,0,0,0.45)" }}>{t("case.pending")}</span>;
}
