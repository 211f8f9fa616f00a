export type Item = { id: string; price: number; tags?: string[] };
export interface Priced {
  price: number;
}
export type Money = number;
