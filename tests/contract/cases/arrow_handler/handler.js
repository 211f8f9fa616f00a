import { env } from "zigttp:env";

export const handler = req => Response.text(env("GREETING") ?? "hello");
