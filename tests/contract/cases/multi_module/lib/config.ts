export const API = "https://api.internal.example";
export const TOKEN_VAR = "SERVICE_TOKEN";
export const CACHE_NS = "client";
