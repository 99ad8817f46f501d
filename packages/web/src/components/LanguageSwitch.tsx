import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { storeLang, type Lang } from "../i18n";

export function LanguageSwitch({ size }: { size?: "small" | "middle" | "large" }) {
  const { t, i18n } = useTranslation();
  const value: Lang = i18n.language.startsWith("zh") ? "zh-CN" : "en";
  return (
    <Segmented<Lang>
      size={size}
      aria-label={t("lang.label")}
      data-testid="lang-switch"
      value={value}
      options={[
        { label: "中文", value: "zh-CN" },
        { label: "English", value: "en" },
      ]}
      onChange={(v) => {
        storeLang(v);
        void i18n.changeLanguage(v);
      }}
    />
  );
}
