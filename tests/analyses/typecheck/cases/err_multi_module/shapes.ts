export interface Shape {
  kind: "circle" | "square";
  size: number;
}

export function area(s: Shape): number {
  return s.kind === "circle" ? s.size * s.size * 3 : s.size * s.size;
}

export const unit = { name: "cm" };
