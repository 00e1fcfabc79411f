// The quiz validator alone: a page with only <mend-quiz> builds only the quiz schemas.
import { quizKind, type QuizContent } from '../schemas/quiz.js';
import { validateContent, type Validation } from '../validate.js';

export const validate = (input: unknown): Validation<QuizContent> => validateContent(quizKind, input);
