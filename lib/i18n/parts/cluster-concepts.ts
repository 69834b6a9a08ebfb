/** UI strings for The cluster overview and the concept pages. Each part's zh table is typed against its en table, so a missing key fails the build. */
export const clusterConceptsEn = {} as const;

export const clusterConceptsZh: Record<keyof typeof clusterConceptsEn, string> = {};
