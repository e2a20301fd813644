using Microsoft.Playwright;

namespace IOC.Dashboard.Tests.Browser;

/// <summary>
/// Whether every chart of the wall's panels can be read: no two of a chart's texts (axis labels, data labels, legend
/// texts, annotations) overlap, none is cut by the edge of its chart, and a share written on a donut stays on its ring
/// (dark text is read against the slice's colour, not the panel's).
/// </summary>
internal static class ChartLabels
{
    // Boxes of glyphs that merely touch, or whose line boxes share a pixel of ascent and descent, are not a collision.
    private const double Tolerance = 1;

    // A chart redraws for a moment after a resize or new data (charts.js may draw it again with fewer rows).
    private const float Settle = 5_000;

    /// <summary>Fails, naming the texts, when labels of a chart collide or leave it once the charts have settled.</summary>
    public static async Task AssertReadableAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync($"tolerance => ({Script})(tolerance).length === 0", Tolerance, new() { Timeout = Settle });
        }
        catch (TimeoutException)
        {
            // Still unreadable after settling: the assertion below names what.
        }
        var problems = await page.EvaluateAsync<string[]>(Script, Tolerance);
        var size = await page.EvaluateAsync<string>("`${window.innerWidth}×${window.innerHeight}`");
        Assert.True(problems.Length == 0, $"At {size}, chart labels cannot be read: {string.Join("; ", problems)}");
    }

    // A text is seen when it and its ancestors are shown and it has an area; a multi-line text counts line by line.
    private const string Script = """
        tolerance => {
          const problems = [];
          const round = box => `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;
          const seen = element => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
          const boxesOf = element => {
            const lines = [...element.querySelectorAll('tspan')].filter(line => line.textContent.trim() !== '');
            return (lines.length > 0 ? lines : [element])
              .map(line => ({ text: line.textContent.trim(), box: line.getBoundingClientRect() }))
              .filter(label => label.text !== '' && label.box.width > 0 && label.box.height > 0);
          };
          const overlap = (a, b) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance
            && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
          const inside = (box, bounds) =>
            box.left >= bounds.left - tolerance && box.right <= bounds.right + tolerance
            && box.top >= bounds.top - tolerance && box.bottom <= bounds.bottom + tolerance;
          for (const host of document.querySelectorAll("[data-testid^='panel-'] .apex-chart")) {
            const chart = host.dataset.testid;
            const canvas = host.querySelector('.apexcharts-canvas');
            const svg = canvas?.querySelector('svg.apexcharts-svg');
            if (!svg) {
              problems.push(`${chart} is not drawn`);
              continue;
            }
            // The host clips what leaves it; an svg text is also cut at the svg's edge.
            const hostBox = host.getBoundingClientRect();
            const svgBox = svg.getBoundingClientRect();
            const labels = [
              ...[...svg.querySelectorAll('text')].filter(seen).flatMap(boxesOf).map(label => ({ ...label, bounds: [hostBox, svgBox] })),
              ...[...canvas.querySelectorAll('.apexcharts-legend-text')].filter(seen).flatMap(boxesOf).map(label => ({ ...label, bounds: [hostBox] })),
            ];
            for (const label of labels) {
              if (!label.bounds.every(bounds => inside(label.box, bounds))) {
                problems.push(`${chart}: "${label.text}" at ${round(label.box)} is cut by the chart's edge ${round(hostBox)}`);
              }
            }
            const slices = [...svg.querySelectorAll('.apexcharts-pie-area')].map(slice => slice.getBoundingClientRect()).filter(box => box.width > 0);
            if (slices.length > 0) {
              const ring = {
                left: Math.min(...slices.map(box => box.left)), top: Math.min(...slices.map(box => box.top)),
                right: Math.max(...slices.map(box => box.right)), bottom: Math.max(...slices.map(box => box.bottom)),
              };
              for (const label of [...svg.querySelectorAll('.apexcharts-pie-label')].filter(seen).flatMap(boxesOf)) {
                if (!inside(label.box, ring)) {
                  problems.push(`${chart}: "${label.text}" at ${round(label.box)} runs off the donut ${round(ring)}`);
                }
              }
            }
            for (let i = 0; i < labels.length; i++) {
              for (let j = i + 1; j < labels.length; j++) {
                if (overlap(labels[i].box, labels[j].box)) {
                  problems.push(`${chart}: "${labels[i].text}" at ${round(labels[i].box)} collides with "${labels[j].text}" at ${round(labels[j].box)}`);
                }
              }
            }
          }
          return problems;
        }
        """;
}
