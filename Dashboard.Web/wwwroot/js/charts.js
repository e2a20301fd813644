// The wall's charts: ApexCharts driven from C# (Components/Charts/ApexChart). Options and data arrive as JSON; the only
// functions ApexCharts needs, the number formatters, are made here from the wall's culture.
import "../lib/apexcharts/apexcharts.min.js";

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

// The smallest top of an axis of `ticks` equal steps of 1, 2, 2.5 or 5 × 10ⁿ that reaches the value.
function niceMaximum(value, ticks) {
  const raw = value / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw * (1 - 1e-9));
  return step * ticks;
}

// "maxAtLeast": the axis reaches at least that far, so a series with no value yet (all gaps) or only small ones
// keeps a sensible scale instead of ApexCharts' default 0–4; above it, the top is the next nice value.
function withMaximum({ maxAtLeast, ...axis }) {
  if (maxAtLeast === undefined) {
    return axis;
  }
  const ticks = axis.tickAmount ?? 4;
  return { ...axis, tickAmount: ticks, max: (max) => niceMaximum(Number.isFinite(max) ? Math.max(max, maxAtLeast) : maxAtLeast, ticks) };
}

function axes(axis, formatter) {
  const list = Array.isArray(axis) ? axis : [axis ?? {}];
  const withFormatter = list.map((a) => ({ ...withMaximum(a), labels: { ...a.labels, formatter } }));
  return Array.isArray(axis) ? withFormatter : withFormatter[0];
}

// ApexCharts sets x-axis labels a fixed 22–28 px below the plot, which suits text of up to 16 px: a 4K wall's larger
// text would stand on the plot's bottom line. Such labels go down by what their text is larger.
function belowPlot(xaxis) {
  const fontSize = parseFloat(xaxis?.labels?.style?.fontSize ?? "0");
  if (!(fontSize > 16)) {
    return xaxis;
  }
  return { ...xaxis, labels: { ...xaxis.labels, offsetY: (xaxis.labels.offsetY ?? 0) + fontSize - 16 } };
}

// A horizontal bar chart's names longer than the axis' maxWidth: ApexCharts cuts their end off, which leaves "Ủy ban nhân
// dân ..." for every commune. Keep the start and the end instead, which tell the kind of unit and which one it is, in
// the width ApexCharts made room for; the full name stays in the label's <title>, its tooltip.
function shortenCategories(chart) {
  for (const label of chart.el.querySelectorAll(".apexcharts-yaxis-label")) {
    const line = label.querySelector("tspan");
    const name = label.querySelector("title")?.textContent;
    if (line && name && line.textContent !== name) {
      shorten(line, name, line.getComputedTextLength());
    }
  }
}

function shorten(line, name, maxWidth) {
  const shortened = (kept) => `${name.slice(0, Math.ceil(kept / 2)).trimEnd()}…${name.slice(name.length - Math.floor(kept / 2)).trimStart()}`;
  // The most characters kept that fit.
  let fits = 0;
  let fitsNot = name.length;
  while (fitsNot - fits > 1) {
    const kept = Math.floor((fits + fitsNot) / 2);
    line.textContent = shortened(kept);
    if (line.getComputedTextLength() <= maxWidth) {
      fits = kept;
    } else {
      fitsNot = kept;
    }
  }
  line.textContent = shortened(fits);
}

function withFormatters(options, numbers) {
  // Percentages keep their decimals (45,0 %); counts drop trailing zeros (4, and 3,5 for a mean).
  const exact = valueFormatter(numbers, numbers.percent ? numbers.decimals : 0);
  const axis = valueFormatter(numbers, 0);
  if (pieTypes.has(options.chart.type)) {
    const share = numberFormat(numbers.locale, 1, 1);
    return {
      ...options,
      tooltip: { ...options.tooltip, y: { formatter: exact } },
      // The legend carries each slice's count and share: a thin ring has no room for its share on the slice.
      legend: {
        ...options.legend,
        formatter: (name, context) => {
          const counts = context.w.globals.series;
          const total = counts.reduce((sum, count) => sum + count, 0);
          const count = counts[context.seriesIndex];
          return total > 0 ? `${name}: ${exact(count)} (${share((100 * count) / total)} %)` : `${name}: ${exact(count)}`;
        },
      },
    };
  }
  const horizontal = options.plotOptions?.bar?.horizontal === true;
  return {
    ...options,
    chart: horizontal ? { ...options.chart, events: { mounted: shortenCategories, updated: shortenCategories } } : options.chart,
    xaxis: horizontal ? axes(options.xaxis, axis) : belowPlot(options.xaxis),
    // A horizontal bar chart's y axis names its categories; with none yet ApexCharts would number it.
    yaxis: horizontal ? axes(options.yaxis, (value) => (typeof value === "number" ? "" : value)) : axes(options.yaxis, axis),
    dataLabels: { ...options.dataLabels, formatter: exact },
    tooltip: { ...options.tooltip, y: { formatter: exact } },
  };
}

// Sizes come in rem so the wall's charts scale with its text; ApexCharts reads font sizes as CSS pixels and these
// options as plain numbers of pixels.
const numberOptions = new Set(["maxWidth", "size", "width", "height", "offsetX", "padding", "strokeWidth", "top", "right", "bottom", "left"]);

function remToPixels(value, key) {
  if (typeof value === "string" && /^[0-9.]+rem$/.test(value)) {
    const pixels = parseFloat(value) * parseFloat(rootFontSize());
    return numberOptions.has(key) ? pixels : `${pixels}px`;
  }
  if (Array.isArray(value)) {
    return value.map((inner) => remToPixels(inner, key));
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, remToPixels(inner, name)]));
  }
  return value;
}

function series(type, data) {
  return pieTypes.has(type) ? (data.series[0]?.data ?? []).map((value) => value ?? 0) : data.series;
}

// "categoryHeight": a horizontal bar chart shows only its first categories that get at least this height each, so a short
// box shows fewer rows (a ranking keeps its top) instead of squeezing them into slivers with their names on each other.
// The plot is the box less what ApexCharts keeps around it, known once the chart has been drawn.
function rowsThatFit(element, state) {
  if (state.categoryHeight === undefined) {
    return Infinity;
  }
  const plotHeight = element.parentElement.clientHeight - (state.aroundPlot ?? 0);
  return Math.max(1, Math.floor(plotHeight / parseFloat(state.categoryHeight)));
}

// Drawn with more rows than its plot fits (the first drawing of a chart, or a new text size), a chart is drawn again.
function fitRows(element, state) {
  if (state.categoryHeight === undefined) {
    return undefined;
  }
  state.aroundPlot = element.parentElement.clientHeight - state.chart.w.globals.gridHeight;
  return rowsThatFit(element, state) !== state.rows ? draw(element, state, false) : undefined;
}

function firstRows(data, rows) {
  return data.categories.length <= rows
    ? data
    : { categories: data.categories.slice(0, rows), series: data.series.map((s) => ({ ...s, data: s.data.slice(0, rows) })) };
}

function withData(options, data) {
  return pieTypes.has(options.chart.type)
    ? { ...options, labels: data.categories, series: series(options.chart.type, data) }
    : { ...options, xaxis: { ...options.xaxis, categories: data.categories }, series: series(options.chart.type, data) };
}

function sameCategories(shown, data) {
  return shown.categories.length === data.categories.length && shown.categories.every((category, i) => category === data.categories[i]);
}

// Each chart with what it was made from, so that it can be made again when the text size changes.
const drawn = new Map();
let drawnAtFontSize = rootFontSize();
let resizeTimer;

function rootFontSize() {
  return getComputedStyle(document.documentElement).fontSize;
}

function draw(element, state, refit = true) {
  state.chart?.destroy();
  const { categoryHeight, ...options } = remToPixels(state.options);
  state.categoryHeight = categoryHeight;
  state.rows = rowsThatFit(element, state);
  state.shown = firstRows(state.data, state.rows);
  state.drawnWith = withFormatters(options, state.numbers);
  state.chart = new ApexCharts(element, withData(state.drawnWith, state.shown));
  return state.chart.render().then(() => (refit ? fitRows(element, state) : undefined));
}

// The wall's text scales with the screen (app.css); pixel sizes taken at creation must follow it, and so must the rows
// that fit a chart's box.
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    const fontChanged = rootFontSize() !== drawnAtFontSize;
    drawnAtFontSize = rootFontSize();
    drawn.forEach((state, element) => {
      if (fontChanged || rowsThatFit(element, state) !== state.rows) {
        draw(element, state);
      }
    });
  }, 200);
});

/** Draws a chart in the element, replacing one drawn there before. */
export function create(element, options, data, numbers) {
  dispose(element);
  const state = { options, data, numbers, chart: null };
  drawn.set(element, state);
  return draw(element, state);
}

/** Shows new data: only the series move, unless the categories changed too (a new week, another ranked unit). */
export function update(element, data) {
  const state = drawn.get(element);
  if (!state) {
    return undefined;
  }
  state.data = data;
  const shown = firstRows(data, state.rows);
  const categoriesChanged = !sameCategories(state.shown, shown);
  state.shown = shown;
  if (categoriesChanged) {
    // The whole options again: ApexCharts turns a line chart's categories into numbers, and new categories alone would
    // make it label every one of them, over each other.
    return state.chart.updateOptions(withData(state.drawnWith, shown), false, false);
  }
  return state.chart.updateSeries(series(state.drawnWith.chart.type, shown), false);
}

/** Removes the chart of the element, if any. */
export function dispose(element) {
  drawn.get(element)?.chart?.destroy();
  drawn.delete(element);
}
