// Makes sure the browser tests have a Chromium: the system's when installed (Debian's
// `chromium` package), otherwise Playwright's own, downloaded once.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (system) {
  console.log(`browser tests use ${system}`);
} else {
  console.log("no system Chromium found: installing Playwright's Chromium");
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
