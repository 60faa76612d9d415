// Records every Content-Security-Policy violation a page reports, from its first script on and across
// reloads and navigations. Every test's page is watched (e2e/fixtures.ts fails a test that saw one); a spec
// can also read what was refused so far.
import type { Page } from "@playwright/test";

const watched = new WeakMap<Page, string[]>();

/** Call before the page loads (a second call for the same page shares the first one's record). */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  let seen = watched.get(page);
  if (!seen) {
    const record: string[] = [];
    seen = record;
    watched.set(page, record);
    await page.exposeBinding("reportCspViolation", (_source, violation: string) => {
      record.push(violation);
    });
    await page.addInitScript(() => {
      const report = (window as unknown as { reportCspViolation: (v: string) => Promise<void> })
        .reportCspViolation;
      document.addEventListener("securitypolicyviolation", (e) => {
        const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : "";
        void report(`${e.violatedDirective} ${e.blockedURI || "inline"}${where}`);
      });
    });
  }
  const record = seen;
  return async () => {
    // A report sent just before this call reaches the record before an evaluate's answer does.
    if (!page.isClosed()) await page.evaluate(() => 0).catch(() => {});
    return [...record];
  };
}
