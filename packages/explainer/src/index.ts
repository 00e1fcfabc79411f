export {
  MendExplainer,
  type MendExplainerEventMap,
  type MendExplainerEvents,
  type ExplainerAnswerDetail,
  type ExplainerChangeDetail,
  type ExplainerCompleteDetail,
} from './explainer.js';
export {
  explainerSections,
  firstUnansweredIndex,
  isSelfCheckComplete,
  isMatch,
  isExplainerView,
  nextTabIndex,
  restoreSelfCheckAnswers,
  scoreSelfCheck,
  explainerSectionsOf,
  type SelfCheckAnswers,
  type SelfCheckItem,
  type ExplainerSection,
  type ExplainerView,
} from './self-check.js';
