/** The print report's parts, loaded together once the first screen is painted (README, "Print"). */
export { default as PrintCover } from './PrintCover.svelte';
export { default as PrintAssumptions } from './PrintAssumptions.svelte';
