// Interface strings carry a description for translators (`msg('…', { id, desc })`). lit-localize
// reads it from the sources and the runtime never does, so the CDN bundles and the size check
// leave it out: about a kilobyte of brotli across the widgets.
const pattern = /,\s*desc:\s*(['"])(?:\\.|(?!\1)[^\\\n])*\1/g;
const ownSource = /[\\/]packages[\\/][a-z]+[\\/]src[\\/].+\.ts$/;

/** The code with every `, desc: '…'` property removed. */
export const stripMsgDesc = (code) => code.replace(pattern, '');

/** For rollup, before TypeScript is compiled. */
export const stripMsgDescRollup = () => ({
  name: 'strip-msg-desc',
  transform: (code, id) => (ownSource.test(id) ? { code: stripMsgDesc(code), map: null } : null),
});

/** For esbuild: loads our own TypeScript sources without the descriptions. */
export const stripMsgDescEsbuild = (readFile) => ({
  name: 'strip-msg-desc',
  setup(build) {
    build.onLoad({ filter: ownSource }, async (args) => ({
      contents: stripMsgDesc(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
});
