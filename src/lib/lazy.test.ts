import { describe, expect, it, vi } from "vitest";
import { lazyModule } from "./lazy";

describe("lazyModule", () => {
  it("imports once however often it is asked, and tells subscribers when it arrives", async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const lazy = lazyModule(importer);
    const listener = vi.fn();
    lazy.subscribe(listener);
    expect(lazy.get()).toBeNull();
    expect(lazy.get()).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ answer: 42 });
    expect(lazy.get()).toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed download instead of keeping the failure", async () => {
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("chunk gone"))
      .mockResolvedValueOnce("loaded");
    const lazy = lazyModule(importer);
    await expect(lazy.load()).rejects.toThrow("chunk gone");
    await expect(lazy.load()).resolves.toBe("loaded");
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it("stops telling a listener once it unsubscribes", async () => {
    const lazy = lazyModule(() => Promise.resolve(1));
    const listener = vi.fn();
    lazy.subscribe(listener)();
    await lazy.load();
    expect(listener).not.toHaveBeenCalled();
  });
});
