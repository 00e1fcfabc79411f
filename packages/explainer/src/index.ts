export { MendExplainer } from './explainer.js';
