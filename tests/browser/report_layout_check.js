// Measures the HTML report as Chromium lays it out and appends the facts,
// as JSON, in a pre element of id layout-check; html_report_browser_test.cpp
// injects this script at the end of the page and asserts on what it finds.
(function () {
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  };
  // Line boxes of an element's text: more than one means it wrapped.
  const lines = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
  };
  const svg = document.getElementById("timeline");
  const facts = { sections: Array.from(document.querySelectorAll("section")).map((s) => s.id), panels: {} };
  if (svg) {
    facts.svg = box(svg);
    for (const panel of svg.querySelectorAll("g.panel")) {
      const bars = Array.from(panel.querySelectorAll("rect.bar"));
      facts.panels[panel.dataset.panel] = {
        first: panel.dataset.first,
        last: panel.dataset.last,
        baseline: box(panel.querySelector("line.baseline")),
        periods: Array.from(new Set(bars.map((bar) => bar.dataset.period))),
        thinnestBar: Math.min(...bars.map((bar) => box(bar).height)),
        xLabels: Array.from(panel.querySelectorAll("text.x-label")).map((t) => ({ text: t.textContent, ...box(t) })),
        yLabels: Array.from(panel.querySelectorAll("text.y-label")).map((t) => t.textContent),
      };
    }
    facts.axisTitles = Array.from(svg.querySelectorAll("text.axis-title")).map((t) => t.textContent);
    facts.legend = Array.from(svg.querySelectorAll("g.legend-item")).map((g) => g.textContent);
    const outside = (b) => b.left < facts.svg.left - 0.5 || b.right > facts.svg.right + 0.5 ||
                           b.top < facts.svg.top - 0.5 || b.bottom > facts.svg.bottom + 0.5;
    facts.textOutsideSvg = Array.from(svg.querySelectorAll("text")).filter((t) => outside(box(t)))
                                .map((t) => t.textContent);
  }
  // Dates, codes and year headers must each stay on one line.
  facts.wrappedCells = Array.from(document.querySelectorAll("td.date, td.code, th.period, td.number"))
                            .filter((cell) => cell.textContent && lines(cell) > 1).map((cell) => cell.textContent);
  facts.dateCells = document.querySelectorAll("td.date").length;
  const out = document.createElement("pre");
  out.id = "layout-check";
  out.textContent = JSON.stringify(facts);
  document.body.appendChild(out);
})();
