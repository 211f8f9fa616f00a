interface Greeter {
  greet(name: string): string;
}
interface Shouter {
  greet(name: string): string;
}
function use(g: Greeter): string {
  return g.greet("x");
}
const shouter: Shouter = { greet: (n) => n.toUpperCase() };
export function handler(_req: Request): Response {
  const a = use({ greet: (n) => n });
  const b = use(shouter);
  let g: Greeter = { greet: (n) => n };
  g = { greet: (n) => n + "!" };
  return Response.text(a + b + g.greet("y"));
}
