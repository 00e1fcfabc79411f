// The CDN bundle's entry: one <script type="module"> defines all three elements, and the
// interface strings follow the page's language (<html lang="es"> is enough).
import '@mendkit/core/localize.js';
import '../src/define.js';
