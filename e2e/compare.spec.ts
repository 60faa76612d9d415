// Compare: one user message answered by two parameter sets at once, against the local mock.
// Requests are told apart by a unique message text and the temperature each column sent.
import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { withScenario, type MockServer } from "./mock-client";
import type { RecordedRequest } from "./types";

async function openCompare(chat: ChatPage): Promise<Locator> {
  await chat.page.getByRole("button", { name: "Compare", exact: true }).click();
  const compare = chat.page.getByRole("region", { name: "Compare", exact: true });
  await expect(compare).toBeVisible();
  return compare;
}

/** The compare requests (not the chat's own) for this test's message, keyed by the temperature they sent. */
async function columnRequests(mock: MockServer, marker: string): Promise<Map<unknown, RecordedRequest>> {
  const entries = await mock.entries({ containing: marker });
  return new Map(
    entries.filter((e) => e.body?.temperature !== undefined).map((e) => [e.body?.temperature, e]),
  );
}

test("two parameter sets stream in parallel; one is halted, the other kept as the reply", async ({
  chat,
  mock,
}) => {
  const marker = `compare ${randomUUID()}`;
  await chat.goto();
  // The slow scenario gives time to see both columns streaming; the chat's own reply is stopped at once.
  await chat.send(withScenario(marker, "slow"));
  await chat.waitForStreaming();
  await chat.stop();
  await chat.waitForReplyDone();

  const compare = await openCompare(chat);
  const col1 = compare.getByRole("region", { name: "Column 1", exact: true });
  const col2 = compare.getByRole("region", { name: "Column 2", exact: true });
  // A typed value applies on Enter (or when the focus leaves the box).
  await col1.getByRole("spinbutton", { name: "Column 1 temp", exact: true }).fill("0.3");
  await col1.getByRole("spinbutton", { name: "Column 1 temp", exact: true }).press("Enter");
  await col2.getByRole("spinbutton", { name: "Column 2 temp", exact: true }).fill("1.5");
  await col2.getByRole("spinbutton", { name: "Column 2 temp", exact: true }).press("Enter");
  await expect(col1).toContainText("Temperature 0.3");
  await expect(col2).toContainText("Temperature 1.5");

  await compare.getByRole("button", { name: "Run comparison", exact: true }).click();
  await expect
    .poll(async () => [await col1.getAttribute("aria-busy"), await col2.getAttribute("aria-busy")])
    .toEqual(["true", "true"]);
  await expect.poll(async () => [...(await columnRequests(mock, marker)).keys()].sort()).toEqual([0.3, 1.5]);
  const pending = await columnRequests(mock, marker);
  expect(pending.get(0.3)?.outcome).toBe("pending");
  expect(pending.get(1.5)?.outcome).toBe("pending");
  expect(pending.get(0.3)?.body?.messages.at(-1)?.content).toContain(marker);

  // Both columns receive text before either finishes.
  await expect(col1).toContainText("Slow chunk 3.");
  await expect(col2).toContainText("Slow chunk 3.");
  await col1.getByRole("button", { name: "Halt column 1", exact: true }).click();
  await expect(col1).toHaveAttribute("aria-busy", "false");
  await expect(col1).toContainText("Halted");
  await expect(col1).not.toContainText("Slow chunk 100.");
  await expect.poll(async () => (await columnRequests(mock, marker)).get(0.3)?.outcome).toBe("client-closed");
  await expect(col2).toHaveAttribute("aria-busy", "true");

  await expect(col2).toContainText("Slow chunk 100.", { timeout: 20_000 });
  await expect(col2).toHaveAttribute("aria-busy", "false");
  await expect(col2).toContainText("Complete");
  expect((await columnRequests(mock, marker)).get(1.5)?.outcome).toBe("completed");

  await col2.getByRole("button", { name: "Keep column 2", exact: true }).click();
  await expect(compare).toBeHidden();
  const reply = chat.lastAssistant();
  await expect(reply).toContainText("Slow chunk 100.");
  await expect(reply.getByText("2/2")).toBeVisible();
  await expect(chat.assistantMessages()).toHaveCount(1);

  await chat.page.reload();
  await expect(chat.lastAssistant()).toContainText("Slow chunk 100.");
  await expect(chat.lastAssistant().getByText("2/2")).toBeVisible();
  await chat.lastAssistant().getByRole("button", { name: "Previous version" }).click();
  await expect(chat.lastAssistant()).not.toContainText("Slow chunk 100.");
});

test("a new message can be compared; closing without keeping leaves the conversation as it was", async ({
  chat,
  mock,
}) => {
  const first = `first ${randomUUID()}`;
  await chat.goto();
  await chat.send(first);
  await chat.waitForReplyDone();

  const compare = await openCompare(chat);
  await compare.getByRole("button", { name: "New message", exact: true }).click();
  const marker = `second ${randomUUID()}`;
  await compare.getByRole("textbox", { name: "Prompt to compare", exact: true }).fill(marker);
  await compare.getByRole("button", { name: "Add column", exact: true }).click();
  await expect(compare.getByRole("region", { name: /^Column \d$/ })).toHaveCount(3);
  await compare.getByRole("button", { name: "Run comparison", exact: true }).click();

  await expect.poll(async () => (await mock.entries({ containing: marker })).length).toBe(3);
  const bodies = (await mock.entries({ containing: marker })).map((e) => e.body);
  // Each column's request carries the whole conversation, then the new message.
  for (const body of bodies) {
    expect(body?.messages.map((m) => m.content)).toEqual([first, expect.stringContaining(first), marker]);
  }
  const column3 = compare.getByRole("region", { name: "Column 3", exact: true });
  await expect(column3).toContainText(marker);
  await expect(column3).toHaveAttribute("aria-busy", "false");

  await compare.getByRole("button", { name: "Close comparison", exact: true }).click();
  await expect(compare).toBeHidden();
  await expect(chat.userMessages()).toHaveCount(1);
  await expect(chat.lastUser()).toContainText(first);
});

test("columns render markdown, each asks for its own model, and Show differences marks unshared words", async ({
  chat,
  mock,
}) => {
  const marker = `rendered ${randomUUID()}`;
  await chat.goto();
  await chat.send(withScenario(marker, "sampled"));
  await chat.waitForReplyDone();

  const compare = await openCompare(chat);
  const col1 = compare.getByRole("region", { name: "Column 1", exact: true });
  const col2 = compare.getByRole("region", { name: "Column 2", exact: true });
  // Column 1 keeps the conversation's model; column 2 asks for another one.
  await expect(col1.getByRole("combobox", { name: "Column 1 model", exact: true })).toHaveValue(
    "gemini-3.1-pro-preview",
  );
  await col2.getByRole("combobox", { name: "Column 2 model", exact: true }).fill("gpt-4o-mini");
  await col1.getByRole("spinbutton", { name: "Column 1 temp", exact: true }).fill("0");
  await col1.getByRole("spinbutton", { name: "Column 1 temp", exact: true }).press("Enter");
  await col2.getByRole("spinbutton", { name: "Column 2 temp", exact: true }).fill("2");
  await col2.getByRole("spinbutton", { name: "Column 2 temp", exact: true }).press("Enter");
  await expect(col2).toContainText("gpt-4o-mini, Temperature 2");

  await compare.getByRole("button", { name: "Run comparison", exact: true }).click();
  await expect(col1).toHaveAttribute("aria-busy", "false");
  await expect(col2).toHaveAttribute("aria-busy", "false");
  await expect(col2).toContainText("Complete");

  // Rendered with the chat's renderer: a heading, a list, bold text and a code block, no markdown syntax
  // (heading marks, asterisks, fences) left as text.
  for (const column of [col1, col2]) {
    await expect(column.getByRole("heading", { name: "Tides" })).toBeVisible();
    await expect(column.getByRole("listitem")).toHaveCount(2);
    await expect(column.locator("strong", { hasText: "Spring tides" })).toBeVisible();
    await expect(column.locator("pre code", { hasText: "high water 06:12" })).toBeVisible();
    await expect(column).not.toContainText("## Tides");
    await expect(column).not.toContainText("**");
    await expect(column).not.toContainText("```");
  }

  const bodies = (await mock.entries({ containing: marker })).map((e) => e.body);
  const byTemperature = new Map(bodies.map((b) => [b?.temperature, b?.model]));
  expect(byTemperature.get(0)).toBe("gemini-3.1-pro-preview");
  expect(byTemperature.get(2)).toBe("gpt-4o-mini");

  // Temperature 2 swaps words at random: the differences are marked in both columns.
  const toggle = compare.getByRole("button", { name: "Show differences", exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const first = compare.getByRole("combobox", { name: "First column to compare" });
  const second = compare.getByRole("combobox", { name: "Second column to compare" });
  await expect(first.locator("option:checked")).toHaveText("Column 1");
  await expect(second.locator("option:checked")).toHaveText("Column 2");
  await expect(compare).toContainText(/Words in common: \d+%/);
  await expect(col1.locator("mark").first()).toBeVisible();
  await expect(col2.locator("mark").first()).toBeVisible();
  await toggle.click();
  await expect(col1.locator("mark")).toHaveCount(0);
  await expect(col1.getByRole("heading", { name: "Tides" })).toBeVisible();
});

test("a column whose connection goes silent says so, and Halt all keeps what arrived", async ({ chat }) => {
  await chat.goto();
  const dialog = await chat.openSettings();
  await dialog.getByRole("spinbutton", { name: "Stall notice after (seconds)" }).fill("2");
  await chat.closeSettings();
  await chat.send(`before a silent compare ${randomUUID()}`);
  await chat.waitForReplyDone();

  const compare = await openCompare(chat);
  await compare.getByRole("button", { name: "New message", exact: true }).click();
  await compare
    .getByRole("textbox", { name: "Prompt to compare" })
    .fill(withScenario(`silent ${randomUUID()}`, "hang"));
  await compare.getByRole("button", { name: "Run comparison", exact: true }).click();
  const col1 = compare.getByRole("region", { name: "Column 1", exact: true });
  await expect(col1).toContainText("Waiting forever");
  await expect(col1.getByRole("status")).toHaveText("No data for 2 s — still waiting");
  await compare.getByRole("button", { name: "Halt all", exact: true }).click();
  await expect(col1).toHaveAttribute("aria-busy", "false");
  await expect(col1.getByRole("status")).toHaveCount(0);
  await expect(col1).toContainText("Halted");
  await expect(col1).toContainText("Waiting forever");
});
