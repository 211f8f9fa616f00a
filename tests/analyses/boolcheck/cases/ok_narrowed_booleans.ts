function check(flag: boolean | undefined, n: number | undefined): string {
  if (flag === undefined || n === undefined) {
    return "missing";
  }
  return flag && n > 0 ? "yes" : "no";
}
export function handler(req: Request): Response {
  return Response.text(check(req.path === "/", req.path.length));
}
