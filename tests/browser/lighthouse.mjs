// Lighthouse (npm, pinned in package-lock.json) on several addresses in one running Chromium,
// for tests/browser/test_lighthouse.py:
//
//   node tests/browser/lighthouse.mjs <DevTools port> <config as JSON> <url>...
//
// prints each address's report (Lighthouse's JSON result) on a line of its own. One Node
// process for all pages: the `lighthouse` command starts Node and a Chromium per page, and then
// idles until a five-second timer of its own has run out before it exits.
import lighthouse from "lighthouse";

const [port, config, ...urls] = process.argv.slice(2);

for (const url of urls) {
  const result = await lighthouse(
    url,
    { port: Number(port), output: "json", logLevel: "error" },
    JSON.parse(config),
  );
  await new Promise((resolve) => process.stdout.write(JSON.stringify(result.lhr) + "\n", resolve));
}
process.exit(0);
