// The floor under the stream row: what showing the long answer costs when nothing is shown while it
// arrives. Two parts, each measured as main-thread task time like the stream row:
// 1. the same bytes read from the network, in the app's page, by a bare reader (fetch, a streaming
//    TextDecoder, SSE events split and JSON-parsed, the text kept) with nothing rendered;
// 2. the same answer shown once by the app: a request with "Stream responses" off, answered at once with
//    the whole text, until the reply is formatted on screen and the end-of-reply work is done.
// The stream row divided by their sum says what showing the answer while it arrives costs on top.
import { afterNextFrame, formattedIn, metricSeconds, openPage } from "./runs.mjs";

/** Runs in the page: reads the stream to its end and returns the characters of text it carried. */
async function readStream(body) {
  const res = await fetch("/api/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(body),
  });
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    let end = pending.indexOf("\n\n");
    while (end !== -1) {
      const data = pending.slice(0, end).replace(/^data: ?/, "");
      pending = pending.slice(end + 2);
      if (data !== "[DONE]") text += JSON.parse(data).choices?.[0]?.delta?.content ?? "";
      end = pending.indexOf("\n\n");
    }
  }
  return text.length;
}

async function settledApp(context, baseUrl) {
  const { page, cdp } = await openPage(context);
  await page.goto(baseUrl);
  await page.getByRole("textbox", { name: "Message" }).waitFor();
  // As in the stream row: nobody sends within a second of the page loading.
  await page.waitForTimeout(1000);
  return { page, cdp };
}

export async function floorRun({ browser, baseUrl, answerLength, lastLine }) {
  const context = await browser.newContext();
  try {
    const read = await settledApp(context, baseUrl);
    const before = await metricSeconds(read.cdp);
    const body = { model: "bench-model", stream: true, messages: [{ role: "user", content: "Long answer" }] };
    const received = await read.page.evaluate(readStream, body);
    const after = await metricSeconds(read.cdp);
    await read.page.close();
    if (received !== answerLength) throw new Error(`floor read ${received} of ${answerLength} characters`);

    const shown = await settledApp(context, baseUrl);
    const settings = shown.page.getByRole("dialog", { name: "Settings" });
    await shown.page.getByRole("button", { name: "Settings" }).click();
    await settings.getByRole("checkbox", { name: "Stream responses" }).setChecked(false);
    await shown.page.keyboard.press("Escape");
    await settings.waitFor({ state: "hidden" });
    await shown.page.getByRole("textbox", { name: "Message" }).fill("Write the long answer, please.");
    await shown.page.waitForTimeout(1000);
    const start = await metricSeconds(shown.cdp);
    await shown.page.getByRole("button", { name: "Send" }).click();
    await shown.page.waitForFunction(formattedIn, ['article[aria-label="Assistant"]', lastLine], {
      timeout: 60_000,
    });
    await afterNextFrame(shown.page);
    // As in the stream row: the work the reply's end schedules (saving, highlighting) counts too.
    await shown.page.waitForTimeout(500);
    const end = await metricSeconds(shown.cdp);
    await shown.page.close();
    const readMs = (after.TaskDuration - before.TaskDuration) * 1000;
    const onceMs = (end.TaskDuration - start.TaskDuration) * 1000;
    return { floorReadTaskMs: readMs, floorShowTaskMs: onceMs, floorTaskMs: readMs + onceMs };
  } finally {
    await context.close();
  }
}
