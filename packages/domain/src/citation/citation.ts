// A legal basis carried next to every rule and every clock: which norm, which article.
// `law` is the short Chinese title as used in rules.md; `en` a short English rendering.

export type Citation = { law: string; article: string; en: string };

export function cite(law: string, article: string, en: string): Citation {
  return { law, article, en };
}

export function formatCitation(c: Citation, lang: "zh" | "en" = "zh"): string {
  return lang === "zh" ? `《${c.law}》${c.article}` : `${c.en}, ${c.article}`;
}
