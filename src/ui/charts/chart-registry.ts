/**
 * The only module that imports Chart.js itself. It is reached through loadChart()'s dynamic
 * import, so Chart.js lands in its own chunk, fetched when the results page first draws a chart,
 * and only the parts registered here are bundled.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export { Chart };
