/// <reference types="mendkit/svelte" />
