// The public API of @mendkit/explainer: the element, its event details and the section names
// its `view` attribute takes. The self-check logic is internal.
export {
  MendExplainer,
  type MendExplainerEventMap,
  type MendExplainerEvents,
  type ExplainerAnswerDetail,
  type ExplainerChangeDetail,
  type ExplainerCompleteDetail,
} from './explainer.js';
export { explainerSections, type ExplainerSection, type ExplainerView } from './self-check.js';
// The built-in content, one loader per locale (server rendering inlines it).
export { defaultContent as explainerDefaultContent } from './generated/default-content.js';
