interface Greeter {
  greet(name: string): string;
}
const english: Greeter = {
  greet(name) {
    return `hello ${name}`;
  },
};
function make(): Greeter {
  return { greet: (n) => `hi ${n}` };
}
function use(g: Greeter): string {
  return g.greet("ann");
}
export function handler(_req: Request): Response {
  return Response.text(use(english) + use(make()));
}
