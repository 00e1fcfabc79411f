/// <reference types="mendkit/vue" />
