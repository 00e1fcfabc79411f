// The quiz validator alone: a page with only <mend-quiz> builds only the quiz schemas.
import { quizKind, type QuizContent } from '../schemas/quiz.js';
import type { Validation } from '../validate.js';
import { validateContent } from './shared.js';

export const validate = (input: unknown): Validation<QuizContent> => validateContent(quizKind, input);
