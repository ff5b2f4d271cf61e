import {
  cloneElement,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactElement,
  type Ref,
} from 'react';
import { afterIdle } from './when-idle.tsx';

type TooltipComponent = (typeof import('./fluent-tooltip.ts'))['Tooltip'];

let loaded: TooltipComponent | undefined;
let loading: Promise<TooltipComponent> | undefined;
const loadTooltip = (): Promise<TooltipComponent> =>
  (loading ??= import('./fluent-tooltip.ts').then((m) => (loaded = m.Tooltip)));

export interface IdleTooltipProps {
  content: string;
  /** A visual hint only: what it says is given to assistive technology some other way. */
  relationship: 'inaccessible';
  /** One element with no ref of its own (this component puts one on it). */
  children: ReactElement<{ ref?: Ref<HTMLElement> }>;
}

/**
 * Fluent's Tooltip, whose code (the tooltip, popup positioning; about 15 KB gzip) is fetched when
 * the browser is idle after the first screen instead of with it. Until then the target is shown
 * alone; when the tooltip arrives it wraps the target, and should the target lose the focus in
 * the switch, it gets it back. Once loaded, every later tooltip is there from the start.
 */
export function IdleTooltip({ content, relationship, children }: IdleTooltipProps) {
  const [state, setState] = useState(() =>
    loaded ? { Tooltip: loaded, refocus: false } : undefined,
  );
  const [node, setNode] = useState<HTMLElement | null>(null);
  const handedOver = useRef(false);
  const ready = state !== undefined;
  useEffect(() => {
    if (ready) return;
    let live = true;
    const cancel = afterIdle(() => {
      void loadTooltip().then((Tooltip) => {
        if (!live) return;
        setState({ Tooltip, refocus: node?.contains(document.activeElement) ?? false });
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [ready, node]);
  // Should the switch have moved the focus off the target (it had it), give it back.
  useLayoutEffect(() => {
    if (state?.refocus && !handedOver.current && node?.isConnected) {
      handedOver.current = true;
      node.focus();
    }
  }, [state, node]);
  const target = cloneElement(children, { ref: setNode });
  if (!state) return target;
  const { Tooltip } = state;
  return (
    <Tooltip content={content} relationship={relationship}>
      {target}
    </Tooltip>
  );
}
