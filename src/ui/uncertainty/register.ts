/**
 * Chart.js, tree-shaken for the uncertainty charts: line with a filled band (fan) and
 * floating horizontal bars (tornado). Loaded on demand, so it is not in the initial bundle.
 */
import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

export { Chart };
