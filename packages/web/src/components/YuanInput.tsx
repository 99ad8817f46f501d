import { useEffect, useState } from "react";
import { Input } from "antd";
import { useTranslation } from "react-i18next";
import { fenToYuanString, parseYuanToFen } from "../lib/format";

/**
 * Typed in yuan, stored in the form as integer fen (what the API wants).
 * Invalid text leaves the value `undefined` so the form's rules can flag it.
 */
export function YuanInput({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: number;
  onChange?: (fen: number | undefined) => void;
  id?: string;
  placeholder?: string;
  "aria-label"?: string;
  "data-testid"?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<string>(value === undefined ? "" : fenToYuanString(value));

  useEffect(() => {
    const current = parseYuanToFen(text);
    if (value === undefined && current !== null) setText("");
    else if (value !== undefined && current !== value) setText(fenToYuanString(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  return (
    <Input
      {...rest}
      id={id}
      inputMode="decimal"
      value={text}
      suffix={t("common.yuan")}
      style={{ textAlign: "right" }}
      onChange={(e) => {
        setText(e.target.value);
        const fen = parseYuanToFen(e.target.value);
        onChange?.(fen === null ? undefined : fen);
      }}
    />
  );
}
