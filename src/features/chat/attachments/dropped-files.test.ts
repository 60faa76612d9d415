import { describe, expect, it } from "vitest";
import { carriesFiles, droppedFiles, pastedFiles } from "./dropped-files";

const file = (name: string) => new File([new Uint8Array([1])], name, { type: "image/png" });
const transfer = (files: File[], types: string[]) =>
  ({ files: files as unknown as FileList, types }) as Pick<DataTransfer, "files" | "types">;

describe("files from a paste or a drop", () => {
  it("takes a pasted screenshot, but not the picture that comes along with copied text", () => {
    const shot = file("image.png");
    expect(pastedFiles(transfer([shot], ["Files"]))).toEqual([shot]);
    expect(pastedFiles(transfer([shot], ["text/plain", "text/html", "Files"]))).toEqual([]);
    expect(pastedFiles(transfer([], ["text/plain"]))).toEqual([]);
    expect(pastedFiles(null)).toEqual([]);
  });

  it("takes every dropped file, and only a drag of files counts as one", () => {
    const a = file("a.png");
    const b = file("b.txt");
    expect(droppedFiles(transfer([a, b], ["Files"]))).toEqual([a, b]);
    expect(carriesFiles(transfer([], ["text/plain"]))).toBe(false);
    expect(carriesFiles(transfer([], ["Files"]))).toBe(true);
  });
});
