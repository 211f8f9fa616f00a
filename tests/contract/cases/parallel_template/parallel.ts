import { parallel } from "zigttp:io";

const API = "https://api.example.com";

export function handler(_req: Request): Response {
  const [user, orders, stock] = parallel([
    () => fetchSync(`${API}/users/1`),
    () => fetchSync(`${API}/orders?user=1`),
    () => fetchSync(`${API}/stock`),
  ]);
  return Response.json({
    user: user.json(),
    orders: orders.json(),
    stock: stock.ok ? stock.json() : undefined,
  });
}
