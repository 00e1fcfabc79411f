export { MendNote, type NoteChangeDetail } from './note.js';
export { defaultContent as noteDefaultContent } from './generated/default-content.js';
