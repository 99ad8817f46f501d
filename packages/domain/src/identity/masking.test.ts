// Masking for public pages: 裁判文书上网规定 arts 9–10; credit codes are public (失信规定 art 6).
import { describe, expect, it } from "vitest";
import { maskAddress, maskPhone } from "./mask-contact";
import { maskBankAccount, maskIdentifier, maskIdNumber } from "./mask-identifier";
import { maskName } from "./mask-name";

describe("maskIdNumber / maskIdentifier", () => {
  it.each<[string, string]>([
    ["110105194912311234", "1101**********1234"],
    ["12345678", "********"],
    ["123456789", "1234*6789"],
  ])("maskIdNumber(%s) = %s", (v, m) => expect(maskIdNumber(v)).toBe(m));
  it.each<[Parameters<typeof maskIdentifier>[0], string, string]>([
    ["residentId", "110105194912311234", "1101**********1234"],
    ["creditCode", "914403001922038216", "914403001922038216"], // entities' codes are public
    ["passport", "E12345678", "E1*****78"],
    ["foreignRegistration", "HRB12345", "HR****45"],
    ["passport", "E123", "****"],
  ])("maskIdentifier(%s, %s) = %s", (t, v, m) => expect(maskIdentifier(t, v)).toBe(m));
});

describe("maskPhone", () => {
  it.each<[string, string]>([
    ["13812345678", "138****5678"],
    ["+86 138 1234 5678", "138****5678"],
    ["010-62345678", "***-****5678"],
    ["123", "123"],
  ])("%s → %s", (v, m) => expect(maskPhone(v)).toBe(m));
});

describe("maskName (裁判文书上网规定 art 9: keep the surname, 某 for the rest)", () => {
  it.each<[string, string]>([
    ["张三", "张某"],
    ["张三丰", "张某某"],
    ["欧阳娜娜", "欧阳某某"],
    ["欧阳娜", "欧阳某"],
    ["欧阳", "欧某"], // two characters: single surname assumed
    ["王", "某"],
    ["买买提·艾力", "买某某·某某"],
    ["John Smith", "J*** S****"],
  ])("%s → %s", (v, m) => expect(maskName(v)).toBe(m));
});

describe("maskAddress (keep up to the district/county)", () => {
  it.each<[string, string]>([
    ["北京市海淀区中关村大街1号", "北京市海淀区***"],
    ["广东省深圳市南山区科技园科苑路15号", "广东省深圳市南山区***"],
    ["上海市浦东新区世纪大道100号", "上海市浦东新区***"],
    ["新疆维吾尔自治区乌鲁木齐市天山区解放北路1号", "新疆维吾尔自治区乌鲁木齐市天山区***"],
    ["浙江省杭州市余杭区", "浙江省杭州市余杭区"],
    ["江苏省昆山市玉山镇前进西路8号", "江苏省昆山市***"], // county-level city
    ["河北省保定市涞水县三坡镇", "河北省保定市涞水县***"],
    ["中关村大街1号", "***"],
  ])("%s → %s", (v, m) => expect(maskAddress(v)).toBe(m));
});

describe("maskBankAccount (last 4 only)", () => {
  it.each<[string, string]>([
    ["6222 0212 3456 7890", "************7890"],
    ["1234", "****"],
  ])("%s → %s", (v, m) => expect(maskBankAccount(v)).toBe(m));
});
