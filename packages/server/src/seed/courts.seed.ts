// The court hierarchy as data: the SPC, high courts, the four IP courts and intermediate, basic and
// internet courts with IP jurisdiction. Codes are the 法院代字 used in case numbers.
import type { CourtsTable } from "@zhixing/db";
import type { Insertable } from "kysely";

type Court = Insertable<CourtsTable>;
const c = (id: string, code: string, name: string, name_en: string, level: Court["level"], parent_id: string | null, province: string): Court => ({
  id,
  code,
  name,
  name_en,
  level,
  parent_id,
  province,
});

/** Parents come before their children. */
export const COURTS: Court[] = [
  c("spc", "最高法", "最高人民法院", "Supreme People's Court", "supreme", null, "全国"),
  c("bj-high", "京", "北京市高级人民法院", "Beijing High People's Court", "high", "spc", "北京"),
  c("sh-high", "沪", "上海市高级人民法院", "Shanghai High People's Court", "high", "spc", "上海"),
  c("gd-high", "粤", "广东省高级人民法院", "Guangdong High People's Court", "high", "spc", "广东"),
  c("zj-high", "浙", "浙江省高级人民法院", "Zhejiang High People's Court", "high", "spc", "浙江"),
  c("js-high", "苏", "江苏省高级人民法院", "Jiangsu High People's Court", "high", "spc", "江苏"),
  c("hi-high", "琼", "海南省高级人民法院", "Hainan High People's Court", "high", "spc", "海南"),
  c("bj-ip", "京73", "北京知识产权法院", "Beijing Intellectual Property Court", "ipCourt", "bj-high", "北京"),
  c("sh-ip", "沪73", "上海知识产权法院", "Shanghai Intellectual Property Court", "ipCourt", "sh-high", "上海"),
  c("gz-ip", "粤73", "广州知识产权法院", "Guangzhou Intellectual Property Court", "ipCourt", "gd-high", "广东"),
  c("hn-ip", "琼73", "海南自由贸易港知识产权法院", "Hainan Free Trade Port Intellectual Property Court", "ipCourt", "hi-high", "海南"),
  c("bj-1-int", "京01", "北京市第一中级人民法院", "Beijing No. 1 Intermediate People's Court", "intermediate", "bj-high", "北京"),
  c("sh-1-int", "沪01", "上海市第一中级人民法院", "Shanghai No. 1 Intermediate People's Court", "intermediate", "sh-high", "上海"),
  c("sz-int", "粤03", "深圳市中级人民法院", "Shenzhen Intermediate People's Court", "intermediate", "gd-high", "广东"),
  c("hz-int", "浙01", "杭州市中级人民法院", "Hangzhou Intermediate People's Court", "intermediate", "zj-high", "浙江"),
  c("nj-int", "苏01", "南京市中级人民法院", "Nanjing Intermediate People's Court", "intermediate", "js-high", "江苏"),
  c("sz-js-int", "苏05", "苏州市中级人民法院", "Suzhou Intermediate People's Court", "intermediate", "js-high", "江苏"),
  c("bj-haidian", "京0108", "北京市海淀区人民法院", "Beijing Haidian District People's Court", "basic", "bj-1-int", "北京"),
  c("bj-chaoyang", "京0105", "北京市朝阳区人民法院", "Beijing Chaoyang District People's Court", "basic", "bj-1-int", "北京"),
  c("sh-pudong", "沪0115", "上海市浦东新区人民法院", "Shanghai Pudong New Area People's Court", "basic", "sh-1-int", "上海"),
  c("sz-nanshan", "粤0305", "深圳市南山区人民法院", "Shenzhen Nanshan District People's Court", "basic", "sz-int", "广东"),
  c("hz-yuhang", "浙0110", "杭州市余杭区人民法院", "Hangzhou Yuhang District People's Court", "basic", "hz-int", "浙江"),
  c("bj-internet", "京0491", "北京互联网法院", "Beijing Internet Court", "internet", "bj-1-int", "北京"),
  c("hz-internet", "浙0192", "杭州互联网法院", "Hangzhou Internet Court", "internet", "hz-int", "浙江"),
  c("gz-internet", "粤0192", "广州互联网法院", "Guangzhou Internet Court", "internet", "gd-high", "广东"),
];
