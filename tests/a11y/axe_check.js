// Runs axe-core's WCAG 2.0 and 2.1 A and AA rules, colour contrast included, on HTML files in
// headless Chromium, and prints every violation of every page: rule, impact, the element's
// selector and what is wrong. One Chromium serves all the pages. Exit code: 0 when no page has
// a violation, 1 when one has, 2 for bad usage, 3 when the check itself could not run.
//   node axe_check.js CHROMIUM FILE.html...
"use strict";
const fs = require("fs");
const path = require("path");
const url = require("url");
const puppeteer = require("puppeteer-core");

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// The page as a reader sees it on screen: the width of a laptop window, where the plan's body
// keeps its 48rem column.
const viewport = { width: 1200, height: 900 };

function printViolations(results) {
  for (const v of results.violations) {
    console.log(`  ${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 8)) {
      const why = (node.failureSummary || "").split("\n").slice(1).join(" ").trim();
      console.log(`    ${node.target.join(" ")}: ${why}`);
    }
    if (v.nodes.length > 8) console.log(`    … and ${v.nodes.length - 8} more`);
  }
}

// What axe could not decide (e.g. text over a picture) is no violation, but a contrast it could
// not measure would make the check quietly weaker: name those elements, so they are seen.
function printUndecidedContrast(results) {
  for (const v of results.incomplete.filter((r) => r.id === "color-contrast")) {
    for (const node of v.nodes) {
      const why = (node.any[0] && node.any[0].message) || "";
      console.log(`  note: contrast not measured at ${node.target.join(" ")}: ${why}`);
    }
  }
}

// Text inside the charts, which are SVG pictures (<img src="data:image/svg+xml;…">): axe sees a
// picture, not its text, so each chart is parsed here and the colour of every <text> in it,
// as the browser computes it, is held against the chart's white ground: 4.5:1 at least, the
// WCAG AA contrast for text under 18pt. Runs in the page; returns one finding per label.
function chartTextContrast() {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const findings = [];
  let checked = 0;
  const charts = [...document.querySelectorAll('img[src^="data:image/svg+xml;base64,"]')];
  charts.forEach((img, i) => {
    const bytes = Uint8Array.from(atob(img.src.split(",")[1]), (c) => c.charCodeAt(0));
    const svg = new DOMParser().parseFromString(new TextDecoder().decode(bytes), "image/svg+xml").documentElement;
    const holder = document.createElement("div");
    holder.style.cssText = "position: absolute; left: -10000px; top: 0";
    holder.appendChild(document.importNode(svg, true));
    document.body.appendChild(holder);
    for (const text of holder.querySelectorAll("text")) {
      if (!text.textContent.trim()) continue;
      const m = getComputedStyle(text).fill.match(/^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/);
      const alpha = m && m[4] !== undefined ? Number(m[4]) : 1;
      const ratio = m ? (1.05) / (luminance([m[1], m[2], m[3]].map(Number)) + 0.05) : 0;
      checked++;
      if (!m || alpha < 1 || ratio < 4.5) {
        findings.push(`chart ${i + 1} (${img.alt.slice(0, 40)}…), text "${text.textContent.trim()}": ` +
                      `fill ${getComputedStyle(text).fill} on white, contrast ${ratio.toFixed(2)}:1`);
      }
    }
    holder.remove();
  });
  return { charts: charts.length, checked, findings };
}

async function checkPage(browser, axeSource, file) {
  const page = await browser.newPage();
  try {
    await page.setViewport(viewport);
    // The page's own CSP forbids every script; axe comes in through the DevTools protocol
    // (Runtime.evaluate), which the CSP does not govern. The page loads nothing from outside.
    await page.goto(url.pathToFileURL(path.resolve(file)).href, { waitUntil: "load", timeout: 20000 });
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      (tags) => window.axe.run(document, {
        runOnly: { type: "tag", values: tags },
      }),
      tags,
    );
    // Contrast measured on no element at all would mean the rule did not run (a page of no text).
    const contrast = (kind) => results[kind].filter((r) => r.id === "color-contrast")
                                            .reduce((n, r) => n + r.nodes.length, 0);
    const measured = contrast("passes") + contrast("violations");
    console.log(`${file}: ${results.violations.length} rules violated, ${results.passes.length} passed; ` +
                `contrast measured on ${measured} elements, undecided on ${contrast("incomplete")}`);
    printViolations(results);
    printUndecidedContrast(results);
    const charts = await page.evaluate(chartTextContrast);
    if (charts.charts) {
      console.log(`  charts: ${charts.charts}, their text's contrast measured on ${charts.checked} labels`);
      if (charts.findings.length) console.log(`  chart-text-contrast (serious): chart text of too little contrast`);
      for (const f of charts.findings) console.log(`    ${f}`);
    }
    return results.violations.length === 0 && measured > 0 && charts.findings.length === 0;
  } finally {
    await page.close();
  }
}

async function main() {
  const [chromium, ...files] = process.argv.slice(2);
  if (!chromium || files.length === 0) {
    console.error("usage: node axe_check.js CHROMIUM FILE.html...");
    process.exit(2);
  }
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // As root Chromium runs only without its sandbox; the pages are our own files, offline.
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
           "--disable-dev-shm-usage", "--font-render-hinting=none"],
    pipe: true,
    timeout: 30000,
  });
  let ok = true;
  try {
    const version = await browser.version();
    console.log(`axe-core ${require("axe-core/package.json").version} in ${version}, rules tagged ${tags.join(", ")}`);
    for (const file of files) ok = (await checkPage(browser, axeSource, file)) && ok;
  } finally {
    await browser.close();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(`axe_check: ${e.stack || e}`);
  process.exit(3);
});
