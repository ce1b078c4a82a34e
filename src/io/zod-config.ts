/**
 * Zod settings for the page and its workers; import this module before any module that
 * builds a schema.
 *
 * Zod compiles object validators with `new Function` unless it runs jitless. The page's
 * Content-Security-Policy forbids eval, and even zod's guarded probe for it is reported as
 * a policy violation, so validation runs interpreted (also quicker to start: nothing to
 * compile on the first parse). Zod decides this when a schema is built, from its global
 * configuration object, which it takes from `globalThis.__zod_globalConfig` when present
 * (that is how several copies of zod share one). Setting it here, without importing zod,
 * keeps the page's entry free of dependencies; `tests/unit/io/zod-config.test.ts` checks
 * that zod reads it.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
(scope.__zod_globalConfig ??= {}).jitless = true;

export {};
