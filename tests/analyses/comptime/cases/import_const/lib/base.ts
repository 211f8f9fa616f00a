export const BASE = "/static";
