import { type ReactNode, useEffect } from "react";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import enUS from "antd/locale/en_US";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "dayjs/locale/en";
import { useTranslation } from "react-i18next";

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const isZh = i18n.language.startsWith("zh");

  useEffect(() => {
    dayjs.locale(isZh ? "zh-cn" : "en");
  }, [isZh]);

  return (
    <ConfigProvider
      locale={isZh ? zhCN : enUS}
      theme={{ token: { colorPrimary: "#1f4e9c", borderRadius: 4 } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
