export { MendChecklist } from './checklist.js';
