// Runs axe-core's rules on one HTML file inside jsdom and prints every violation; exits 1 when
// there is one. Colour contrast is left out: jsdom lays nothing out, so axe cannot measure it.
//   node axe_check.js FILE.html
"use strict";
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node axe_check.js FILE.html");
    process.exit(2);
  }
  // No scripts from the document run (it has none, and its CSP forbids them); axe is put into
  // the window by us.
  // jsdom's CSS parser does not know paged media (@page margin boxes); what it cannot parse
  // matters to no rule checked here, so only other errors are shown.
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (e) => {
    if (!/Could not parse CSS stylesheet/.test(e.message)) console.error(`jsdom: ${e.message}`);
  });
  const dom = new JSDOM(fs.readFileSync(file, "utf8"), {
    runScripts: "outside-only",
    pretendToBeVisual: true,
    virtualConsole,
  });
  dom.window.eval(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const results = await dom.window.axe.run(dom.window.document, {
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  for (const v of results.violations) {
    console.log(`${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 5)) console.log(`  ${node.target.join(" ")}: ${node.failureSummary.split("\n").join(" ")}`);
    if (v.nodes.length > 5) console.log(`  … and ${v.nodes.length - 5} more`);
  }
  console.log(`axe-core ${dom.window.axe.version}: ${results.violations.length} rules violated, ${results.passes ? results.passes.length : "?"} passed`);
  process.exit(results.violations.length ? 1 : 0);
}

main().catch((e) => {
  console.error(`axe_check: ${e.stack || e}`);
  process.exit(3);
});
