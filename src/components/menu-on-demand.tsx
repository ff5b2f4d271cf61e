import {
  startTransition,
  Suspense,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactElement,
} from 'react';

/** Draws the menu's button from the props it is given (spread them onto a Fluent Button). */
export type MenuButtonRender = (props: ComponentProps<'button'>) => ReactElement;

/** How the menu, once its code has arrived, takes the lone button's place. */
export interface MenuArrival {
  /** The button was clicked while the menu's code was on its way: open at once. */
  openAtStart: boolean;
  /** The button had the focus: the menu's own button takes it. */
  focusAtStart: boolean;
  /** The same button, to put in the menu's MenuTrigger. */
  button: MenuButtonRender;
}

/**
 * A menu whose code (Fluent's Menu, its items, what they need) is a chunk of its own, fetched when
 * the pointer or the focus reaches its button: the screen first shows the button alone. `menu`
 * renders the lazily loaded menu (which uses `useMenuArrival`); until it has arrived, the button
 * stays on screen, focused if it was, and a click made meanwhile opens the menu when it comes.
 */
export function MenuOnDemand({
  button,
  menu,
}: {
  button: MenuButtonRender;
  menu: (arrival: MenuArrival) => ReactElement;
}) {
  const [wanted, setWanted] = useState(false);
  const [clicked, setClicked] = useState(false);
  const [focused, setFocused] = useState(false);
  const want = () => {
    // A transition: React keeps the lone button on screen (and focused) until the menu is here.
    startTransition(() => {
      setWanted(true);
    });
  };
  const lone = button({
    // As Fluent's MenuTrigger marks its button (aria-expanded only while open).
    'aria-haspopup': 'menu',
    onPointerEnter: want,
    onFocus: () => {
      setFocused(true);
      want();
    },
    onBlur: () => {
      setFocused(false);
    },
    onClick: () => {
      setClicked(true);
      want();
    },
  });
  // The boundary is there from the start, so that the switch never shows a fallback in between.
  return (
    <Suspense fallback={lone}>
      {wanted ? menu({ openAtStart: clicked, focusAtStart: focused || clicked, button }) : lone}
    </Suspense>
  );
}

/** The loaded menu's side of MenuOnDemand: its open state and its button's ref. */
export function useMenuArrival({ openAtStart, focusAtStart }: MenuArrival) {
  const [open, setOpen] = useState(openAtStart);
  const [takeFocus] = useState(focusAtStart);
  const trigger = useRef<HTMLButtonElement>(null);
  // The button the user was on has just been replaced by this one: keep their place.
  useLayoutEffect(() => {
    if (takeFocus) trigger.current?.focus();
  }, [takeFocus]);
  return {
    open,
    onOpenChange: (_event: unknown, data: { open: boolean }) => {
      setOpen(data.open);
    },
    trigger,
  };
}
