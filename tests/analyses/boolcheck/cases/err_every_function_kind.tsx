const top = 1;
if (top) {
  console.log("module level");
}
function declared(x: number): boolean {
  return x ? true : false;
}
const arrow = (s: string): boolean => !s;
const obj = {
  method(n: number): boolean {
    return n && true;
  },
};
function Comp(props: { n: number }): JSX.Element {
  return props.n ? <b>yes</b> : <i>no</i>;
}
export function handler(_req: Request): Response {
  const thunk = () => (top ? 1 : 2);
  const nested = [1].map((v) => [v].filter((w) => w));
  return Response.json({ d: declared(1), a: arrow("x"), m: obj.method(1), t: thunk(), nested,
    c: renderToString(<Comp n={1} />) });
}
