export {
  MendExplainer,
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
// The built-in content, one loader per locale (server rendering inlines it).
export { defaultContent as explainerDefaultContent } from './generated/default-content.js';
