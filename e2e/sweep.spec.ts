// The parameter sweep, driven by the names in ui-contract.md; what was sent is read from the bodies the
// local mock server received.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { withScenario, type MockServer } from "./mock-client";
import type { RecordedRequest } from "./types";

async function openSweep(chat: ChatPage): Promise<Locator> {
  await chat.page.getByRole("button", { name: "Sweep", exact: true }).click();
  const sweep = chat.page.getByRole("region", { name: "Sweep", exact: true });
  await expect(sweep).toBeVisible();
  return sweep;
}

interface SweepValues {
  from: string;
  to: string;
  steps: string;
  samples: string;
  concurrency?: string;
  /** Fill the boxes without pressing Enter: each value applies when its box is left. */
  typeOnly?: boolean;
}

async function configure(sweep: Locator, values: SweepValues): Promise<void> {
  const enter = async (box: Locator, value: string) => {
    await box.fill(value);
    if (!values.typeOnly) await box.press("Enter");
  };
  await sweep.getByRole("combobox", { name: "Sweep parameter" }).selectOption({ label: "Temperature" });
  await enter(sweep.getByRole("spinbutton", { name: "From", exact: true }), values.from);
  await enter(sweep.getByRole("spinbutton", { name: "To", exact: true }), values.to);
  await enter(sweep.getByRole("spinbutton", { name: "Steps", exact: true }), values.steps);
  await enter(sweep.getByRole("spinbutton", { name: "Samples per step", exact: true }), values.samples);
  if (values.concurrency) {
    await enter(sweep.getByRole("spinbutton", { name: "Requests at once", exact: true }), values.concurrency);
  }
}

/** The sweep's requests for this test's prompt: the chat's own reply sends no temperature. */
async function sweepRequests(mock: MockServer, marker: string): Promise<RecordedRequest[]> {
  return (await mock.entries({ containing: marker })).filter((e) => typeof e.body?.temperature === "number");
}

/** Clicks `button` (by its exact name) and reads the file it downloads. */
async function download(page: Page, sweep: Locator, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    sweep.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) ?? "", "utf8") };
}

test("a 3-step × 2-sample temperature sweep sends 6 requests, draws 6 points, survives a reload and exports", async ({
  chat,
  mock,
}) => {
  const marker = `sweep ${randomUUID()}`;
  await chat.goto();
  await chat.send(withScenario(marker, "sampled"));
  await chat.waitForReplyDone();

  let sweep = await openSweep(chat);
  await configure(sweep, { from: "0", to: "2", steps: "3", samples: "2" });
  // Before running: the values, the number of requests and a token estimate from the last reply's usage.
  await expect(sweep).toContainText("Values: 0, 1, and 2");
  await expect(sweep).toContainText(/6 requests · about [\d,]+ tokens/);

  await sweep.getByRole("button", { name: "Run sweep", exact: true }).click();
  const progress = sweep.getByRole("progressbar", { name: "Sweep progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "6", { timeout: 20_000 });
  await expect(sweep.getByRole("button", { name: "Stop all", exact: true })).toBeDisabled();

  const requests = await sweepRequests(mock, marker);
  expect(requests).toHaveLength(6);
  expect(requests.map((r) => r.body?.temperature).sort()).toEqual([0, 0, 1, 1, 2, 2]);
  // Everything else comes from the conversation: the same model and message, and no other parameter.
  for (const r of requests) {
    expect(r.body?.model).toBe("gemini-3.1-pro-preview");
    expect(r.body?.messages.at(-1)?.content).toContain(marker);
    expect(Object.keys(r.body ?? {}).filter((k) => ["top_p", "top_k", "max_tokens"].includes(k))).toEqual([]);
  }

  const chart = sweep.getByRole("figure", { name: "Sweep chart" });
  await expect(chart.getByRole("button")).toHaveCount(6);
  const table = sweep.getByRole("table", { name: "Sweep results" });
  await expect(table.getByRole("row")).toHaveCount(7);
  await expect(table.getByRole("row").nth(1)).toContainText("stop");

  // Hovering a point shows its reply; clicking it opens it side by side.
  const point = chart.getByRole("button").first();
  await point.hover();
  await expect(chart.getByRole("status")).toContainText("Tides");
  // Focus (the keyboard's hover) shows a point's reply too.
  await chart.getByRole("button").nth(1).focus();
  await expect(chart.getByRole("status")).toContainText("Tides");
  await point.click();
  const side = sweep.getByRole("region", { name: "Side by side" });
  await expect(side.getByRole("article")).toHaveCount(1);
  await expect(side.getByRole("heading", { name: "Tides" })).toBeVisible();

  // The sweep survives a reload, and nothing is sent again.
  await chat.page.reload();
  sweep = await openSweep(chat);
  await expect(sweep.getByRole("figure", { name: "Sweep chart" }).getByRole("button")).toHaveCount(6);
  await expect(sweep.getByRole("table", { name: "Sweep results" }).getByRole("row")).toHaveCount(7);
  expect(await sweepRequests(mock, marker)).toHaveLength(6);

  // Export sweep downloads the JSON; the CSV is the button beside it. Each contract name finds one control.
  for (const name of ["Export sweep", "Run sweep", "Stop all"]) {
    await expect(sweep.getByRole("button", { name })).toHaveCount(1);
  }
  const exported = await download(chat.page, sweep, "Export sweep");
  expect(exported.name).toMatch(/^chat-studio-sweep-temperature-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(exported.text) as {
    format: string;
    sweep: { parameter: string; prompt: string };
    samples: { value: number; sample: number; status: string; text: string }[];
  };
  expect(json.format).toBe("chat-studio.sweep");
  expect(json.sweep.parameter).toBe("temperature");
  expect(json.sweep.prompt).toContain(marker);
  expect(json.samples.map((s) => [s.value, s.sample, s.status])).toEqual([
    [0, 1, "complete"],
    [0, 2, "complete"],
    [1, 1, "complete"],
    [1, 2, "complete"],
    [2, 1, "complete"],
    [2, 2, "complete"],
  ]);
  expect(json.samples.every((s) => s.text.startsWith("## Tides"))).toBe(true);

  const csvFile = await download(chat.page, sweep, "Download CSV (one row per sample)");
  expect(csvFile.name).toMatch(/\.csv$/);
  const csv = csvFile.text.trimEnd().split("\r\n");
  expect(csv[0]).toBe(
    "step,value,sample,status,tokens,first_token_ms,total_ms,tokens_per_s,finish_reason,model,text",
  );
  expect(csv.filter((line) => /^\d,/.test(line))).toHaveLength(6);

  // Keep a sample as the conversation's reply: it joins the chat as another version of the answer.
  await sweep
    .getByRole("table", { name: "Sweep results" })
    .getByRole("button", { name: "Keep Temperature 2, sample 1 as the conversation's reply" })
    .click();
  await expect(sweep).toBeHidden();
  await expect(chat.lastAssistant()).toContainText("Tides");
  await expect(chat.lastAssistant().getByText("2/2")).toBeVisible();
});

test("a 429 on one cell is retried after its Retry-After; the other cells are not failed", async ({
  chat,
  mock,
}) => {
  const marker = `sweep 429 ${randomUUID()}`;
  await chat.goto();
  await chat.send(withScenario(marker, "rate-limit-once"));
  await chat.waitForReplyDone();

  const sweep = await openSweep(chat);
  // Typed without Enter, as a quick hand would: the last value applies as Run sweep is clicked.
  await configure(sweep, { from: "0", to: "2", steps: "3", samples: "1", typeOnly: true });
  await sweep.getByRole("button", { name: "Run sweep", exact: true }).click();

  // The cell at temperature 1 is refused once with Retry-After: 1, and says it will retry.
  const cell = sweep.getByRole("listitem", { name: "Temperature 1, sample 1" });
  await expect(cell).toContainText(/Rate limited, retrying in \d s/);
  await expect(sweep.getByRole("progressbar", { name: "Sweep progress" })).toHaveAttribute(
    "aria-valuenow",
    "3",
    {
      timeout: 20_000,
    },
  );
  await expect(cell).toContainText("Done");
  await expect(sweep.getByRole("table", { name: "Sweep results" })).not.toContainText("Failed");

  const requests = await sweepRequests(mock, marker);
  expect(requests.map((r) => r.body?.temperature).sort()).toEqual([0, 1, 1, 2]);
  const atOne = requests.filter((r) => r.body?.temperature === 1).map((r) => Date.parse(r.receivedAt));
  expect(atOne[1]! - atOne[0]!).toBeGreaterThanOrEqual(1000);
  await expect(sweep.getByRole("figure", { name: "Sweep chart" }).getByRole("button")).toHaveCount(3);
});

test("a failing cell shows its error with Retry; Retry runs it again and the chart fills in", async ({
  chat,
  mock,
}) => {
  const marker = `sweep 500 ${randomUUID()}`;
  await chat.goto();
  await chat.send(withScenario(marker, "fail-once"));
  await chat.waitForReplyDone();

  const sweep = await openSweep(chat);
  await configure(sweep, { from: "0", to: "2", steps: "3", samples: "1" });
  await sweep.getByRole("button", { name: "Run sweep", exact: true }).click();
  const progress = sweep.getByRole("progressbar", { name: "Sweep progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "3", { timeout: 20_000 });
  await expect(progress).toHaveAttribute("aria-valuetext", /1 failed/);

  // The cell at temperature 2 got an HTTP 500: it says so in words, the others are drawn.
  const cell = sweep.getByRole("listitem", { name: "Temperature 2, sample 1" });
  await expect(cell.getByRole("alert")).toContainText("500");
  await expect(cell.getByRole("alert")).toContainText("Internal server error");
  const chart = sweep.getByRole("figure", { name: "Sweep chart" });
  await expect(chart.getByRole("button")).toHaveCount(2);
  await expect(sweep.getByRole("table", { name: "Sweep results" })).toContainText("Failed");

  await cell.getByRole("button", { name: "Retry Temperature 2, sample 1" }).click();
  await expect(cell).toContainText("Done");
  await expect(cell.getByRole("alert")).toHaveCount(0);
  await expect(chart.getByRole("button")).toHaveCount(3);
  await expect(progress).not.toHaveAttribute("aria-valuetext", /failed/);
  const temperatures = (await sweepRequests(mock, marker)).map((r) => r.body?.temperature);
  expect(temperatures.sort()).toEqual([0, 1, 2, 2]);
});

test("requests at once are limited; Stop ends one cell and the next starts; Stop all sends nothing more", async ({
  chat,
  mock,
}) => {
  const marker = `sweep stop ${randomUUID()}`;
  await chat.goto();
  await chat.send(withScenario(marker, "sampled-slow"));
  await chat.waitForReplyDone();

  const sweep = await openSweep(chat);
  await configure(sweep, { from: "0", to: "2", steps: "3", samples: "2", concurrency: "2" });
  await sweep.getByRole("button", { name: "Run sweep", exact: true }).click();
  const progress = sweep.getByRole("progressbar", { name: "Sweep progress" });

  // Two requests at once: the first two cells stream, the other four wait their turn.
  const cells = sweep.getByRole("region", { name: "Samples", exact: true }).getByRole("listitem");
  const first = cells.and(sweep.getByRole("listitem", { name: "Temperature 0, sample 1" }));
  const second = cells.and(sweep.getByRole("listitem", { name: "Temperature 0, sample 2" }));
  const third = cells.and(sweep.getByRole("listitem", { name: "Temperature 1, sample 1" }));
  await expect(first).toHaveAttribute("aria-busy", "true");
  await expect(second).toHaveAttribute("aria-busy", "true");
  await expect(progress).toHaveAttribute("aria-valuetext", /2 running/);
  await expect(cells.filter({ hasText: "Queued" })).toHaveCount(4);
  expect(await sweepRequests(mock, marker)).toHaveLength(2);

  // Stopping one cell keeps what it had streamed, and the next queued cell takes its place.
  await first.getByRole("button", { name: "Stop Temperature 0, sample 1" }).click();
  await expect(first).toHaveAttribute("aria-busy", "false");
  await expect(first).toContainText("Stopped");
  await expect(third).toHaveAttribute("aria-busy", "true");
  await expect.poll(async () => (await sweepRequests(mock, marker)).length).toBe(3);

  await sweep.getByRole("button", { name: "Stop all", exact: true }).click();
  await expect(progress).toHaveAttribute("aria-valuenow", "6");
  await expect(cells.filter({ hasText: "Stopped" })).toHaveCount(6);
  await expect(sweep.getByRole("button", { name: "Stop all", exact: true })).toBeDisabled();
  // A cell stopped before it started can be run later with Retry.
  await expect(
    sweep.getByRole("button", { name: "Retry Temperature 2, sample 2", exact: true }),
  ).toBeVisible();
  expect(await sweepRequests(mock, marker)).toHaveLength(3);
});

test("a sweep reloaded while it runs keeps what had arrived, and Resume runs the rest", async ({
  chat,
  mock,
}) => {
  const marker = `sweep reload ${randomUUID()}`;
  await chat.goto();
  await chat.send(withScenario(marker, "sampled-slow"));
  await chat.waitForReplyDone();

  let sweep = await openSweep(chat);
  await configure(sweep, { from: "0", to: "2", steps: "3", samples: "1", concurrency: "1" });
  await sweep.getByRole("button", { name: "Run sweep", exact: true }).click();
  const first = sweep.getByRole("listitem", { name: "Temperature 0, sample 1" });
  await expect(first).toContainText("Tides rise");
  // The run is written at most twice a second while text streams: wait until a write has what arrived.
  await expect
    .poll(() =>
      chat.page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open("chat-studio-sweeps");
            open.onsuccess = () => {
              const get = open.result.transaction("sweeps").objectStore("sweeps").getAll();
              get.onsuccess = () =>
                resolve(
                  JSON.stringify((get.result as { cells: { text: string }[] }[])[0]?.cells[0]?.text ?? ""),
                );
            };
            open.onerror = () => resolve("");
          }),
      ),
    )
    .toContain("Tides rise");

  await chat.page.reload();
  sweep = await openSweep(chat);
  // Nothing runs after a reload until asked: the cell that was streaming is stopped with its text.
  const after = sweep.getByRole("listitem", { name: "Temperature 0, sample 1" });
  await expect(after).toContainText("Stopped");
  await expect(after).toContainText("Tides rise");
  await expect(sweep.getByRole("listitem", { name: "Temperature 1, sample 1" })).toContainText("Queued");
  expect(await sweepRequests(mock, marker)).toHaveLength(1);

  await sweep.getByRole("button", { name: "Resume", exact: true }).click();
  await expect(sweep.getByRole("listitem", { name: "Temperature 1, sample 1" })).toHaveAttribute(
    "aria-busy",
    "true",
  );
  await expect.poll(async () => (await sweepRequests(mock, marker)).length).toBe(2);
  await sweep.getByRole("button", { name: "Stop all", exact: true }).click();
  await expect(sweep.getByRole("progressbar", { name: "Sweep progress" })).toHaveAttribute(
    "aria-valuenow",
    "3",
  );
});
