import { beforeEach, describe, expect, it } from "vitest";
import { useAppStore } from "./app-store";
import { defaultChatDefaults } from "./storage-reader";
import {
  applyPreset,
  deletePreset,
  getParamTarget,
  renamePreset,
  resetParam,
  saveAsDefault,
  savePreset,
  selectParamTarget,
  setExtraBody,
  setParam,
  setParamEnabled,
  setSystemPrompt,
} from "./parameters";
import { appendToMessage, addMessage, createConversation } from "../domain/conversation";
import { chosenParams, defaultParamSettings } from "../domain/parameters";
import type { Conversation } from "../domain/types";
import { msg } from "../domain/messages.test-util";

function conversationWithReply(): Conversation {
  let conv = createConversation("c1", 1);
  conv = addMessage(conv, msg("u1", null, "user", { content: "Hi" }));
  return addMessage(
    conv,
    msg("a1", "u1", "assistant", { content: "", createdAt: 2, updatedAt: 2, status: "streaming" }),
  );
}

beforeEach(() => {
  useAppStore.setState({
    conversations: {},
    activeId: null,
    chatDefaults: defaultChatDefaults(),
    presets: [],
    draft: defaultChatDefaults(),
  });
});

describe("the target", () => {
  it("is the draft while no conversation is open", () => {
    setParam("temperature", 1.1);
    setSystemPrompt("Be brief.");
    setExtraBody('{"reasoning_effort":"low"}');
    const { draft } = useAppStore.getState();
    expect(draft.params.temperature).toEqual({ enabled: true, value: 1.1 });
    expect(draft.systemPrompt).toBe("Be brief.");
    expect(draft.extraBody).toBe('{"reasoning_effort":"low"}');
    expect(useAppStore.getState().chatDefaults).toEqual(defaultChatDefaults());
  });

  it("is the open conversation, leaving the draft alone", () => {
    useAppStore.setState({ conversations: { c1: conversationWithReply() }, activeId: "c1" });
    setParam("top_k", 12);
    setSystemPrompt("Sys");
    const conv = useAppStore.getState().conversations.c1;
    expect(conv?.params.top_k).toEqual({ enabled: true, value: 12 });
    expect(conv?.systemPrompt).toBe("Sys");
    expect(conv?.messages).toHaveLength(2);
    expect(useAppStore.getState().draft).toEqual(defaultChatDefaults());
  });

  it("falls back to the draft when the open id points nowhere", () => {
    useAppStore.setState({ activeId: "gone" });
    setParam("top_p", 0.5);
    expect(useAppStore.getState().draft.params.top_p).toEqual({ enabled: true, value: 0.5 });
    expect(useAppStore.getState().conversations).toEqual({});
  });

  it("keeps its params object when a token streams in, so narrow selectors stay quiet", () => {
    useAppStore.setState({ conversations: { c1: conversationWithReply() }, activeId: "c1" });
    const before = selectParamTarget(useAppStore.getState());
    useAppStore.setState((s) => ({
      conversations: { c1: appendToMessage(s.conversations.c1!, "a1", { content: "tok" }, 3) },
    }));
    const after = selectParamTarget(useAppStore.getState());
    expect(after.params).toBe(before.params);
    expect(after.systemPrompt).toBe(before.systemPrompt);
  });

  it("does not change the state when nothing changes", () => {
    const before = useAppStore.getState();
    setParamEnabled("top_k", false);
    setSystemPrompt("");
    expect(useAppStore.getState()).toBe(before);
  });
});

describe("parameter updates", () => {
  it("setParam clamps and turns the field on", () => {
    setParam("temperature", 7);
    setParam("max_tokens", 0);
    expect(chosenParams(getParamTarget().params)).toEqual({ temperature: 2, max_tokens: 1 });
  });

  it("setParamEnabled toggles without losing the value", () => {
    setParam("top_k", 33);
    setParamEnabled("top_k", false);
    expect(getParamTarget().params.top_k).toEqual({ enabled: false, value: 33 });
    setParamEnabled("top_k", true);
    expect(chosenParams(getParamTarget().params)).toEqual({ top_k: 33 });
  });

  it("resetParam turns the field off at its initial value", () => {
    setParam("max_tokens", 123);
    resetParam("max_tokens");
    expect(getParamTarget().params.max_tokens).toEqual({ enabled: false, value: 2000 });
  });
});

describe("defaults and presets", () => {
  it("saveAsDefault copies the target into the defaults for new chats", () => {
    useAppStore.setState({ conversations: { c1: conversationWithReply() }, activeId: "c1" });
    setParam("temperature", 0.3);
    setSystemPrompt("Sys");
    setExtraBody("{}");
    saveAsDefault();
    const { chatDefaults } = useAppStore.getState();
    expect(chatDefaults.systemPrompt).toBe("Sys");
    expect(chatDefaults.extraBody).toBe("{}");
    expect(chosenParams(chatDefaults.params)).toEqual({ temperature: 0.3 });
    // A copy: later edits of the conversation do not leak into the defaults.
    setParam("temperature", 1.9);
    expect(chosenParams(useAppStore.getState().chatDefaults.params)).toEqual({ temperature: 0.3 });
  });

  it("applyPreset replaces the target's params with the preset's", () => {
    setParam("top_p", 0.4);
    expect(applyPreset("builtin:creative")).toBe(true);
    expect(chosenParams(getParamTarget().params)).toEqual({ temperature: 1.2 });
    expect(applyPreset("missing")).toBe(false);
  });

  it("saves, applies, renames and deletes user presets", () => {
    setParam("top_k", 5);
    const saved = savePreset("  Tight ");
    expect(saved?.name).toBe("Tight");
    expect(savePreset("   ")).toBeNull();
    expect(useAppStore.getState().presets).toHaveLength(1);

    useAppStore.setState((s) => ({ draft: { ...s.draft, params: defaultParamSettings() } }));
    applyPreset(saved!.id);
    expect(chosenParams(getParamTarget().params)).toEqual({ top_k: 5 });

    renamePreset(saved!.id, "Narrow");
    expect(useAppStore.getState().presets[0]?.name).toBe("Narrow");
    deletePreset(saved!.id);
    expect(useAppStore.getState().presets).toEqual([]);
  });

  it("leaves built-ins alone", () => {
    const before = useAppStore.getState().presets;
    renamePreset("builtin:precise", "X");
    deletePreset("builtin:precise");
    expect(useAppStore.getState().presets).toBe(before);
  });
});
