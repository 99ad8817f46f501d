// Forward-only migrations, named by date and order. Add a file, then list it here.
import type { Migration } from "kysely";
import * as foundation from "./20261125-0001-foundation";
import * as clockPeriods from "./20261125-0002-clock-periods";
import * as auditChain from "./20261125-0003-audit-chain";
import * as property from "./20261125-0004-property";
import * as inquiryScope from "./20261125-0005-inquiry-scope";
import * as clockSubject from "./20261125-0006-clock-subject";
import * as measuresRegister from "./20261125-0008-measures-register";
import * as rewardNotices from "./20261125-0009-reward-notices";
import * as standingFreezes from "./20261125-0010-standing-freezes";
import * as investigationRequests from "./20261125-0011-investigation-requests";
import * as preservationCases from "./20261125-0012-preservation-cases";
import * as preservationConversion from "./20261125-0013-preservation-conversion";
import * as valuation from "./20261125-0014-valuation";
import * as auctions from "./20261125-0015-auctions";
import * as valuationSuspension from "./20261125-0016-valuation-suspension";
import * as auctionAfterSale from "./20261125-0017-auction-after-sale";
import * as coercionObjections from "./20261125-0019-coercion-objections";
import * as credit from "./20261125-0018-credit";
import * as conduct from "./20261125-0020-conduct";
import * as zhongben from "./20261125-0021-zhongben";
import * as zhongbenResumeAck from "./20261125-0023-zhongben-resume-ack";
import * as distributionPlans from "./20261125-0022-distribution-plans";

export const migrations: Record<string, Migration> = {
  "20261125-0001-foundation": foundation,
  "20261125-0002-clock-periods": clockPeriods,
  "20261125-0003-audit-chain": auditChain,
  "20261125-0004-property": property,
  "20261125-0005-inquiry-scope": inquiryScope,
  "20261125-0006-clock-subject": clockSubject,
  "20261125-0008-measures-register": measuresRegister,
  "20261125-0009-reward-notices": rewardNotices,
  "20261125-0010-standing-freezes": standingFreezes,
  "20261125-0011-investigation-requests": investigationRequests,
  "20261125-0012-preservation-cases": preservationCases,
  "20261125-0013-preservation-conversion": preservationConversion,
  "20261125-0014-valuation": valuation,
  "20261125-0015-auctions": auctions,
  "20261125-0016-valuation-suspension": valuationSuspension,
  "20261125-0017-auction-after-sale": auctionAfterSale,
  "20261125-0019-coercion-objections": coercionObjections,
  "20261125-0018-credit": credit,
  "20261125-0020-conduct": conduct,
  "20261125-0021-zhongben": zhongben,
  "20261125-0023-zhongben-resume-ack": zhongbenResumeAck,
  "20261125-0022-distribution-plans": distributionPlans,
};
