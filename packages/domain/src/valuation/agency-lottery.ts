// 摇号: the lottery that picks three appraisal agencies and their order (参考价规定(2018) art 16,
// CONFIRMED-P) when the parties do not agree within the court's period or a party cannot be found. Art 34
// para 2: the system records the lottery (摇号过程) as fixed data, kept with the case.
//
// The draw is reproducible: anyone holding the candidate list and the seed gets the same three agencies
// by re-running these steps, in any language, with any SM3 implementation (node:crypto
// createHash("sm3"), GmSSL, sm3sum):
//   1. pool = the distinct candidate ids, sorted ascending by UTF-16 code units (for ASCII ids and UUIDs,
//      plain byte order); n = the pool's size, at least 3.
//   2. for round i = 0, 1, 2: h = SM3 of the UTF-8 bytes of "zhixing/valuation/agency-lottery/v1\n" +
//      seed + "\n" + i, read as a 256-bit big-endian unsigned integer; j = i + (h mod (n − i)); swap
//      pool[i] and pool[j] (a partial Fisher–Yates shuffle).
//   3. the agencies, in order, are pool[0], pool[1], pool[2].
// Every ordered triple has probability 1/(n(n−1)(n−2)) up to a bias below n / 2^256. The seed is
// chosen by the service from public inputs and recorded with the draw; sorting makes the result
// independent of the order in which the list was read.
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { sm3 } from "./sm3";

export const AGENCY_LOTTERY: Readonly<{ version: string; description: Localized }> = Object.freeze({
  version: "zhixing/valuation/agency-lottery/v1",
  description: {
    zh: "候选机构标识去重后按 UTF-16 码元升序排列；第 i 轮（i = 0、1、2）取 SM3(\"zhixing/valuation/agency-lottery/v1\\n\" + 种子 + \"\\n\" + i) 的 256 位大端整数 h，令 j = i + (h mod (n − i))，交换第 i 与第 j 项；前三项依次为选定的三家评估机构",
    en: "sort the distinct candidate ids by UTF-16 code units; for round i = 0, 1, 2 take h = SM3(\"zhixing/valuation/agency-lottery/v1\\n\" + seed + \"\\n\" + i) as a 256-bit big-endian integer, j = i + (h mod (n − i)), swap items i and j; the first three items are the agencies in order",
  },
});

const MAX_SEED_LENGTH = 1000;

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** art 16: three agency ids, in order, drawn from `candidates` by the seeded SM3 lottery above. */
export function drawAgencies(candidates: readonly string[], seed: string): [string, string, string] {
  if (!Array.isArray(candidates)) {
    throw invalidField("candidates", { zh: "候选评估机构必须是列表", en: "candidates must be a list" });
  }
  candidates.forEach((id, i) => {
    if (typeof id !== "string" || id.length === 0) {
      throw invalidField(`candidates.${i}`, { zh: "评估机构标识不能为空", en: "an agency id cannot be empty" });
    }
  });
  const pool = [...new Set(candidates)].sort();
  if (pool.length !== candidates.length) {
    throw invalidField("candidates", { zh: "候选评估机构有重复，同一机构只能有一个号", en: "a candidate is listed twice; each agency gets one ticket" });
  }
  if (pool.length < 3) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `摇号须从名单库中随机确定三家评估机构，候选机构只有 ${pool.length} 家（第十六条）；请扩大到名单分库或者其他名单子库`,
        en: `the lottery picks three agencies (art 16) but there are only ${pool.length} candidates; widen the draw to the list or another sub-list`,
      },
      { field: "candidates" },
    );
  }
  if (typeof seed !== "string" || seed.length === 0 || seed.length > MAX_SEED_LENGTH) {
    throw invalidField("seed", { zh: `摇号种子须为 1 至 ${MAX_SEED_LENGTH} 个字符`, en: `the lottery seed must be 1 to ${MAX_SEED_LENGTH} characters` });
  }
  const n = pool.length;
  for (let i = 0; i < 3; i++) {
    const h = toBigInt(sm3(`${AGENCY_LOTTERY.version}\n${seed}\n${i}`));
    const j = i + Number(h % BigInt(n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return [pool[0]!, pool[1]!, pool[2]!];
}
