/**
 * Zod settings for the page and its workers; import this module before any other.
 *
 * Zod compiles object validators with `new Function` unless it runs jitless. The page's
 * Content-Security-Policy forbids eval, and even zod's guarded probe for it is reported as
 * a policy violation, so validation runs interpreted (it is also faster to start: nothing
 * to compile on the first parse).
 */
import { config } from 'zod';

config({ jitless: true });
