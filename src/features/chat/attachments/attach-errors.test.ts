import { afterEach, describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../../lib/images/plan";
import { activateLocale, t } from "../../../lib/i18n/i18n";
import { attachErrorText } from "./attach-errors";

const MB = 1024 * 1024;

describe("attachErrorText", () => {
  afterEach(() => activateLocale("en"));

  it("names the file and the reason, with sizes for people", () => {
    const tooLarge = {
      code: "refused",
      name: "cat.png",
      refusal: { code: "tooLarge", bytes: 23 * MB, limitBytes: MAX_INPUT_BYTES },
    } as const;
    expect(attachErrorText(tooLarge, t, "en")).toBe(
      "“cat.png” was not attached: it is too large (23.0 MB; the limit is 20.0 MB).",
    );
    expect(
      attachErrorText(
        { code: "refused", name: null, refusal: { code: "notImage", claimedType: "" } },
        t,
        "en",
      ),
    ).toBe("“Pasted image” was not attached: it is not a PNG, JPEG, WebP or GIF image.");
    expect(attachErrorText({ code: "tooMany", max: 20, refused: 1 }, t, "en")).toBe(
      "Only 20 images fit in one message; 1 was not attached.",
    );
  });

  it("says it in Japanese", async () => {
    await activateLocale("ja");
    expect(attachErrorText({ code: "storeFailed", name: "猫.png", quota: true, detail: "" }, t, "ja")).toBe(
      "「猫.png」を添付できませんでした。ブラウザーのストレージがいっぱいで保存できません。",
    );
  });
});
