// Run by `npm test` before the tests: what they need that `npm install` does not bring, which is Chromium for the
// browser tests. Installed when it can be (Debian's package, as root, as .ci/run does); otherwise one line says what
// to install, rather than every browser test failing on its own.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(chromium)) process.exit(0);

const say = (line) => console.error(`npm test: ${line}`);
const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (canInstall) {
  say("the browser tests need Chromium: installing Debian's chromium (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "pipe"], env, encoding: "utf8" });
  const update = run(["update", "-qq"]);
  const install = update.status === 0 ? run(["install", "-y", "-qq", "chromium"]) : update;
  if (install.status === 0 && existsSync(chromium)) process.exit(0);
  const why = (install.stderr || "").trim().split("\n").pop() || `apt-get exited with ${install.status}`;
  say(`could not install chromium (${why}): install it yourself (apt-get install -y chromium) and run npm test again`);
  process.exit(1);
}
say(
  `the browser tests need Chromium at ${chromium}: install it (Debian or Ubuntu: sudo apt-get install -y chromium)${process.env.CHROMIUM_PATH ? "" : ", or set CHROMIUM_PATH to one"}, then run npm test again`,
);
process.exit(1);
