import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
} from 'react';
import { downloadBlob } from '../components/ui/download';
import { formatList } from '../i18n/formatters';
import type { DeckTranslate } from './deck-i18n';
import type { DeckMessageKey } from './deck-messages-fr';
import {
  DEFAULT_RUNNING_ORDER,
  moveSlide,
  setHidden,
  setTalkingPoints,
  type MeetingEvent,
  type RunningOrder,
} from './running-order';
import { readRunningOrderFile, runningOrderFile } from './running-order-codec';
import type { SlideDeck } from './slide-types';
import { LINK_LIMIT } from './use-running-order';

// The running order's panel (issue 20), in the audience's deck and in the presenter's window:
// loaded when first opened, so the deck's own chunk does not carry it. Reordering never needs a
// drag (WCAG 2.2, 2.5.7): Move up and Move down sit beside each slide, and keep the focus.

export interface TailorPanelProps {
  id: string;
  /** Every slide in the running order, hidden ones marked (applyRunningOrder's deck). */
  deck: SlideDeck;
  runningOrder: RunningOrder;
  unknownIds: string[];
  isLinkBroken: boolean;
  hasKept: boolean;
  linkLength: number | null;
  datasetId: string;
  t: DeckTranslate;
  onChange: (next: RunningOrder) => void;
  onRestoreKept: () => void;
  onClose: () => void;
}

const buttonClass =
  'min-h-11 rounded-md border-2 border-[#0f172a] bg-[#ffffff] px-3 py-1 font-semibold text-[#0f172a] hover:bg-[#e2e8f0] disabled:border-[#94a3b8] disabled:text-[#475569] disabled:hover:bg-[#ffffff] aria-pressed:bg-[#172554] aria-pressed:text-[#ffffff]';
const fieldClass =
  'w-full rounded border-2 border-[#475569] bg-[#ffffff] px-2 py-1 text-[#0f172a] focus:border-[#172554]';

const EVENT_FIELDS: [keyof MeetingEvent, DeckMessageKey, string][] = [
  ['name', 'tailorEventName', 'text'],
  ['date', 'tailorEventDate', 'date'],
  ['place', 'tailorEventPlace', 'text'],
  ['presenter', 'tailorEventPresenter', 'text'],
  ['role', 'tailorEventRole', 'text'],
];

export default function TailorPanel(props: TailorPanelProps) {
  const { id, deck, runningOrder, unknownIds, isLinkBroken, hasKept, linkLength, t } = props;
  const { datasetId, onChange, onRestoreKept, onClose } = props;
  const slides = deck.slides;
  const headingId = useId();
  const listHeadingId = useId();
  const fieldId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const root = useRef<HTMLElement>(null);
  /** The row just moved, and which of its buttons moved it: the focus goes back there. */
  const moved = useRef<{ slideId: string; which: 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [fileStatus, setFileStatus] = useState<{ text: string; isError: boolean } | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const shown = slides.filter((slide) => !slide.isHidden).length;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  // Esc closes the panel (the deck's own keys, Esc among them, stay out of it).
  useEffect(() => {
    const panel = root.current;
    const handleKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    panel?.addEventListener('keydown', handleKey);
    return () => panel?.removeEventListener('keydown', handleKey);
  }, [onClose]);

  // A moved row is drawn anew in its place: the focus follows it to the same button, or to the
  // other one where it reached an end.
  useLayoutEffect(() => {
    const last = moved.current;
    moved.current = null;
    if (!last || !list.current) return;
    const button = (which: string) =>
      list.current?.querySelector<HTMLButtonElement>(
        `[data-slide-id="${last.slideId}"] [data-move="${which}"]`,
      );
    const same = button(last.which);
    (same && !same.disabled ? same : button(last.which === 'up' ? 'down' : 'up'))?.focus();
  }, [slides]);

  const move = (from: number, to: number, which: 'up' | 'down' | null) => {
    const slide = slides[from];
    if (!slide || to < 0 || to >= slides.length) return;
    onChange(moveSlide(runningOrder, slides, from, to));
    setAnnouncement(
      t('tailorMoved', { title: slide.title, position: to + 1, total: slides.length }),
    );
    if (which) moved.current = { slideId: slide.id, which };
  };

  const toggleHidden = (slideId: string, title: string, isHidden: boolean) => {
    onChange(setHidden(runningOrder, slides, slideId, !isHidden));
    setAnnouncement(t(isHidden ? 'tailorShownNow' : 'tailorHiddenNow', { title }));
  };

  const changeEvent = (key: keyof MeetingEvent, value: string) =>
    onChange({ ...runningOrder, event: { ...runningOrder.event, [key]: value } });

  const handleSave = () => {
    const file = `${deck.fileStem}-running-order.json`;
    downloadBlob(
      new Blob([runningOrderFile({ ...runningOrder, order: slides.map((s) => s.id) }, datasetId)], {
        type: 'application/json',
      }),
      file,
    );
    setFileStatus({ text: t('tailorSaveDone', { file }), isError: false });
  };

  const handleOpen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let opened: RunningOrder | null = null;
    try {
      opened = file.size <= 1_000_000 ? readRunningOrderFile(await file.text()) : null;
    } catch {
      opened = null;
    }
    if (opened) {
      onChange(opened);
      setFileStatus({ text: t('tailorOpenDone', { file: file.name }), isError: false });
    } else {
      setFileStatus({ text: t('tailorOpenFailed', { file: file.name }), isError: true });
    }
  };

  const handleDrop = (event: DragEvent, to: number) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, to, null);
    setDragged(null);
  };

  const hasUnknown = unknownIds.length > 0;
  const isLinkLong = linkLength !== null && linkLength > LINK_LIMIT;
  return (
    <section
      ref={root}
      id={id}
      aria-labelledby={headingId}
      // The deck's keys (arrows, space, letters) stay with the panel while it has the focus.
      data-deck-keys="off"
      className="tailor-panel flex h-full flex-col gap-3 overflow-y-auto bg-[#ffffff] p-4 text-base leading-snug text-[#0f172a]"
    >
      <div className="flex items-start justify-between gap-3">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="text-xl font-bold text-[#172554] focus:outline-none"
        >
          {t('tailorOpen')}
        </h2>
        <button type="button" onClick={onClose} className={buttonClass}>
          {t('tailorClose')}
        </button>
      </div>
      <p>{t('tailorIntro')}</p>
      {isLinkBroken || hasUnknown || isLinkLong || fileStatus ? (
        <div className="flex flex-col gap-2 rounded border-l-4 border-[#b45309] bg-[#fef3c7] p-3 text-[#78350f]">
          {isLinkBroken ? <p>{t('tailorLinkBroken')}</p> : null}
          {isLinkBroken && hasKept ? (
            <button type="button" onClick={onRestoreKept} className={`${buttonClass} self-start`}>
              {t('tailorRestoreKept')}
            </button>
          ) : null}
          {hasUnknown ? (
            <p>
              {t('tailorUnknownSlides', {
                count: unknownIds.length,
                ids: formatList(unknownIds, deck.language),
              })}
            </p>
          ) : null}
          {isLinkLong ? (
            <p>{t('tailorLinkLong', { length: linkLength, limit: LINK_LIMIT })}</p>
          ) : null}
          {fileStatus ? (
            <p className={fileStatus.isError ? 'font-semibold' : undefined}>{fileStatus.text}</p>
          ) : null}
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p className="tailor-count font-semibold">
        {t('tailorShownCount', { shown, total: slides.length })}
      </p>
      <h3 id={listHeadingId} className="text-lg font-bold text-[#172554]">
        {t('tailorSlides')}
      </h3>
      <p className="text-sm text-[#334155]">{t('tailorDragHint')}</p>
      <ol ref={list} aria-labelledby={listHeadingId} className="flex flex-col gap-2">
        {slides.map((slide, index) => {
          const isHidden = slide.isHidden === true;
          const points = runningOrder.talkingPoints[slide.id] ?? '';
          const pointsId = `${fieldId}-${slide.id}`;
          return (
            // Dragging is a shortcut for a pointer; Move up and Move down are the way for everyone.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
            <li
              key={slide.id}
              data-slide-id={slide.id}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                // Firefox starts a drag only with data.
                event.dataTransfer.setData('text/plain', slide.title);
                setDragged(index);
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => handleDrop(event, index)}
              onDragEnd={() => setDragged(null)}
              className={`flex flex-col gap-2 rounded border-2 p-2 ${isHidden ? 'border-dashed border-[#64748b] bg-[#f1f5f9]' : 'border-[#cbd5e1] bg-[#ffffff]'} ${dragged === index ? 'opacity-60' : ''}`}
            >
              <p className="flex gap-2 font-semibold">
                <span className="tabular-nums">{index + 1}.</span>
                <span className="tailor-slide-title min-w-0 flex-1">{slide.title}</span>
                {isHidden ? (
                  <span className="shrink-0 rounded bg-[#334155] px-2 text-sm text-[#ffffff]">
                    {t('tailorHiddenTag')}
                  </span>
                ) : null}
              </p>
              <div className="flex flex-wrap gap-2">
                <button
                  data-move="up"
                  type="button"
                  aria-label={t('tailorMoveUpSlide', { title: slide.title })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1, 'up')}
                  className={buttonClass}
                >
                  {t('tailorMoveUp')}
                </button>
                <button
                  data-move="down"
                  type="button"
                  aria-label={t('tailorMoveDownSlide', { title: slide.title })}
                  disabled={index === slides.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                  className={buttonClass}
                >
                  {t('tailorMoveDown')}
                </button>
                <button
                  type="button"
                  aria-label={t('tailorHideSlide', { title: slide.title })}
                  aria-pressed={isHidden}
                  // The last slide shown stays shown: a deck of no slide has nothing to present.
                  disabled={!isHidden && shown === 1}
                  onClick={() => toggleHidden(slide.id, slide.title, isHidden)}
                  className={buttonClass}
                >
                  {t('tailorHide')}
                </button>
              </div>
              <label htmlFor={pointsId} className="text-sm font-semibold">
                {t('tailorTalkingPoints')}
              </label>
              <textarea
                id={pointsId}
                aria-label={t('tailorTalkingPointsSlide', { title: slide.title })}
                value={points}
                rows={points === '' ? 2 : 4}
                onChange={(event) =>
                  onChange(setTalkingPoints(runningOrder, slide.id, event.target.value))
                }
                className={fieldClass}
              />
            </li>
          );
        })}
      </ol>
      <fieldset className="flex flex-col gap-2 rounded border-2 border-[#cbd5e1] p-3">
        <legend className="px-1 text-lg font-bold text-[#172554]">{t('tailorEvent')}</legend>
        {EVENT_FIELDS.map(([key, label, type]) => (
          <label key={key} className="flex flex-col gap-1">
            <span className="font-semibold">{t(label)}</span>
            <input
              type={type}
              value={runningOrder.event[key]}
              maxLength={300}
              onChange={(event) => changeEvent(key, event.target.value)}
              className={fieldClass}
            />
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-2 pb-2">
        <button
          type="button"
          onClick={() => {
            onChange(DEFAULT_RUNNING_ORDER);
            setAnnouncement(t('tailorResetDone'));
          }}
          className={buttonClass}
        >
          {t('tailorReset')}
        </button>
        <button type="button" onClick={handleSave} className={buttonClass}>
          {t('tailorSave')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className={buttonClass}>
          {t('tailorOpenFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          className="hidden"
          onChange={(event) => void handleOpen(event)}
        />
      </div>
    </section>
  );
}
