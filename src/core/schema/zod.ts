/**
 * The one door to zod. zod/mini, not the classic entry: it adds about 12 KB to Code.js where
 * the classic one adds about 450 KB, and Apps Script loads the whole bundle on every menu
 * click, edit and trigger. Named exports only: re-exporting the namespace object would keep
 * all of zod (and its locales) in the bundle. jitless: zod would otherwise compile object
 * parsers with `new Function`, which Apps Script may refuse; every schema imports from here,
 * so the setting is in force before any schema is built.
 */
import { config } from "zod/mini";

config({ jitless: true });

export {
  object,
  string,
  regex,
  refine,
  superRefine,
  custom,
  optional,
  array,
  number,
  boolean,
  union,
  literal,
  minLength,
  maxLength,
  pipe,
  transform,
  NEVER,
} from "zod/mini";
export type { output, ZodMiniType } from "zod/mini";

/** Any zod/mini schema that can check a value. */
export interface ZodMiniTypeLike {
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}
