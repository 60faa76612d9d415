// The sweep drawn: for the chosen measure, a point per sample (coloured by finish reason) and a line
// through the medians of each step; diversity is one point per step. Points are focusable buttons: hover
// or focus shows the reply, click (or Enter) opens it side by side.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { useLayoutEffect, useRef, useState } from "react";
import { useLocale, useT } from "../../components/i18n/use-t";
import { paramSpec } from "../../domain/parameters";
import type { SweepRun } from "../../domain/sweep-run";
import { sampleStats, summarize, type Metric } from "../../domain/sweep-stats";
import { formatNumber } from "../../lib/i18n/format";
import { pinSample } from "../../store/sweep";
import { cellName, plainPreview } from "./cell-text";
import { METRIC_KEYS } from "./metric-names";

const HEIGHT = 260;
const TIP_WIDTH = 272;
const MARGIN = { top: 12, right: 16, bottom: 40, left: 52 };

/** Finish reasons people meet most, with their colour; anything else is drawn in the last one. */
const REASON_CLASSES: Record<string, string> = {
  stop: "fill-indigo-500",
  length: "fill-amber-500",
  content_filter: "fill-red-500",
};
const OTHER_REASON = "fill-zinc-500";

interface Point {
  key: string;
  /** Where the dot is drawn, in the figure's pixels (set when drawn), to place the reading beside it. */
  at?: { left: number; top: number };
  x: number;
  y: number;
  label: string;
  reason: string | null;
  /** For a sample: its cell, to read and open. */
  cellId?: string;
  preview?: string;
}

function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function SweepChart({ run, metric }: { run: SweepRun; metric: Metric }) {
  const t = useT();
  const locale = useLocale();
  const [ref, width] = useWidth();
  const [active, setActive] = useState<Point | null>(null);
  const param = paramSpec(run.spec.param);
  const metricName = t(METRIC_KEYS[metric]);
  const steps = summarize(run.cells);
  // Samples of one value sit side by side, far enough apart that their hover targets do not overlap.
  const spread = run.spec.samples > 1 ? 14 : 0;

  const points: Point[] =
    metric === "diversity"
      ? steps
          .filter((s) => s.diversity !== null)
          .map((s) => ({
            key: `step-${s.step}`,
            x: s.value,
            y: s.diversity!,
            reason: null,
            label: t("sweep.stepPoint", {
              param: t(param.labelKey),
              value: formatNumber(s.value, locale, 4),
              metric: metricName,
              measure: formatNumber(s.diversity!, locale, 3),
            }),
          }))
      : run.cells.flatMap((cell) => {
          const stats = sampleStats(cell.outcome?.status === "error" ? undefined : cell.outcome);
          const y = stats[metric];
          if (y === null || (cell.status !== "complete" && cell.status !== "stopped")) return [];
          const name = cellName(cell, run, t, locale);
          return [
            {
              key: cell.id,
              x: cell.value,
              y,
              reason: stats.finishReason,
              cellId: cell.id,
              preview: cell.text,
              label: t("sweep.point", {
                name,
                metric: metricName,
                value: formatNumber(y, locale, 1),
                reason: stats.finishReason ?? "—",
              }),
            },
          ];
        });

  const medians = steps
    .map((s) => ({ x: s.value, y: metric === "diversity" ? s.diversity : s.medians[metric] }))
    .filter((p): p is { x: number; y: number } => p.y !== null);

  const values = run.cells.map((c) => c.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi === lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.06;
  const innerWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const svgWidth = innerWidth + MARGIN.left + MARGIN.right;
  const x = scaleLinear({ domain: [lo - pad, hi + pad], range: [0, innerWidth] });
  // An empty chart (nothing finished yet) still gets a readable axis.
  const top = Math.max(1, ...points.map((p) => p.y));
  const y = scaleLinear({ domain: [0, top * 1.1], range: [innerHeight, 0], nice: true });
  const sampleOffset = (p: Point) => {
    const cell = run.cells.find((c) => c.id === p.cellId);
    return cell ? (cell.sample - (run.spec.samples + 1) / 2) * spread : 0;
  };
  const reasons = [...new Set(points.map((p) => p.reason).filter((r): r is string => r !== null))];

  return (
    <figure aria-label={t("sweep.chart")} className="relative m-0 flex flex-col gap-1">
      <div ref={ref} className="w-full">
        <svg width={svgWidth} height={HEIGHT} className="overflow-visible">
          <Group left={MARGIN.left} top={MARGIN.top}>
            <AxisLeft
              scale={y}
              numTicks={5}
              stroke="currentColor"
              tickStroke="currentColor"
              axisClassName="text-zinc-400 dark:text-zinc-600"
              tickLabelProps={{ className: "fill-zinc-500 dark:fill-zinc-400", fontSize: 10 }}
              tickFormat={(v) => formatNumber(Number(v), locale, metric === "diversity" ? 2 : 0)}
            />
            <AxisBottom
              top={innerHeight}
              scale={x}
              tickValues={[...new Set(values)]}
              stroke="currentColor"
              tickStroke="currentColor"
              axisClassName="text-zinc-400 dark:text-zinc-600"
              tickLabelProps={{ className: "fill-zinc-500 dark:fill-zinc-400", fontSize: 10 }}
              tickFormat={(v) => formatNumber(Number(v), locale, 4)}
              label={t(param.labelKey)}
              labelProps={{
                className: "fill-zinc-600 dark:fill-zinc-300",
                fontSize: 11,
                textAnchor: "middle",
              }}
            />
            <LinePath
              data={medians}
              x={(d) => x(d.x)}
              y={(d) => y(d.y)}
              className="stroke-indigo-400 dark:stroke-indigo-300"
              strokeWidth={2}
              fill="none"
            />
            {points.map((p) => {
              const cx = x(p.x) + sampleOffset(p);
              const cy = y(p.y);
              const open = () => (p.cellId ? pinSample(p.cellId) : undefined);
              return (
                <g
                  key={p.key}
                  role="button"
                  tabIndex={0}
                  aria-label={p.label}
                  // The keyboard's focus ring is drawn around the dot (an outline would frame the whole group).
                  className="cursor-pointer outline-none [&:focus-visible>.focus-ring]:visible"
                  onMouseEnter={() =>
                    setActive({ ...p, at: { left: MARGIN.left + cx, top: MARGIN.top + cy } })
                  }
                  onMouseLeave={() => setActive((a) => (a?.key === p.key ? null : a))}
                  onFocus={() => setActive({ ...p, at: { left: MARGIN.left + cx, top: MARGIN.top + cy } })}
                  onBlur={() => setActive((a) => (a?.key === p.key ? null : a))}
                  onClick={open}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      open();
                    }
                  }}
                >
                  {/* A larger transparent target than the dot, for fingers and imprecise pointers. */}
                  <circle cx={cx} cy={cy} r={11} className="fill-transparent" />
                  <circle
                    cx={cx}
                    cy={cy}
                    r={active?.key === p.key ? 6.5 : 5}
                    className={`${p.reason === null ? "fill-indigo-500" : (REASON_CLASSES[p.reason] ?? OTHER_REASON)} stroke-white stroke-[1.5] dark:stroke-zinc-950`}
                  />
                  <circle
                    cx={cx}
                    cy={cy}
                    r={10}
                    className="focus-ring invisible fill-none stroke-indigo-500 stroke-2 dark:stroke-indigo-400"
                  />
                </g>
              );
            })}
          </Group>
        </svg>
      </div>
      {active ? (
        <div
          role="status"
          // Beside its dot: below it in the chart's upper half, above it in the lower half, never off the chart.
          style={{
            left: Math.max(0, Math.min((active.at?.left ?? 0) - TIP_WIDTH / 2, svgWidth - TIP_WIDTH)),
            top: (active.at?.top ?? 0) + ((active.at?.top ?? 0) < HEIGHT / 2 ? 14 : -14),
            width: Math.min(TIP_WIDTH, svgWidth),
            transform: (active.at?.top ?? 0) < HEIGHT / 2 ? undefined : "translateY(-100%)",
          }}
          className="pointer-events-none absolute z-10 rounded-lg border border-zinc-200 bg-white/95 p-2 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-900/95"
        >
          <p className="font-medium">{active.label}</p>
          {active.preview !== undefined ? (
            <p className="mt-1 line-clamp-4 text-zinc-600 dark:text-zinc-300">
              {plainPreview(active.preview, 600) || t("sweep.noText")}
            </p>
          ) : null}
        </div>
      ) : null}
      <figcaption className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-500 dark:text-zinc-400">
        <span>
          {metricName} · {t(param.labelKey)}
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-indigo-400" />
          {t("sweep.medianLine")}
        </span>
        {reasons.length > 0 ? <span>{t("sweep.finishLegend")}:</span> : null}
        {reasons.map((r) => (
          <span key={r} className="inline-flex items-center gap-1">
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="4" className={REASON_CLASSES[r] ?? OTHER_REASON} />
            </svg>
            {r}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
