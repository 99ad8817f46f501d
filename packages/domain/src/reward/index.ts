// 悬赏公告 (财产调查规定 arts 21–24): the application, the 10-day decision clock, who may be paid.
export * from "./rules";
