import { useFindView, type RevealMessage } from "./use-find-view";

/** Find in conversation's part in the list (highlights, scrolling to matches); renders nothing itself. */
export default function FindView(props: {
  conversationId: string;
  scroller: HTMLElement | null;
  reveal: RevealMessage;
  firstVisibleIndex: () => number;
}) {
  useFindView(props);
  return null;
}
