import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useDataset } from '../data/dataset-query';
import { barButtonClass, Deck, type DeckControl, type DeckLabels } from './deck';
import { PresenterView, presenterButtonClass, type PresenterLabels } from './presenter-view';
import { PptxDownloadButton } from './pptx-download-button';
import { PrintSlides } from './print-slides';
import type { SlideDeck } from './slide-types';
import type { Blank } from './use-deck-keys';
import { useDeckSync, type DeckSyncState } from './use-deck-sync';
import { withDeckMessages, type DeckTranslate } from './deck-i18n';
import type { DeckMessageKey } from './deck-messages-fr';
import { useI18n } from '../i18n/use-i18n';
import { currentPageLocale } from '../url-state/page-path';
import { serializeUrlState } from '../url-state/url-state';
import { useUrlState } from '../url-state/use-url-state';
import { selectSlideDeck } from './select-slides';
import { applyRunningOrder, shownDeck, type TailoredDeck } from './running-order';
import { useRunningOrder } from './use-running-order';

/** The running order's panel: its own chunk, loaded when first opened. */
const TailorPanel = lazy(() => import('./tailor-panel'));

/** The name of the presenter's window: S or the button again reuses it rather than open another. */
const PRESENTER_WINDOW = 'joint-action-plans-presenter';

const HELP_KEYS: [DeckMessageKey, DeckMessageKey][] = [
  ['deckKeyNextKeys', 'deckKeyNext'],
  ['deckKeyPreviousKeys', 'deckKeyPrevious'],
  ['deckKeyEndsKeys', 'deckKeyEnds'],
  ['deckKeyJumpKeys', 'deckKeyJump'],
  ['deckKeyBlackKeys', 'deckKeyBlack'],
  ['deckKeyWhiteKeys', 'deckKeyWhite'],
  ['deckKeyPresenterKeys', 'deckKeyPresenter'],
  ['deckKeyTimerKeys', 'deckKeyTimer'],
  ['deckKeyHelpKeys', 'deckKeyHelp'],
  ['deckKeyExitKeys', 'deckKeyExit'],
];

function deckLabels(t: DeckTranslate): DeckLabels {
  return {
    deck: t('presentDeck'),
    slide: t('deckSlideRole'),
    slideLabel: (current, total) => t('deckSlideLabel', { current, total }),
    announce: (current, total, title) => t('deckAnnounce', { current, total, title }),
    progress: (current, total) => t('presentProgress', { current, total }),
    numberLabel: (current, total) => t('deckNumberLabel', { current, total }),
    previous: t('presentPrevious'),
    next: t('presentNext'),
    exit: t('presentExit'),
    controls: t('deckControls'),
    menu: t('deckMenu'),
    keys: t('deckKeys'),
    notes: t('notesTitle'),
    blankBlack: t('deckBlankBlack'),
    blankWhite: t('deckBlankWhite'),
    help: {
      title: t('deckKeysTitle'),
      intro: t('deckKeysIntro'),
      close: t('deckKeysClose'),
      keys: HELP_KEYS.map(([keys, action]) => ({ keys: t(keys), action: t(action) })),
    },
  };
}

function useDeckTranslate(): DeckTranslate {
  const { t, locale } = useI18n();
  return useMemo(() => withDeckMessages(t, locale), [t, locale]);
}

/** The deck of the current view: the dataset, the language and the filters the URL holds. */
function useSlideDeck(): SlideDeck {
  const dataset = useDataset();
  const { t, locale } = useI18n();
  const [url] = useUrlState();
  // The slide number is not part of the deck: moving on does not rebuild it.
  const viewKey = JSON.stringify([url.themes, url.q, url.newOnly, url.plan]);
  return useMemo(
    () => selectSlideDeck(dataset, url, locale, t),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset, locale, t, viewKey],
  );
}

/**
 * The deck as the presenter's running order tailors it (running-order.ts), and its panel: what
 * both windows show. `deck` has every slide, hidden ones marked (the PowerPoint's); `shown` the
 * slides to show and print.
 */
function useTailoring(): {
  tailored: TailoredDeck;
  shown: SlideDeck;
  isOpen: boolean;
  toggle: () => void;
  panelId: string;
  panel: ReactNode;
  notice: string | null;
} {
  const base = useSlideDeck();
  const dataset = useDataset();
  const t = useDeckTranslate();
  const control = useRunningOrder();
  const { runningOrder } = control;
  const tailored = useMemo(() => applyRunningOrder(base, runningOrder, t), [base, runningOrder, t]);
  const shown = useMemo(() => shownDeck(tailored.deck), [tailored]);
  const panelId = useId();
  const [isOpen, setIsOpen] = useState(false);
  // A broken link's notice shows over the deck until the panel, which says it too, is opened.
  const [hasOpened, setHasOpened] = useState(false);
  const toggle = useCallback(() => {
    setIsOpen((open) => !open);
    setHasOpened(true);
  }, []);
  const close = useCallback(() => {
    setIsOpen(false);
    // Back to the button that opened it (the deck's bar, or the presenter's header).
    document.querySelector<HTMLElement>('[data-control="tailor"]')?.focus();
  }, []);
  const panel = isOpen ? (
    <Suspense fallback={null}>
      <TailorPanel
        id={panelId}
        deck={tailored.deck}
        runningOrder={runningOrder}
        unknownIds={tailored.unknownIds}
        isLinkBroken={control.isLinkBroken}
        hasKept={control.hasKept}
        linkLength={control.linkLength}
        datasetId={dataset.id}
        t={t}
        onChange={control.change}
        onRestoreKept={control.restoreKept}
        onClose={close}
      />
    </Suspense>
  ) : null;
  const notice = control.isLinkBroken && !hasOpened ? t('tailorLinkBroken') : null;
  return { tailored, shown, isOpen, toggle, panelId, panel, notice };
}

/** The slides, in the audience's window (`?mode=present`) or the presenter's (`?mode=presenter`). */
export default function Presentation() {
  const [url] = useUrlState();
  return url.mode === 'presenter' ? <PresenterWindow /> : <AudienceWindow />;
}

function AudienceWindow() {
  const tailoring = useTailoring();
  const deck = tailoring.shown;
  const t = useDeckTranslate();
  const [url, updateUrl] = useUrlState();
  const [blank, setBlank] = useState<Blank>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const [isNotesOpen, setIsNotesOpen] = useState(false);
  const total = deck.slides.length;
  const index = Math.min(url.slide, total) - 1;
  const enteredFullscreen = useRef(false);
  const labels = useMemo(() => deckLabels(t), [t]);

  const broadcast = useDeckSync(
    () => ({ slide: index + 1, blank, deck }),
    (state: DeckSyncState) => {
      updateUrl({ slide: Math.min(Math.max(state.slide, 1), total) }, { replace: true });
      setBlank(state.blank);
    },
  );

  // A deck rebuilt (another language, a dataset opened in this window) reaches the presenter too.
  useEffect(() => {
    broadcast({ slide: index + 1, blank, deck });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck]);

  const handleIndexChange = useCallback(
    (next: number) => {
      updateUrl({ slide: next + 1 }, { replace: true });
      setBlank('none');
      broadcast({ slide: next + 1, blank: 'none', deck });
    },
    [updateUrl, broadcast, deck],
  );
  const handleBlankChange = useCallback(
    (next: Blank) => {
      setBlank(next);
      broadcast({ slide: index + 1, blank: next, deck });
    },
    [broadcast, index, deck],
  );
  const handleExit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    updateUrl({ mode: 'dashboard', slide: 1 });
  }, [updateUrl]);

  const handleOpenPresenter = useCallback(() => {
    const href = `${window.location.pathname}${serializeUrlState(
      { ...url, mode: 'presenter', slide: index + 1 },
      currentPageLocale(),
    )}`;
    let opened: Window | null = null;
    try {
      opened = window.open(href, PRESENTER_WINDOW, 'popup,width=1280,height=800');
    } catch {
      opened = null;
    }
    if (opened) {
      setNotice(null);
      opened.focus();
    } else {
      // Blocked: the notes come to this window instead.
      setNotice(t('presenterBlocked'));
      setIsNotesOpen(true);
    }
  }, [url, index, t]);

  useEffect(() => {
    // Esc in full screen is taken by the browser to leave full screen: leave the deck with it.
    const handleChange = () => {
      if (document.fullscreenElement) enteredFullscreen.current = true;
      else if (enteredFullscreen.current) updateUrl({ mode: 'dashboard', slide: 1 });
    };
    document.addEventListener('fullscreenchange', handleChange);
    return () => document.removeEventListener('fullscreenchange', handleChange);
  }, [updateUrl]);

  const controls: DeckControl[] = [
    {
      id: 'tailor',
      label: t('tailorOpen'),
      onClick: tailoring.toggle,
      isExpanded: tailoring.isOpen,
      controlsId: tailoring.panelId,
    },
    { id: 'presenter', label: t('presenterView'), onClick: handleOpenPresenter },
    {
      id: 'notes',
      label: t(isNotesOpen ? 'hideNotes' : 'showNotes'),
      onClick: () => setIsNotesOpen((open) => !open),
      isPressed: isNotesOpen,
    },
    { id: 'print', label: t('printSlides'), onClick: () => window.print() },
  ];

  return (
    <>
      <Deck
        deck={deck}
        index={index}
        blank={blank}
        labels={labels}
        controls={controls}
        notice={notice ?? tailoring.notice}
        isNotesOpen={isNotesOpen}
        aside={tailoring.panel}
        onIndexChange={handleIndexChange}
        onBlankChange={handleBlankChange}
        onOpenPresenter={handleOpenPresenter}
        onExit={handleExit}
      >
        <PptxDownloadButton deck={tailoring.tailored.deck} className={barButtonClass} />
      </Deck>
      <PrintSlides deck={deck} numberLabel={labels.numberLabel} />
    </>
  );
}

function PresenterWindow() {
  const tailoring = useTailoring();
  const ownDeck = tailoring.shown;
  const { locale } = useI18n();
  const t = useDeckTranslate();
  const [url, updateUrl] = useUrlState();
  const [blank, setBlank] = useState<Blank>('none');
  // The audience's deck when it has told us (it may show a dataset opened from a file there).
  const [audienceDeck, setAudienceDeck] = useState<SlideDeck | null>(null);
  const deck = audienceDeck ?? ownDeck;
  const total = deck.slides.length;
  const index = Math.min(url.slide, total) - 1;

  const broadcast = useDeckSync(
    () => ({ slide: index + 1, blank }),
    (state) => {
      if (state.deck) setAudienceDeck(state.deck);
      const slides = state.deck?.slides.length ?? total;
      updateUrl({ slide: Math.min(Math.max(state.slide, 1), slides) }, { replace: true });
      setBlank(state.blank);
    },
  );

  useEffect(() => {
    document.title = t('presenterViewTitle', { title: deck.title });
  }, [t, deck.title]);

  const labels: PresenterLabels = useMemo(() => {
    const base = deckLabels(t);
    return {
      previous: base.previous,
      next: base.next,
      notes: base.notes,
      numberLabel: base.numberLabel,
      keys: base.keys,
      help: base.help,
      title: t('presenterView'),
      current: t('presenterCurrentSlide'),
      nextSlide: t('presenterNextSlide'),
      endOfDeck: t('presenterEndOfDeck'),
      elapsed: t('presenterElapsed'),
      resetTimer: t('presenterResetTimer'),
      clock: t('presenterClock'),
      audienceBlack: t('presenterAudienceBlack'),
      audienceWhite: t('presenterAudienceWhite'),
    };
  }, [t]);

  return (
    <PresenterView
      deck={deck}
      index={index}
      blank={blank}
      locale={locale}
      labels={labels}
      notice={tailoring.notice}
      aside={tailoring.panel}
      tailorButton={
        <button
          type="button"
          data-control="tailor"
          aria-expanded={tailoring.isOpen}
          aria-controls={tailoring.isOpen ? tailoring.panelId : undefined}
          onClick={tailoring.toggle}
          className={presenterButtonClass}
        >
          {t('tailorOpen')}
        </button>
      }
      onIndexChange={(next) => {
        updateUrl({ slide: next + 1 }, { replace: true });
        setBlank('none');
        broadcast({ slide: next + 1, blank: 'none' });
      }}
      onBlankChange={(next) => {
        setBlank(next);
        broadcast({ slide: index + 1, blank: next });
      }}
    />
  );
}
