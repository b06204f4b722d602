// Query-parameter readers that fail with a 400 naming the parameter.
import { badRequest } from "./errors.ts";

export function intParam(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`${name} must be an integer from ${min} to ${max}`, name);
  return n;
}

export function stringParam(value: unknown, name: string, maxLength = 200): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw badRequest(`${name} must be given once, as text`, name);
  if (value.length > maxLength) throw badRequest(`${name} is longer than ${maxLength} characters`, name);
  return value;
}

export function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[]): T | undefined {
  const s = stringParam(value, name);
  if (s === undefined || s === "") return undefined;
  if (!(allowed as readonly string[]).includes(s)) throw badRequest(`${name} must be one of ${allowed.join(", ")}`, name);
  return s as T;
}
