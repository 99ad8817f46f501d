// 裁判文书上网规定 art 9: where a name is replaced, the surname is kept and the given name becomes 某.
// Here each character of the given name becomes 某 ("张三丰" → "张某某", "张三" → "张某").

const COMPOUND_SURNAMES = [
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙", "夏侯",
  "轩辕", "司徒", "司空", "端木", "独孤", "南宫", "西门", "澹台", "申屠", "太史", "万俟", "闻人", "公冶",
  "赫连", "呼延", "钟离", "宗政", "濮阳", "淳于", "单于", "拓跋", "百里", "东郭", "第五", "左丘", "公羊",
];

/**
 * Natural persons' names for public pages. Chinese names keep the surname (compound surnames
 * recognised from a list); names in Latin script keep the first letter of each word ("John Smith" →
 * "J*** S****"). A one-character name becomes "某".
 */
export function maskName(name: string): string {
  const v = String(name).trim();
  if (/^[\p{Script=Han}·]+$/u.test(v)) {
    const chars = [...v];
    if (chars.length <= 1) return "某";
    const surnameLength = chars.length > 2 && COMPOUND_SURNAMES.includes(chars.slice(0, 2).join("")) ? 2 : 1;
    const rest = chars.slice(surnameLength).map((c) => (c === "·" ? c : "某"));
    return chars.slice(0, surnameLength).join("") + rest.join("");
  }
  return v.replace(/\p{L}+/gu, (word) => {
    const chars = [...word];
    return chars[0] + "*".repeat(chars.length - 1);
  });
}
