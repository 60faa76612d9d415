// A fifth sampling parameter needs one entry in src/domain/parameter-table.ts (and its words in the
// catalogues) and nothing else: the table is replaced here by itself plus `presence_penalty`, and every
// table-driven step is checked to carry it.
import { describe, expect, it, vi } from "vitest";
import { describeDifferences } from "../domain/compare";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import type * as Table from "../domain/parameter-table";
import type { MessageKey } from "../lib/i18n/catalog";
import type { ParamKey, ParamSpec } from "../domain/parameter-table";
import {
  chosenParams,
  defaultParamSettings,
  paramSpec,
  parseParamInput,
  withParamValue,
} from "../domain/parameters";
import { buildRequest } from "../domain/request";
import { defaultSettings } from "../domain/types";
import { conversationSchema } from "./schema";

vi.mock("../domain/parameter-table", async (importOriginal) => {
  const original = await importOriginal<typeof Table>();
  const presencePenalty: Omit<ParamSpec, "key"> & { key: string } = {
    key: "presence_penalty",
    // Its words live in the catalogues under these keys (not added here: the test never words them).
    labelKey: "parameters.presence_penalty" as MessageKey,
    shortLabelKey: "compare.short_presence_penalty" as MessageKey,
    min: -2,
    max: 2,
    sliderMin: -2,
    sliderMax: 2,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0,
    providerDefaultKey: "parameters.presencePenaltyDefault" as MessageKey,
    helpKey: "parameters.presencePenaltyHelp" as MessageKey,
  };
  return { ...original, PARAMETERS: [...original.PARAMETERS, presencePenalty] };
});

// The real ParamKey type does not know the new key; the table (mocked above) does at run time.
const PRESENCE = "presence_penalty" as ParamKey;

describe("a parameter added to the table", () => {
  it("is off by default and validated by its own range", () => {
    expect(defaultParamSettings()[PRESENCE]).toEqual({ enabled: false, value: 0 });
    expect(parseParamInput(paramSpec(PRESENCE), "-1.5")).toEqual({ ok: true, value: -1.5 });
    expect(parseParamInput(paramSpec(PRESENCE), "3")).toMatchObject({ ok: false });
  });

  it("is sent in the request once chosen, in table order, and clamped like the others", () => {
    let conv = createConversation("c1", 0);
    conv = addMessage(
      { ...conv, params: withParamValue(conv.params, PRESENCE, 0.5) },
      msg("u1", null, "user"),
    );
    const request = buildRequest(conv, "u1", defaultSettings());
    expect(request).toMatchObject({ presence_penalty: 0.5 });
    expect(Object.keys(chosenParams(withParamValue(conv.params, "temperature", 1)))).toEqual([
      "temperature",
      "presence_penalty",
    ]);
    expect(chosenParams(withParamValue(conv.params, PRESENCE, -9))).toEqual({ presence_penalty: -2 });
  });

  it("is kept in stored and imported conversations, and named by Compare", () => {
    const conv = createConversation("c1", 0, {
      params: withParamValue(defaultParamSettings(), PRESENCE, 1.2),
    });
    const read = conversationSchema.parse(JSON.parse(JSON.stringify(conv)));
    expect(read.params[PRESENCE]).toEqual({ enabled: true, value: 1.2 });
    const words = { label: (key: ParamKey) => paramSpec(key).labelKey, off: "off", same: "Same parameters" };
    expect(describeDifferences([conv.params, defaultParamSettings()], words)).toEqual([
      "parameters.presence_penalty 1.2",
      "parameters.presence_penalty off",
    ]);
  });
});
