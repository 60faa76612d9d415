import { useEffect, useLayoutEffect, useRef } from "react";
import { usePathIds } from "../../store/selectors";
import { MessageItem } from "./MessageItem";

/** Stays pinned to the bottom while the user is there, and lets them scroll up without being pulled back. */
function useStickToBottom(dep: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    const observer = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    const content = el.firstElementChild;
    if (content) observer.observe(content);
    return () => {
      el.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    pinned.current = true;
    el.scrollTop = el.scrollHeight;
  }, [dep]);
  return ref;
}

export function MessageList({ conversationId }: { conversationId: string }) {
  const ids = usePathIds(conversationId);
  const ref = useStickToBottom(`${conversationId}:${ids.length}`);
  return (
    <div ref={ref} className="min-h-0 flex-1 overflow-y-auto">
      <div
        role="log"
        aria-label="Messages"
        className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6"
      >
        {ids.map((id) => (
          <MessageItem key={id} conversationId={conversationId} messageId={id} />
        ))}
      </div>
    </div>
  );
}
