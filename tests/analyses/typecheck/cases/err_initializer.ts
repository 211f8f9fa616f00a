const count: number = "three";
const names: string[] = [1, 2];
const flag: boolean = 1;
let mode: "a" | "b" = "c";
export function handler(_req: Request): Response {
  return Response.json({ count, names, flag, mode });
}
