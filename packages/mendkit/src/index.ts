export * from '@mendkit/core';
export * from '@mendkit/quiz';
export * from '@mendkit/explainer';
export * from '@mendkit/checklist';
