// The simulator behind every InquiryProvider until a real connection exists.
//
// Deterministic: what a respondent holds is drawn from a seeded PRNG (mulberry32) whose seed is the
// SHA-256 of (simulator seed, provider key, ID type, ID number). The same respondent therefore has the
// same accounts, certificates, plates and balances every time, on every machine, for the same seed
// (ZHIXING_SIMULATOR_SEED, default "zhixing"); the respondent's name plays no part, as with the real
// systems, which match on the identity number.
//
// Realistic: the respondent's home city comes from the region code in the resident ID or credit code
// (11 Beijing, 31 Shanghai, 4403 Shenzhen, 4401 Guangzhou, 3301 Hangzhou, 5101 Chengdu; others get a
// seeded one), so branches, registries and plates agree with it. Bank cards carry real issuer prefixes
// and a Luhn check digit (中国工商银行 622202…, 招商银行 622588…); companies have 对公 accounts at a
// branch; real-estate certificates read 京(2023)海淀区不动产权第0012345号 (each city in its own form);
// plates 京N5K2Q7 (new-energy ones 粤BD12345); 沪市 A-share accounts A123456789 and 深市 0123456789
// with holdings priced per share; 支付宝 user ids 2088… and 财付通 wxid_…; equity in companies with a
// valid GB 32100 credit code; patents ZL2021 1 0123456.7 with the CNIPA check digit; trademarks
// 第12345678号; life-insurance policies with a cash value. Money is integer fen. Natural persons and
// entities hold different things with different likelihoods; about one respondent in six has nothing
// anywhere (the 终本 case).
//
// Imperfect on purpose: each call waits a seeded latency around ZHIXING_SIMULATOR_LATENCY_MS (default
// 120 ms, ±50 %), and with probability ZHIXING_SIMULATOR_FAILURE_RATE (default 0.1) an inquiry has one
// provider that fails for it with the kind of message the real system sends ("银行系统维护中，请稍后
// 重试"). Which inquiry and which provider are drawn from the request id, so a retry (a new inquiry)
// usually succeeds, and the rest of the inquiry still answers: a partial result.
import { createHash } from "node:crypto";
import { creditCodeCheckChar } from "@zhixing/domain";
import {
  PROVIDER_KEYS,
  PROVIDER_LABELS,
  type IncomingFundsRequest,
  type IncomingFundsResult,
  type InquiryProvider,
  type InquiryRequest,
  type ProviderItem,
  type ProviderKey,
  type ProviderResult,
} from "./inquiry-provider";

export type SimulatorOptions = {
  seed: string;
  /** Mean latency of one call in ms; each call waits between 0.5× and 1.5× of it. */
  latencyMs: number;
  /** Probability (0–1) that an inquiry has one failing provider. */
  failureRate: number;
};

function envNumber(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > max) throw new Error(`${name} must be a number from 0 to ${max}; got ${JSON.stringify(raw)}`);
  return n;
}

export function simulatorOptionsFromEnv(): SimulatorOptions {
  return {
    seed: process.env.ZHIXING_SIMULATOR_SEED || "zhixing",
    latencyMs: envNumber("ZHIXING_SIMULATOR_LATENCY_MS", 120, 600_000),
    failureRate: envNumber("ZHIXING_SIMULATOR_FAILURE_RATE", 0.1, 1),
  };
}

// ---- seeded randomness ----------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  private readonly next: () => number;
  constructor(...parts: string[]) {
    const h = createHash("sha256").update(parts.join("\u0000")).digest();
    this.next = mulberry32(h.readUInt32LE(0));
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(n: number, charset: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += charset[this.int(0, charset.length - 1)];
    return s;
  }
  /** Log-uniform between min and max: small amounts common, large ones rare. */
  amount(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
}

// ---- places ---------------------------------------------------------------------------------------

type City = {
  prefix: string; // region code prefix in a resident ID or credit code
  region: string; // six-digit region code used for generated credit codes
  name: string;
  province: string;
  districts: readonly string[];
  streets: readonly string[];
  plates: readonly string[];
  dmv: string;
  estateRegistry: string;
  certificate: (r: Rand, district: string, year: number) => string;
};

const seven = (r: Rand) => r.digits(7);

const CITIES: readonly City[] = [
  {
    prefix: "11",
    region: "110108",
    name: "北京",
    province: "北京市",
    districts: ["海淀区", "朝阳区", "西城区", "丰台区", "昌平区"],
    streets: ["学院路", "中关村南大街", "建国路", "望京街", "丰台北路", "回龙观东大街"],
    plates: ["京A", "京N", "京Q", "京F", "京P"],
    dmv: "北京市公安局公安交通管理局车辆管理所",
    estateRegistry: "北京市规划和自然资源委员会",
    certificate: (r, d, y) => `京(${y})${d}不动产权第${seven(r)}号`,
  },
  {
    prefix: "31",
    region: "310115",
    name: "上海",
    province: "上海市",
    districts: ["浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区"],
    streets: ["张江路", "漕溪北路", "七莘路", "南京西路", "国定路"],
    plates: ["沪A", "沪B", "沪C", "沪D"],
    dmv: "上海市公安局交通警察总队车辆管理所",
    estateRegistry: "上海市不动产登记局",
    certificate: (r, d, y) => `沪(${y})${d.slice(0, 1)}字不动产权第${r.digits(6)}号`,
  },
  {
    prefix: "4403",
    region: "440305",
    name: "深圳",
    province: "广东省深圳市",
    districts: ["南山区", "福田区", "宝安区", "龙岗区", "龙华区"],
    streets: ["科技园路", "深南大道", "宝安大道", "龙翔大道", "民治大道"],
    plates: ["粤B"],
    dmv: "深圳市公安局交通警察局车辆管理所",
    estateRegistry: "深圳市不动产登记中心",
    certificate: (r, _d, y) => `粤(${y})深圳市不动产权第${seven(r)}号`,
  },
  {
    prefix: "4401",
    region: "440106",
    name: "广州",
    province: "广东省广州市",
    districts: ["天河区", "海珠区", "番禺区", "白云区"],
    streets: ["天河路", "新港中路", "市桥街", "白云大道北"],
    plates: ["粤A"],
    dmv: "广州市公安局交通警察支队车辆管理所",
    estateRegistry: "广州市规划和自然资源局",
    certificate: (r, _d, y) => `粤(${y})广州市不动产权第${r.digits(8)}号`,
  },
  {
    prefix: "3301",
    region: "330106",
    name: "杭州",
    province: "浙江省杭州市",
    districts: ["西湖区", "滨江区", "余杭区", "上城区"],
    streets: ["文三路", "江南大道", "文一西路", "解放东路"],
    plates: ["浙A"],
    dmv: "杭州市公安局交通警察支队车辆管理所",
    estateRegistry: "杭州市不动产登记服务中心",
    certificate: (r, _d, y) => `浙(${y})杭州市不动产权第${seven(r)}号`,
  },
  {
    prefix: "5101",
    region: "510107",
    name: "成都",
    province: "四川省成都市",
    districts: ["武侯区", "高新区", "锦江区", "成华区"],
    streets: ["人民南路", "天府大道", "春熙路", "建设路"],
    plates: ["川A"],
    dmv: "成都市公安局交通管理局车辆管理所",
    estateRegistry: "成都市不动产登记中心",
    certificate: (r, _d, y) => `川(${y})成都市不动产权第${seven(r)}号`,
  },
];

function homeCity(r: Rand, idType: string, idNumber: string): City {
  const region = idType === "creditCode" ? idNumber.slice(2, 8) : idType === "residentId" ? idNumber.slice(0, 6) : "";
  return CITIES.find((c) => region.startsWith(c.prefix)) ?? r.pick(CITIES);
}

// ---- banks ----------------------------------------------------------------------------------------

type Bank = { name: string; full: string; bin: string; cardLength: number; corporateLength: number };

const BANKS: readonly Bank[] = [
  { name: "中国工商银行", full: "中国工商银行股份有限公司", bin: "622202", cardLength: 19, corporateLength: 19 },
  { name: "中国农业银行", full: "中国农业银行股份有限公司", bin: "622848", cardLength: 19, corporateLength: 15 },
  { name: "中国银行", full: "中国银行股份有限公司", bin: "621661", cardLength: 19, corporateLength: 12 },
  { name: "中国建设银行", full: "中国建设银行股份有限公司", bin: "621700", cardLength: 19, corporateLength: 20 },
  { name: "交通银行", full: "交通银行股份有限公司", bin: "622262", cardLength: 19, corporateLength: 21 },
  { name: "招商银行", full: "招商银行股份有限公司", bin: "622588", cardLength: 16, corporateLength: 15 },
  { name: "中国邮政储蓄银行", full: "中国邮政储蓄银行股份有限公司", bin: "621799", cardLength: 19, corporateLength: 19 },
  { name: "兴业银行", full: "兴业银行股份有限公司", bin: "622909", cardLength: 18, corporateLength: 18 },
  { name: "上海浦东发展银行", full: "上海浦东发展银行股份有限公司", bin: "621792", cardLength: 16, corporateLength: 17 },
  { name: "中信银行", full: "中信银行股份有限公司", bin: "621768", cardLength: 16, corporateLength: 19 },
];

/** Luhn (ISO/IEC 7812) check digit for a card number without its last digit. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** CNIPA check digit of a 12-digit application number (weights 2–9, 2–5; mod 11; 10 is X). */
export function patentCheckDigit(twelve: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...twelve].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  const m = sum % 11;
  return m === 10 ? "X" : String(m);
}

const branchOf = (bank: Bank, city: City, district: string) => `${bank.full}${city.name}${district.replace(/(新区|区)$/, "")}支行`;

// ---- what each provider finds -------------------------------------------------------------------

type Subject = { name: string; idType: string; idNumber: string; entity: boolean; city: City; district: string; wealthy: boolean; empty: boolean };

const CORPORATE_WORDS = ["星河", "瑞丰", "华创", "中科", "鼎信", "博远", "恒达", "锦程", "云帆", "启明"];
const INDUSTRIES = ["科技", "电子", "贸易", "智能装备", "信息技术", "新材料", "文化传媒", "生物科技"];
const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

function generatedCompany(r: Rand, city: City): { name: string; creditCode: string } {
  const first17 = `91${city.region}MA${r.chars(7, CREDIT_CHARSET)}`;
  return { name: `${city.name}${r.pick(CORPORATE_WORDS)}${r.pick(INDUSTRIES)}有限公司`, creditCode: first17 + creditCodeCheckChar(first17) };
}

const yuan = (fen: number) => (fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function bankDeposits(r: Rand, s: Subject): ProviderItem[] {
  const n = s.empty || !r.chance(s.entity ? 0.85 : 0.75) ? 0 : r.int(1, s.entity ? 2 : 3);
  return Array.from({ length: n }, () => {
    const bank = r.pick(BANKS);
    const frozenElsewhere = r.chance(0.1);
    const zero = r.chance(0.15);
    const amountFen = zero ? 0 : s.entity ? r.amount(100, s.wealthy ? 2_000_000_000 : 50_000_000) : r.amount(100, s.wealthy ? 200_000_000 : 5_000_000);
    let identifier: string;
    let kind: string;
    if (s.entity) {
      identifier = r.digits(bank.corporateLength);
      kind = r.pick(["单位基本存款账户", "单位一般存款账户", "单位专用存款账户"]);
    } else {
      const body = bank.bin + r.digits(bank.cardLength - bank.bin.length - 1);
      identifier = body + luhnCheckDigit(body);
      kind = r.pick(["个人活期储蓄账户", "借记卡活期账户", "定期存款账户（一年期整存整取）", "个人活期储蓄账户（工资代发）"]);
    }
    const status = frozenElsewhere ? `账户状态：已被其他法院冻结，冻结金额 ${yuan(r.amount(100_000, 10_000_000))} 元` : "账户状态：正常";
    return { assetType: "bankDeposit", holder: branchOf(bank, s.city, r.pick(s.city.districts)), identifier, description: `${bank.name}${kind}；${status}`, amountFen };
  });
}

function realEstate(r: Rand, s: Subject): ProviderItem[] {
  const n = s.empty || !r.chance(s.entity ? 0.25 : 0.55) ? 0 : r.int(1, s.wealthy ? 3 : 1);
  return Array.from({ length: n }, () => {
    const district = r.pick(s.city.districts);
    const year = r.int(2016, 2024);
    const area = (r.int(s.entity ? 30_000 : 4_500, s.entity ? 800_000 : 18_000) / 100).toFixed(2);
    const use = s.entity ? r.pick(["工业用房", "办公用房", "商业用房"]) : r.pick(["住宅", "住宅", "住宅", "车位"]);
    const where = `${s.city.province}${district}${r.pick(s.city.streets)}${r.int(1, 300)}号${use === "住宅" ? `院${r.int(1, 12)}号楼${r.int(1, 4)}单元${r.int(1, 28)}0${r.int(1, 4)}室` : ""}`;
    const mortgage = r.chance(0.35) ? `；已设定抵押（抵押权人：${branchOf(r.pick(BANKS), s.city, district)}）` : "";
    return {
      assetType: "realEstate",
      holder: s.city.estateRegistry,
      identifier: s.city.certificate(r, district, year),
      description: `${use}，坐落：${where}，建筑面积 ${area} 平方米，权利人：${s.name}，${r.chance(0.7) ? "单独所有" : "共同共有"}${mortgage}`,
      amountFen: null,
    };
  });
}

const PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const CARS = ["大众汽车牌FV7147FBDBG", "丰田牌TV7201WLXY", "比亚迪牌BYD7152WT6HEVC1", "本田牌HCA7152ACCVM", "特斯拉牌TSL7000BEVAR1", "吉利牌MR7153D08", "哈弗牌CC6470RM0K"];
const TRUCKS = ["福田牌BJ5043XXY-FA 厢式货车", "解放牌CA4250P66K24T1E5 重型半挂牵引车", "江铃牌JX1041TG26 轻型载货汽车"];

function vehicles(r: Rand, s: Subject): ProviderItem[] {
  const n = s.empty || !r.chance(s.entity ? 0.5 : 0.4) ? 0 : r.int(1, s.entity ? 3 : 2);
  return Array.from({ length: n }, () => {
    const prefix = r.pick(s.city.plates);
    const newEnergy = r.chance(0.25);
    const plate = newEnergy ? `${prefix}${r.pick(["D", "F"])}${r.digits(5)}` : `${prefix}${r.chars(1, PLATE_LETTERS)}${r.chars(4, "0123456789" + PLATE_LETTERS)}`;
    const model = s.entity && r.chance(0.5) ? r.pick(TRUCKS) : `${r.pick(CARS)} 小型轿车`;
    const status = r.pick(["正常", "正常", "正常", "抵押", "逾期未检验"]);
    return {
      assetType: "vehicle",
      holder: s.city.dmv,
      identifier: plate,
      description: `${model}${newEnergy ? "（新能源）" : ""}，车辆识别代号后六位 ${r.digits(6)}，初次登记 ${r.int(2012, 2024)} 年，状态：${status}`,
      amountFen: null,
    };
  });
}

const STOCKS = [
  { market: "sh", code: "600519", name: "贵州茅台", priceFen: 148_000 },
  { market: "sh", code: "600036", name: "招商银行", priceFen: 3_520 },
  { market: "sh", code: "601318", name: "中国平安", priceFen: 4_860 },
  { market: "sh", code: "600900", name: "长江电力", priceFen: 2_910 },
  { market: "sz", code: "000001", name: "平安银行", priceFen: 1_150 },
  { market: "sz", code: "000858", name: "五粮液", priceFen: 13_200 },
  { market: "sz", code: "300750", name: "宁德时代", priceFen: 24_500 },
  { market: "sz", code: "002415", name: "海康威视", priceFen: 2_980 },
] as const;
const BROKERS = ["中信证券股份有限公司", "华泰证券股份有限公司", "国泰君安证券股份有限公司", "招商证券股份有限公司", "广发证券股份有限公司"];

function securities(r: Rand, s: Subject): ProviderItem[] {
  if (s.empty || !r.chance(s.entity ? 0.15 : 0.25)) return [];
  const markets = r.chance(0.4) ? (["sh", "sz"] as const) : [r.pick(["sh", "sz"] as const)];
  return markets.map((market) => {
    const held = STOCKS.filter((x) => x.market === market && r.chance(0.45));
    const lots = held.map((x) => ({ ...x, shares: r.int(1, s.wealthy ? 200 : 20) * 100 }));
    const amountFen = lots.reduce((sum, x) => sum + x.shares * x.priceFen, 0);
    const identifier = market === "sh" ? `${s.entity ? "B8" : "A"}${r.digits(s.entity ? 8 : 9)}` : `${s.entity ? "08" : "01"}${r.digits(8)}`;
    const broker = `${r.pick(BROKERS)}${s.city.name}${r.pick(s.city.streets)}证券营业部`;
    const holding = lots.length ? `持有 ${lots.map((x) => `${x.name}(${x.code}) ${x.shares.toLocaleString("zh-CN")}股`).join("、")}` : "无持仓，资金账户余额见金额";
    return {
      assetType: "securities",
      holder: broker,
      identifier,
      description: `${market === "sh" ? "沪市" : "深市"}A股证券账户（中国证券登记结算有限责任公司登记），${holding}`,
      amountFen: lots.length ? amountFen : r.amount(100, 1_000_000),
    };
  });
}

function onlineFunds(r: Rand, s: Subject): ProviderItem[] {
  if (s.empty) return [];
  const items: ProviderItem[] = [];
  if (r.chance(s.entity ? 0.2 : 0.6)) {
    items.push({
      assetType: "onlinePaymentFunds",
      holder: "支付宝（中国）网络技术有限公司",
      identifier: `2088${r.digits(12)}`,
      description: s.entity ? "企业支付宝账户余额" : r.pick(["支付宝账户余额", "支付宝账户余额及余额宝（天弘余额宝货币市场基金）份额"]),
      amountFen: r.amount(1, s.entity ? 50_000_000 : 5_000_000),
    });
  }
  if (!s.entity && r.chance(0.55)) {
    items.push({
      assetType: "onlinePaymentFunds",
      holder: "财付通支付科技有限公司",
      identifier: `wxid_${r.chars(14, "abcdefghijklmnopqrstuvwxyz0123456789")}`,
      description: r.pick(["微信支付零钱余额", "微信支付零钱及零钱通余额"]),
      amountFen: r.amount(1, 2_000_000),
    });
  }
  return items;
}

function equity(r: Rand, s: Subject): ProviderItem[] {
  const n = s.empty || !r.chance(s.entity ? 0.4 : 0.2) ? 0 : r.int(1, s.entity ? 2 : 1);
  return Array.from({ length: n }, () => {
    const company = generatedCompany(r, s.city);
    const share = r.pick([5, 10, 20, 30, 35, 49, 51, 60, 100]);
    const registeredWan = r.pick([50, 100, 200, 500, 1000, 3000]);
    const subscribedFen = Math.round(registeredWan * 10_000 * 100 * (share / 100));
    const district = r.pick(s.city.districts);
    return {
      assetType: "equity",
      holder: `${s.city.name}市${district}市场监督管理局`,
      identifier: company.creditCode,
      description: `${company.name} ${share}% 股权，认缴出资 ${yuan(subscribedFen)} 元（注册资本 ${registeredWan} 万元）${r.chance(0.2) ? "；股权已出质" : ""}`,
      amountFen: subscribedFen,
    };
  });
}

const INVENTIONS = ["一种基于深度学习的图像识别方法", "一种锂电池正极材料及其制备方法", "一种无线充电装置及其控制方法", "一种数据加密传输系统", "一种柔性显示面板的制造方法"];
const UTILITY_MODELS = ["一种便携式蓝牙耳机充电盒", "一种智能门锁结构", "一种可折叠手机支架", "一种散热型电源适配器"];
const DESIGNS = ["手机壳（X型）", "蓝牙音箱", "智能手表表带", "充电宝"];
const MARKS = ["星河", "ZX-TECH", "云图", "瑞丰", "启明星", "HUAXIN", "锦程"];

function ipRights(r: Rand, s: Subject): ProviderItem[] {
  if (s.empty || !r.chance(s.entity ? 0.7 : 0.25)) return [];
  const items: ProviderItem[] = [];
  const patents = r.int(s.entity ? 1 : 0, s.entity ? 4 : 2);
  for (let i = 0; i < patents; i++) {
    const year = r.int(2012, 2024);
    const type = r.pick(["1", "2", "3"] as const);
    const serial = r.digits(7);
    const check = patentCheckDigit(`${year}${type}${serial}`);
    const [kind, title] = type === "1" ? ["发明专利", r.pick(INVENTIONS)] : type === "2" ? ["实用新型专利", r.pick(UTILITY_MODELS)] : ["外观设计专利", r.pick(DESIGNS)];
    items.push({
      assetType: "patent",
      holder: "国家知识产权局",
      identifier: `ZL${year} ${type} ${serial}.${check}`,
      description: `${kind}：${title}，专利权人：${s.name}，法律状态：${r.chance(0.85) ? "专利权维持" : "专利权质押"}`,
      amountFen: null,
    });
  }
  const marks = r.int(patents ? 0 : 1, s.entity ? 3 : 1);
  for (let i = 0; i < marks; i++) {
    const regYear = r.int(2016, 2024);
    const cls = r.pick([9, 25, 35, 42, 11, 28]);
    items.push({
      assetType: "trademark",
      holder: "国家知识产权局商标局",
      identifier: `第${r.int(10_000_000, 69_999_999)}号`,
      description: `注册商标“${r.pick(MARKS)}”，核定使用商品/服务第${cls}类，注册人：${s.name}，专用权期限至 ${regYear + 10} 年`,
      amountFen: null,
    });
  }
  return items;
}

const INSURERS = ["中国人寿保险股份有限公司", "中国平安人寿保险股份有限公司", "中国太平洋人寿保险股份有限公司", "泰康人寿保险有限责任公司", "新华人寿保险股份有限公司"];

function insurance(r: Rand, s: Subject): ProviderItem[] {
  const n = s.empty || s.entity || !r.chance(0.35) ? 0 : r.int(1, 2);
  return Array.from({ length: n }, () => {
    const insurer = r.pick(INSURERS);
    return {
      assetType: "insurance",
      holder: `${insurer}${s.city.name}分公司`,
      identifier: `${r.int(2010, 2024)}${r.digits(16)}`,
      description: `${r.pick(["终身寿险（分红型）", "年金保险", "两全保险", "增额终身寿险"])}，投保人：${s.name}，保单现金价值见金额`,
      amountFen: r.amount(100_000, s.wealthy ? 100_000_000 : 10_000_000),
    };
  });
}

const GENERATORS: Record<ProviderKey, (r: Rand, s: Subject) => ProviderItem[]> = {
  bankDeposit: bankDeposits,
  realEstate,
  vehicle: vehicles,
  securities,
  onlinePaymentFunds: onlineFunds,
  equity,
  patentTrademark: ipRights,
  insurance,
};

const FAILURES: Record<ProviderKey, string> = {
  bankDeposit: "银行系统维护中，请稍后重试",
  realEstate: "不动产登记信息平台接口超时",
  vehicle: "公安交管系统暂停服务（例行维护）",
  securities: "中国结算查询服务繁忙，请求未受理",
  onlinePaymentFunds: "支付机构反馈：查询请求排队中，暂无结果",
  equity: "市场监管系统返回异常：数据交换失败",
  patentTrademark: "国家知识产权局数据接口维护中",
  insurance: "保险机构未在规定时间内反馈",
};

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Which provider (if any) fails for this inquiry: seeded by the request id. */
export function failingProvider(opts: SimulatorOptions, requestId: string): ProviderKey | null {
  const r = new Rand(opts.seed, "failure", requestId);
  return r.chance(opts.failureRate) ? r.pick(PROVIDER_KEYS) : null;
}

function subjectOf(opts: SimulatorOptions, req: InquiryRequest): Subject {
  const idNumber = req.respondent.idNumber.trim().toUpperCase();
  const r = new Rand(opts.seed, "subject", req.respondent.idType, idNumber);
  const city = homeCity(r, req.respondent.idType, idNumber);
  return {
    name: req.respondent.name,
    idType: req.respondent.idType,
    idNumber,
    entity: req.respondent.idType === "creditCode",
    city,
    district: r.pick(city.districts),
    wealthy: r.chance(0.2),
    empty: r.chance(1 / 6),
  };
}

/** What the simulator holds for a respondent at one provider, without latency or failures. */
export function simulatedHoldings(opts: Pick<SimulatorOptions, "seed">, key: ProviderKey, respondent: InquiryRequest["respondent"]): ProviderItem[] {
  const s = subjectOf({ seed: opts.seed, latencyMs: 0, failureRate: 0 }, { caseId: "", respondent, purpose: "", requestId: "" });
  return GENERATORS[key](new Rand(opts.seed, key, s.idType, s.idNumber), s);
}

/** Providers of accounts that receive money: a standing freeze order tops up freezes on these. */
export const ACCOUNT_PROVIDER_KEYS = ["bankDeposit", "onlinePaymentFunds"] as const satisfies readonly ProviderKey[];

/**
 * 轮询冻结 in the simulator: what one account receives on one Beijing calendar day, seeded by (seed,
 * provider, account, day). About a third of days bring nothing; the rest 10 to 20,000 yuan, log-uniform.
 */
export function simulatedDailyInflowFen(opts: Pick<SimulatorOptions, "seed">, key: ProviderKey, identifier: string, day: string): number {
  const r = new Rand(opts.seed, "inflow", key, identifier.trim(), day);
  return r.chance(1 / 3) ? 0 : r.amount(1_000, 2_000_000);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function simulatedIncomingFunds(opts: SimulatorOptions, key: ProviderKey, req: IncomingFundsRequest): IncomingFundsResult {
  if (!req.caseId || !req.purpose.trim()) return { status: "error", availableFen: 0, error: "查询请求缺少案件或查询事由，不予受理" };
  if (!req.identifier.trim()) return { status: "error", availableFen: 0, error: "账号不完整" };
  let total = 0;
  let days = 0;
  for (let d = nextDay(req.since); d <= req.through && days < 366; d = nextDay(d), days++) total += simulatedDailyInflowFen(opts, key, req.identifier, d);
  return { status: "ok", availableFen: total };
}

export function createSimulatedProviders(opts: SimulatorOptions): InquiryProvider[] {
  return PROVIDER_KEYS.map((key) => ({
    ...((ACCOUNT_PROVIDER_KEYS as readonly ProviderKey[]).includes(key)
      ? { incomingFunds: async (req: IncomingFundsRequest) => simulatedIncomingFunds(opts, key, req) }
      : {}),
    key,
    label: PROVIDER_LABELS[key],
    async query(req: InquiryRequest): Promise<ProviderResult> {
      const latency = opts.latencyMs * (0.5 + new Rand(opts.seed, "latency", req.requestId, key, req.respondent.idNumber).float());
      await sleep(latency, req.signal);
      if (!req.caseId || !req.purpose.trim()) return { status: "error", items: [], error: "查询请求缺少案件或查询事由，不予受理" };
      if (!req.respondent.idNumber.trim()) return { status: "error", items: [], error: "被查询人身份信息不完整" };
      if (failingProvider(opts, req.requestId) === key) return { status: "error", items: [], error: FAILURES[key] };
      const items = simulatedHoldings(opts, key, req.respondent);
      return items.length ? { status: "found", items } : { status: "none", items: [] };
    },
  }));
}
