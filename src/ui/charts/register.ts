/**
 * Chart.js, tree-shaken: only the controllers, elements, scales and plugins the charts
 * use. Loaded on demand by the chart wrapper, so it is not in the initial bundle.
 */
import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Filler: the band of the uncertainty fan chart.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

export { Chart };
