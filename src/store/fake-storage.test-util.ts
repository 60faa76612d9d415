// A localStorage stand-in for tests: a character quota that throws like browsers do, and a write log.
export class FakeStorage implements Storage {
  private map = new Map<string, string>();
  writes: { key: string; chars: number }[] = [];
  constructor(private quotaChars = Infinity) {}

  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quotaChars) {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    this.map.set(key, String(value));
    this.writes.push({ key, chars: value.length });
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  setQuota(chars: number): void {
    this.quotaChars = chars;
  }
}
