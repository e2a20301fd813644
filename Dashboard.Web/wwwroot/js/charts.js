// The wall's charts: ApexCharts driven from C# (Components/Charts/ApexChart). Options and data arrive as JSON; the only
// functions ApexCharts needs, the number formatters, are made here from the wall's culture.
import "../lib/apexcharts/apexcharts.min.js";

const charts = new WeakMap();
const pieTypes = new Set(["donut", "pie"]);

function numberFormat(locale, minimum, maximum) {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
  return (value) => format.format(value);
}

// Category labels pass through; numbers are written in the wall's culture, fractions as "45,6 %".
function valueFormatter(numbers, minimumDecimals) {
  const format = numberFormat(numbers.locale, minimumDecimals, numbers.decimals);
  return (value) => {
    if (value === null || value === undefined) {
      return "—";
    }
    if (typeof value !== "number") {
      return value;
    }
    return numbers.percent ? `${format(value * 100)} %` : format(value);
  };
}

function axes(axis, formatter) {
  const list = Array.isArray(axis) ? axis : [axis ?? {}];
  const withFormatter = list.map((a) => ({ ...a, labels: { ...a.labels, formatter } }));
  return Array.isArray(axis) ? withFormatter : withFormatter[0];
}

function withFormatters(options, numbers) {
  // Percentages keep their decimals (45,0 %); counts drop trailing zeros (4, and 3,5 for a mean).
  const exact = valueFormatter(numbers, numbers.percent ? numbers.decimals : 0);
  const axis = valueFormatter(numbers, 0);
  if (pieTypes.has(options.chart.type)) {
    const share = numberFormat(numbers.locale, 1, 1);
    return {
      ...options,
      dataLabels: { ...options.dataLabels, formatter: (percent) => `${share(percent)} %` },
      tooltip: { ...options.tooltip, y: { formatter: exact } },
      legend: { ...options.legend, formatter: (name, context) => `${name}: ${exact(context.w.globals.series[context.seriesIndex])}` },
    };
  }
  const horizontal = options.plotOptions?.bar?.horizontal === true;
  return {
    ...options,
    xaxis: horizontal ? axes(options.xaxis, axis) : options.xaxis,
    yaxis: horizontal ? options.yaxis : axes(options.yaxis, axis),
    dataLabels: { ...options.dataLabels, formatter: exact },
    tooltip: { ...options.tooltip, y: { formatter: exact } },
  };
}

// Sizes come in rem so the wall's charts scale with its text; ApexCharts reads some of them (the legend's) as pixels.
function remToPixels(value) {
  if (typeof value === "string" && /^[0-9.]+rem$/.test(value)) {
    return `${parseFloat(value) * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`;
  }
  if (Array.isArray(value)) {
    return value.map(remToPixels);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, remToPixels(inner)]));
  }
  return value;
}

function series(type, data) {
  return pieTypes.has(type) ? (data.series[0]?.data ?? []).map((value) => value ?? 0) : data.series;
}

function withData(options, data) {
  return pieTypes.has(options.chart.type)
    ? { ...options, labels: data.categories, series: series(options.chart.type, data) }
    : { ...options, xaxis: { ...options.xaxis, categories: data.categories }, series: series(options.chart.type, data) };
}

function sameCategories(chart, data) {
  const current = pieTypes.has(chart.w.config.chart.type) ? chart.w.config.labels : chart.w.config.xaxis.categories;
  return current.length === data.categories.length && current.every((category, i) => category === data.categories[i]);
}

/** Draws a chart in the element, replacing one drawn there before. */
export function create(element, options, data, numbers) {
  dispose(element);
  const chart = new ApexCharts(element, withData(withFormatters(remToPixels(options), numbers), data));
  charts.set(element, chart);
  return chart.render();
}

/** Shows new data: only the series move, unless the categories changed too (a new week, another ranked unit). */
export function update(element, data) {
  const chart = charts.get(element);
  if (!chart) {
    return undefined;
  }
  const type = chart.w.config.chart.type;
  if (!sameCategories(chart, data)) {
    const categories = pieTypes.has(type) ? { labels: data.categories } : { xaxis: { categories: data.categories } };
    return chart.updateOptions({ ...categories, series: series(type, data) }, false, false);
  }
  return chart.updateSeries(series(type, data), false);
}

/** Removes the chart of the element, if any. */
export function dispose(element) {
  charts.get(element)?.destroy();
  charts.delete(element);
}
