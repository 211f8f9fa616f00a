export function handler(req: Request): Response {
  let flag: boolean | undefined = undefined;
  if (req.path === "/") {
    flag = true;
  }
  if (flag !== undefined) {
    const later = () => (flag ? 1 : 2);
    return Response.json({ later: later() });
  }
  return Response.text("none");
}
