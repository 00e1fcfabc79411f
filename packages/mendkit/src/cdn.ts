// The CDN bundle's entry: one <script type="module"> defines all three elements.
import './define.js';
