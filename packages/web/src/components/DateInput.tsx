import { DatePicker } from "antd";
import dayjs from "dayjs";
import { DATE_FORMAT } from "../lib/format";

/** A DatePicker whose form value is the `YYYY-MM-DD` string the API wants. */
export function DateInput({
  value,
  onChange,
  id,
  defaultPickerDate,
  ...rest
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  "aria-label"?: string;
  "data-testid"?: string;
  /** `YYYY-MM-DD` the calendar opens at while the field is empty. */
  defaultPickerDate?: string;
}) {
  return (
    <DatePicker
      {...rest}
      id={id}
      style={{ width: "100%" }}
      format={DATE_FORMAT}
      value={value ? dayjs(value, DATE_FORMAT) : null}
      defaultPickerValue={defaultPickerDate ? dayjs(defaultPickerDate, DATE_FORMAT) : undefined}
      onChange={(d) => onChange?.(d ? d.format(DATE_FORMAT) : undefined)}
    />
  );
}
