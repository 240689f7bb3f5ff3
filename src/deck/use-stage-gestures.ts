import { useRef, type PointerEvent } from 'react';

/** A horizontal move longer than this, in CSS pixels, is a swipe; a shorter one is a tap. */
const SWIPE_MIN_PX = 40;
const TAP_MAX_PX = 12;

/**
 * Touch on the stage as on a phone's photo viewer or PowerPoint's mobile app: a tap on its right
 * half or a swipe to the left goes forward, a tap on its left half or a swipe to the right goes
 * back. The mouse is left alone (a click wakes the controls and nothing more). In a right-to-left
 * deck the sides swap: the left half and a swipe to the right go forward, as the slides run.
 */
export function useStageGestures(
  onPrevious: () => void,
  onNext: () => void,
  direction: 'ltr' | 'rtl' = 'ltr',
) {
  const [onLeftHalf, onRightHalf] =
    direction === 'rtl' ? [onNext, onPrevious] : [onPrevious, onNext];
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    start.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const from = start.current;
    start.current = null;
    if (!from || from.id !== event.pointerId) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > Math.abs(dy)) {
      if (dx < 0) onRightHalf();
      else onLeftHalf();
      return;
    }
    if (Math.hypot(dx, dy) > TAP_MAX_PX) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (event.clientX < box.left + box.width / 2) onLeftHalf();
    else onRightHalf();
  };
  const onPointerCancel = () => {
    start.current = null;
  };
  return { onPointerDown, onPointerUp, onPointerCancel };
}
