import type { Problem } from '../content/problems.js';

/** Every event detail names the content it came from. */
export interface ContentRef {
  contentId: string;
  version: string;
}

/** Why content could not be shown. */
export type LoadErrorKind = 'network' | 'parse' | 'validation';

export interface MendErrorDetail {
  /** Null when the document was unreadable and named no id or version. */
  contentId: string | null;
  version: string | null;
  kind: LoadErrorKind;
  problems: Problem[];
}

/** All mendkit events bubble out of shadow roots so a host page can listen anywhere. */
export class MendEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** Content is loaded and the widget is ready for the person. */
export class MendReadyEvent extends MendEvent<ContentRef> {
  static readonly eventName = 'mend-ready';
  constructor(detail: ContentRef) {
    super(MendReadyEvent.eventName, detail);
  }
}

/** The person answered something; widgets extend the detail with what was answered. */
export class MendAnswerEvent<Detail extends ContentRef = ContentRef> extends MendEvent<Detail> {
  static readonly eventName = 'mend-answer';
  constructor(detail: Detail) {
    super(MendAnswerEvent.eventName, detail);
  }
}

/** The person changed something (a tick, a section). */
export class MendChangeEvent<Detail extends ContentRef = ContentRef> extends MendEvent<Detail> {
  static readonly eventName = 'mend-change';
  constructor(detail: Detail) {
    super(MendChangeEvent.eventName, detail);
  }
}

/** The person finished (a result, a completed self-check or checklist). */
export class MendCompleteEvent<Detail extends ContentRef = ContentRef> extends MendEvent<Detail> {
  static readonly eventName = 'mend-complete';
  constructor(detail: Detail) {
    super(MendCompleteEvent.eventName, detail);
  }
}

/** Content could not be loaded or is invalid; the widget shows an error panel. */
export class MendErrorEvent extends MendEvent<MendErrorDetail> {
  static readonly eventName = 'mend-error';
  constructor(detail: MendErrorDetail) {
    super(MendErrorEvent.eventName, detail);
  }
}

/**
 * The events every widget fires, by name, with the details of every widget on the page.
 * A listener on `document` or `window` cannot know which widget an event came from, so its
 * detail is the union of the widgets' details (each carries `contentId` and `version`).
 */
export interface MendGlobalEventMap {
  'mend-ready': EventFromWidgets<'mend-ready', MendReadyEvent>;
  'mend-answer': EventFromWidgets<'mend-answer', MendAnswerEvent>;
  'mend-change': EventFromWidgets<'mend-change', MendChangeEvent>;
  'mend-complete': EventFromWidgets<'mend-complete', MendCompleteEvent>;
  'mend-error': EventFromWidgets<'mend-error', MendErrorEvent>;
}

/** The event `Type` of every registered widget that fires it; `Fallback` while none is registered. */
type EventFromWidgets<Type extends string, Fallback> = [WidgetEvent<Type>] extends [never]
  ? Fallback
  : WidgetEvent<Type>;
type WidgetEvent<Type extends string> = MendWidgetEvents[keyof MendWidgetEvents] extends infer Events
  ? Events extends { [K in Type]: infer E }
    ? E
    : never
  : never;

declare global {
  /**
   * Each widget's own events by tag, added by the widget packages (declaration merging), so
   * document-level listeners see exactly the details of the widgets a program imports.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the widget packages
  interface MendWidgetEvents {}
  /* eslint-disable @typescript-eslint/no-empty-object-type -- the DOM's maps gain mendkit's events */
  interface HTMLElementEventMap extends MendGlobalEventMap {}
  interface DocumentEventMap extends MendGlobalEventMap {}
  interface WindowEventMap extends MendGlobalEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
