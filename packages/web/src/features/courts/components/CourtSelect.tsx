import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { pickLocalized } from "../../../api/client";
import { useCourts } from "../hooks/useCourts";

/** Court picker showing name and court code; searchable by either. */
export function CourtSelect({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t, i18n } = useTranslation();
  const courts = useCourts();
  const options = (courts.data?.items ?? []).map((c) => {
    const name = pickLocalized({ zh: c.name, en: c.nameEn || c.name }, i18n.language);
    return { value: c.id, label: `${name}${t("common.paren", { text: c.code })}`, search: `${c.name} ${c.nameEn} ${c.code}` };
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={courts.isPending}
      status={courts.isError ? "error" : undefined}
      placeholder={courts.isError ? t("errors.loadFailed") : t("apply.courtPlaceholder")}
      notFoundContent={courts.isError ? t("errors.loadFailed") : t("common.empty")}
      showSearch={{ filterOption: (input, o) => (o?.search ?? "").toLowerCase().includes(input.toLowerCase()) }}
      options={options}
      data-testid="court-select"
    />
  );
}
