/** The shape of a resolution id, shared by the trigger patterns (index.ts) and the line forms (lines.ts). */

/**
 * The id itself: digits with slash-separated parts, optionally a letter scheme before or after; the
 * first part may carry the meeting's point numbers ("18.9/2016", "5.2.1", "5.3.1/2021").
 */
export const ID = String.raw`(?:(?:UR|UZ|URM|UZM|RM|ZM|RK|ZK|RO|ZO|RMČ|ZMČ|R|Z)\s?\/\s?)?\d{1,5}(?:\.\d{1,3}){0,3}(?:\s?\/\s?(?:\d{1,4}|\p{Lu}{1,5}(?![\p{L}])|\p{Lu}\p{Ll}{1,4}\.))*(?:-\p{Lu}{1,4}(?![\p{L}]))?`;
export const NOT_AFTER_ID = String.raw`(?![\d\p{L}]|\.\d|\.?\s?\?|\s?Sb(?![\p{L}])|\s?\/)`;
