import { useTranslation } from "react-i18next";
import type { Citation } from "../api/types";
import { formatCitation } from "../lib/format";

export function CitationText({ citation }: { citation: Citation }) {
  const { i18n } = useTranslation();
  return <>{formatCitation(citation, i18n.language)}</>;
}

export function CitationList({ items }: { items: Citation[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="citation" data-testid="basis-citation" style={{ color: "rgba(0,0,0,0.55)", fontSize: 13 }}>
      {t("common.labelValue", { label: t("common.basis"), value: items.map((c) => formatCitation(c, i18n.language)).join(t("common.citationSep")) })}
    </div>
  );
}
