/** UI strings for Services and Nodes pages. Each part's zh table is typed against its en table, so a missing key fails the build. */
export const serviceNodeEn = {} as const;

export const serviceNodeZh: Record<keyof typeof serviceNodeEn, string> = {};
