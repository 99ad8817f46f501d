import { DatePicker } from "antd";
import dayjs from "dayjs";

const FORMAT = "YYYY-MM-DD HH:mm";

/**
 * A date and time as typed, in Beijing time: the form value is the wall-clock string "YYYY-MM-DD HH:mm"
 * (converted to an instant with +08:00 on submit), whatever the browser's time zone.
 */
export function WallClockInput({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  placeholder?: string;
  "aria-label"?: string;
  "data-testid"?: string;
}) {
  return (
    <DatePicker
      {...rest}
      id={id}
      showTime={{ format: "HH:mm" }}
      format={FORMAT}
      style={{ width: "100%" }}
      value={value ? dayjs(value, FORMAT) : null}
      onChange={(d) => onChange?.(d ? d.format(FORMAT) : undefined)}
      placeholder={rest.placeholder ?? FORMAT}
    />
  );
}
