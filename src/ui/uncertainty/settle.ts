/**
 * The default settling time of the uncertainty analysis (monte-carlo-run.svelte.ts): long
 * enough to let a typed number be finished (keys come 100-300 ms apart), short enough not to
 * be felt. At 120 ms a run started between most keystrokes and its workers took both cores
 * of a small machine from the page while the user typed (docs/METHOD.md, "Uncertainty").
 * A module of its own so that the Monte Carlo benchmark waits as the page does.
 */
export const SETTLE_MS = 400;
