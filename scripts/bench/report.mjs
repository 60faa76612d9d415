// Medians with ranges, the targets (issue 5; the floor ratio and the 10 MB answer: issue 10; Compare's
// four columns: issue 13), and the printed table.

export const TARGETS = [
  { key: "streamToShowOnceRatio", label: "stream task ÷ show-once task", max: 3 },
  { key: "streamToFloorRatio", label: "stream task ÷ floor task", max: 1.5 },
  { key: "longFrames", label: "frames over 50 ms during the stream", max: 0 },
  { key: "lastByteToRenderMs", label: "last byte → final render (ms)", max: 16 },
  { key: "storageWrittenRatio", label: "localStorage written ÷ stored", max: 3 },
  { key: "openTaskMs", label: "open 2,000 messages, task (ms)", max: 500 },
  { key: "keystrokeTaskMs", label: "task per keystroke (ms)", max: 4 },
  { key: "switchLastScreenMs", label: "100 realistic messages: last screen (ms)", max: 300 },
  { key: "switchAllTextMs", label: "100 realistic messages: all text in DOM (ms)", max: 1000 },
  { key: "switchLongTasks", label: "100 realistic messages: tasks over 50 ms", max: 0 },
  { key: "compareLongFrames", label: "Compare, 4 columns streaming: frames over 50 ms", max: 0 },
  { key: "initialJsGzipKB", label: "initial JS gzip (KB)", max: 150 },
  { key: "hugeLongestTaskMs", label: "10 MB answer: longest task (ms)", max: 200 },
  { key: "hugeFirstTextMs", label: "10 MB answer: first byte → first text (ms)", max: 1000 },
  { key: "hugeReloadLongestTaskMs", label: "10 MB answer after a reload: longest task (ms)", max: 200 },
];

export const ROWS = [
  ["streamTaskMs", "stream: main-thread task (ms)"],
  ["streamScriptMs", "  of which script (ms)"],
  ["streamLayoutMs", "  of which layout (ms)"],
  ["streamStyleMs", "  of which style recalc (ms)"],
  ["showOnceTaskMs", "show finished answer once, task (ms)"],
  ["streamToShowOnceRatio", "ratio stream ÷ show once"],
  ["floorReadTaskMs", "floor: same bytes read, nothing shown (ms)"],
  ["floorShowTaskMs", "floor: answer shown once by the app (ms)"],
  ["floorTaskMs", "floor: total (ms)"],
  ["streamToFloorRatio", "ratio stream ÷ floor"],
  ["longFrames", "frames over 50 ms during the stream"],
  ["worstFrameMs", "worst frame gap during the stream (ms)"],
  ["lastByteToRenderMs", "last byte → final render (ms)"],
  ["storageWrittenRatio", "localStorage chars written ÷ stored"],
  ["openTaskMs", "open 2,000 messages: task (ms)"],
  ["keystrokeTaskMs", "typing with it open: task per key (ms)"],
  ["switchLastScreenMs", "open 100 realistic messages: last screen (ms)"],
  ["switchAllTextMs", "  every message's text in the DOM (ms)"],
  ["switchLongTasks", "  tasks over 50 ms meanwhile"],
  ["switchLongestTaskMs", "  longest of them (ms)"],
  ["switchTaskMs", "  main-thread task until every reply is formatted (ms)"],
  ["switchAllFormattedMs", "  every reply formatted (ms)"],
  ["switchFormattingLongTasks", "  tasks over 50 ms while formatting the rest"],
  ["loadLastScreenMs", "page load on it: last screen (ms from navigation)"],
  ["loadAllTextMs", "  every message's text in the DOM (ms)"],
  ["loadLongTasksAfterScreen", "  tasks over 50 ms after its first screen"],
  ["compareLongFrames", "Compare, 4 columns streaming at once: frames over 50 ms"],
  ["compareWorstFrameMs", "  worst frame gap (ms)"],
  ["compareTaskMs", "  main-thread task until all four have finished (ms)"],
  ["historyOpenTaskMs", "open 50 MB history: task to the open conversation (ms)"],
  ["historyOpenRatio", "  ÷ reference: empty app"],
  ["historyListedMs", "  until all its conversations are listed: wall (ms)"],
  ["historySwitchTaskMs", "switch to its oldest conversation: task (ms)"],
  ["historySearchTaskMs", "sidebar search over it: task (ms)"],
  ["historySearchWallMs", "  wall (ms)"],
  ["emptyOpenTaskMs", "reference: empty app, task to first render (ms)"],
  ["bareKeystrokeTaskMs", "reference: bare <textarea>, task per key (ms)"],
  ["hugeLongestTaskMs", "10 MB answer: longest task (ms)"],
  ["hugeFirstTextMs", "10 MB answer: first byte → first text (ms)"],
  ["hugeReloadLongestTaskMs", "10 MB answer after a reload: longest task (ms)"],
  ["hugeStoredRatio", "10 MB answer: stored ÷ sent (characters)"],
  ["hugeStoredComplete", "10 MB answer: stored as complete (1 = yes)"],
  ["initialJsGzipKB", "initial JS, gzip (KB)"],
  ["totalJsGzipKB", "total JS, gzip (KB)"],
];

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarize(runs) {
  const out = {};
  for (const [key] of ROWS) {
    const values = runs.map((r) => r[key]).filter((v) => typeof v === "number" && Number.isFinite(v));
    if (values.length === 0) continue;
    out[key] = { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
  }
  return out;
}

const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

export function printTable(summary, runCount) {
  const lines = [`Medians over ${runCount} runs (min–max):`, ""];
  const width = Math.max(...ROWS.map(([, label]) => label.length));
  for (const [key, label] of ROWS) {
    const s = summary[key];
    if (!s) continue;
    lines.push(`  ${label.padEnd(width)}  ${fmt(s.median).padStart(8)}   (${fmt(s.min)}–${fmt(s.max)})`);
  }
  lines.push("", "Targets, judged on the median:");
  const results = TARGETS.map((t) => {
    const s = summary[t.key];
    const pass = s !== undefined && s.median <= t.max;
    lines.push(`  ${pass ? "PASS" : "FAIL"}  ${t.label} ≤ ${t.max}: ${s ? fmt(s.median) : "n/a"}`);
    return { ...t, value: s?.median ?? null, pass };
  });
  console.log(lines.join("\n"));
  return results;
}
