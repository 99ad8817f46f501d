import { creditCode, residentId } from "../seed/demo.seed";

/** A valid application as the filing clerk of 京73 enters it; tests change one field at a time. */
export function validApplication(overrides: Record<string, unknown> = {}) {
  return {
    courtId: "bj-ip",
    applicants: [
      { kind: "legalPerson", name: "北京创新科技有限公司", idType: "creditCode", idNumber: creditCode("91110108MA01ABCD2"), phone: "13800138000", address: "北京市海淀区中关村大街1号" },
    ],
    respondents: [
      { kind: "naturalPerson", name: "张三", idType: "residentId", idNumber: residentId("44030519900101021"), phone: "13900001111", address: "广东省深圳市南山区科技园路1号" },
    ],
    basis: {
      issuingCourt: "北京知识产权法院",
      documentNumber: "(2025)京73民初100号",
      effectiveDate: "2025-06-30",
      performanceDeadline: "2025-07-10",
      rightType: "patent",
    },
    duties: [
      { kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: 100_000_000 },
      { kind: "conduct", category: "ceaseInfringement", description: "停止侵权", proofRequired: "核查笔录" },
    ],
    ...overrides,
  };
}
