/**
 * THL's three areas of participation (osallisuus), used to tag the questions of the bank so a
 * centre can see which areas its questions cover: participation in one's own life, in
 * influencing, and in the common good. Kept free of zod so the admin screen can list them.
 */
export const participationAreas = ['own-life', 'influencing', 'common-good'] as const;
export type ParticipationArea = (typeof participationAreas)[number];
