/** UI strings for The Pod detail page. Each part's zh table is typed against its en table, so a missing key fails the build. */
export const podEn = {} as const;

export const podZh: Record<keyof typeof podEn, string> = {};
