// The public API of @mendkit/explainer: the element, its event details and the section names
// its `view` attribute takes. The self-check logic is internal.
export {
  MendExplainer,
  type ExplainerAnswerDetail,
  type ExplainerChangeDetail,
  type ExplainerCompleteDetail,
} from './explainer.js';
export { explainerSections, type ExplainerSection, type ExplainerView } from './self-check.js';
