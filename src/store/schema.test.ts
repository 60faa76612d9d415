import { describe, expect, it } from "vitest";
import { defaultSettings } from "../domain/types";
import { settingsSchema } from "./schema";

describe("settingsSchema", () => {
  it("fills the theme and sidebar of settings saved before they existed", () => {
    const old = { baseUrl: "https://x/v1", apiKey: "sk-1", model: "m", stream: false };
    expect(settingsSchema.parse(old)).toEqual({ ...defaultSettings(), ...old });
    expect(settingsSchema.parse(old)).toMatchObject({ theme: "system", sidebarCollapsed: false });
  });

  it("keeps a chosen theme and a collapsed sidebar", () => {
    expect(settingsSchema.parse({ theme: "dark", sidebarCollapsed: true })).toMatchObject({
      theme: "dark",
      sidebarCollapsed: true,
    });
  });

  it("replaces an unknown theme without losing the other settings", () => {
    const parsed = settingsSchema.parse({ apiKey: "sk-keep", theme: "sepia", sidebarCollapsed: "yes" });
    expect(parsed).toEqual({ ...defaultSettings(), apiKey: "sk-keep" });
  });
});
