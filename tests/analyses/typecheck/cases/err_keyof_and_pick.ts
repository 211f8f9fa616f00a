type User = { id: string; name: string; age: number };
type Key = keyof User;
const k: Key = "email";
const picked: Pick<User, "id" | "age"> = { id: "1", age: 2, name: "x" };
const omitted: Omit<User, "age"> = { id: "1", name: "n", age: 3 };
const partial: Partial<User> = { age: "3" };
export function handler(_req: Request): Response {
  return Response.json({ k, picked, omitted, partial });
}
