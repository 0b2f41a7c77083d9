/** Times as people across time zones can compare them: "2026-12-03 18:20 UTC". */
export const formatUtc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
