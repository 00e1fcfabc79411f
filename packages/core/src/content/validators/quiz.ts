// The quiz validator alone: a page with only <mend-quiz> builds only the quiz schemas.
// Running this module lists the validator as loaded (see loaded.ts).
import { quizKind } from '../schemas/quiz.js';
import { kindValidator } from './shared.js';

export const validate = kindValidator(quizKind);
