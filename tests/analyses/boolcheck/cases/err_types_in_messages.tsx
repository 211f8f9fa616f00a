type Point = { x: number };
function Comp(): JSX.Element {
  return <p>hi</p>;
}
function check(flag: boolean | undefined): boolean {
  if (flag) {
    return true;
  }
  return false;
}
export function handler(req: Request): Response {
  const p: Point = { x: 1 };
  const list = [1];
  const fn = (x: number) => x;
  const el = <Comp />;
  const u = undefined;
  const both: string | number = req.path.length > 2 ? "s" : 1;
  const opt: Point | undefined = req.query.b === undefined ? undefined : p;
  if (p) { console.log(1); }
  if (list) { console.log(2); }
  if (fn) { console.log(3); }
  if (el) { console.log(4); }
  if (u) { console.log(5); }
  if (check(undefined)) { console.log(6); }
  if (both) { console.log(7); }
  if (opt) { console.log(8); }
  if (req.headers) { console.log(9); }
  return Response.text("x");
}
