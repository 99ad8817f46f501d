// Contact details on public pages (裁判文书上网规定 art 10(1): home address and contact details of
// natural persons are removed or partly replaced).

/** Mainland mobile numbers: "138****5678". Other numbers: every digit but the last 4 masked, format kept. */
export function maskPhone(phone: string): string {
  const v = String(phone).trim();
  const digits = v.replace(/\D/g, "");
  const mobile = /^(?:\+?86)?(1\d{10})$/.exec(digits);
  if (mobile && /^[\d\s+-]*$/.test(v)) {
    const m = mobile[1]!;
    return `${m.slice(0, 3)}****${m.slice(7)}`;
  }
  let toMask = Math.max(0, digits.length - 4);
  return v.replace(/\d/g, (d) => (toMask-- > 0 ? "*" : d));
}

// Administrative levels, each a short run of characters that cannot belong to a street address.
const PROVINCE = /^[^路街道号镇乡村市区县]{1,8}?(?:省|自治区|特别行政区)/;
const CITY = /^[^路街道号镇乡村区县省]{1,11}?(?:市|自治州|地区|盟)/;
const COUNTY = /^[^路街道号镇乡村省]{1,8}?(?:区|县|旗|市)/;

/**
 * Keeps the address up to the district/county level and replaces the rest with "***":
 * "北京市海淀区中关村大街1号" → "北京市海淀区***". A heuristic on the usual written form; when no
 * administrative level is recognised the whole address is masked.
 */
export function maskAddress(address: string): string {
  let rest = String(address).trim();
  let kept = "";
  for (const level of [PROVINCE, CITY, COUNTY]) {
    const m = level.exec(rest);
    if (m) {
      kept += m[0];
      rest = rest.slice(m[0].length);
    }
  }
  if (kept === "") return "***";
  return rest === "" ? kept : `${kept}***`;
}
