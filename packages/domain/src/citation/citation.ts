// A legal basis carried next to every rule and every clock: which norm, which article.
// `law` is the short Chinese title as used in rules.md; `en` a short English rendering.

export type Citation = { law: string; article: string; en: string };

export function cite(law: string, article: string, en: string): Citation {
  return { law, article, en };
}

/**
 * An article reference as a Chinese reader writes it: "art 85 para 2" → "第85条第2款",
 * "art 268(1)" → "第268条第1项", "item 16" → "第16项", "arts 248–249" → "第248–249条".
 * Anything it does not recognise is left as it is.
 */
export function articleZh(article: string): string {
  return article
    .replace(/\barts? (\d+(?:[–-]\d+)?)\((\d+)\)(\d+)?/g, (_m, a: string, i: string, sub?: string) => `第${a}条第${i}项${sub ? `第${sub}目` : ""}`)
    .replace(/\barts? (\d+(?:[–-]\d+)?)(?:, (\d+))?/g, (_m, a: string, b?: string) => (b ? `第${a}、${b}条` : `第${a}条`))
    .replace(/\bparas? (\d+(?:[–-]\d+)?)/g, "第$1款")
    .replace(/\bitems? (\d+(?:[–-]\d+)?)/g, "第$1项")
    .replace(/([条款项目])\s+(?=第)/g, "$1");
}

export function formatCitation(c: Citation, lang: "zh" | "en" = "zh"): string {
  return lang === "zh" ? `《${c.law}》${articleZh(c.article)}` : `${c.en}, ${c.article}`;
}
