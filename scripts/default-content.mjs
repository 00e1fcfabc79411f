/** The document each widget shows when a site gives it none (content/<kind>/<id>/). */
export const defaultContentIds = {
  quiz: 'repairable',
  explainer: 'reconciliation-vs-forgiveness',
  checklist: 'trust-actions',
};
