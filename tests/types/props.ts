// What framework declarations derive from an element class.
import type {
  MendElementAttributes,
  MendElementProps,
  MendEventHandlers,
  MendQuiz,
  MendQuizEvents,
  QuizContent,
} from 'mendkit';
import { expectTrue, type Equal } from './assert.js';

type Props = MendElementProps<MendQuiz>;
expectTrue<Equal<Props['content'], QuizContent | undefined>>();
expectTrue<Equal<Props['layout'], 'step' | 'list' | undefined>>();
// Read-only getters and methods are not props.
expectTrue<Equal<'status' extends keyof Props ? true : false, false>>();
expectTrue<Equal<'reload' extends keyof Props ? true : false, false>>();
expectTrue<Equal<'addEventListener' extends keyof Props ? true : false, false>>();

type Attributes = MendElementAttributes<MendQuiz>;
expectTrue<Equal<Attributes['no-quick-exit'], boolean | undefined>>();
expectTrue<Equal<'content' extends keyof Attributes ? true : false, false>>();

type Handlers = MendEventHandlers<MendQuizEvents>;
expectTrue<Equal<Parameters<NonNullable<Handlers['onmend-complete']>>[0], MendQuizEvents['mend-complete']>>();
