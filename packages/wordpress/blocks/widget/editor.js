// The mendkit/widget block's editor side, in plain JavaScript (no build step): sidebar controls
// and a live preview of the real widget, which the plugin loads into the editor as well.
/* global wp, mendkitEditor */
(function () {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const { __ } = wp.i18n;
  const data = typeof mendkitEditor === 'object' && mendkitEditor ? mendkitEditor : { documents: [] };

  const tags = { quiz: 'mend-quiz', explainer: 'mend-explainer', checklist: 'mend-checklist' };

  /** Element attributes from block attributes, in a fixed order (the saved markup depends on it). */
  function elementProps(a) {
    const props = {};
    const set = (name, value) => {
      if (typeof value === 'string' && value.trim() !== '') props[name] = value.trim();
    };
    const doc = (data.documents || []).find((d) => d.slug === a.document);
    set('src', doc ? doc.url : a.src);
    set('lang', a.lang);
    set('theme', a.theme);
    set('persist', a.persist);
    if (a.widget === 'quiz') {
      set('layout', a.layout);
      set('support-href', a.supportHref);
      set('support-label', a.supportLabel);
      set('quick-exit-url', a.quickExitUrl);
      if (a.noQuickExit) props['no-quick-exit'] = '';
    }
    if (a.widget === 'explainer') set('view', a.view);
    if (a.widget === 'checklist') set('group', a.group);
    return props;
  }

  const option = (value, label) => ({ value, label });

  function Controls({ attributes: a, setAttributes }) {
    const documents = (data.documents || []).filter((d) => d.kind === a.widget);
    const text = (label, key, help) =>
      el(TextControl, {
        label,
        help,
        value: a[key],
        onChange: (value) => setAttributes({ [key]: value }),
      });
    return el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Widget', 'mendkit') },
        el(SelectControl, {
          label: __('Widget', 'mendkit'),
          value: a.widget,
          options: [
            option('quiz', __('Quiz: can this relationship be repaired?', 'mendkit')),
            option('explainer', __('Explainer: forgiveness and reconciliation', 'mendkit')),
            option('checklist', __('Checklist: rebuilding trust', 'mendkit')),
          ],
          onChange: (widget) => setAttributes({ widget, document: '' }),
        }),
        el(SelectControl, {
          label: __('Language', 'mendkit'),
          help: __("Site default follows the page's language.", 'mendkit'),
          value: a.lang,
          options: [
            option('', __('Site default', 'mendkit')),
            option('en', 'English'),
            option('es', 'Español'),
            option('fr', 'Français'),
            option('de', 'Deutsch'),
            option('ar', 'العربية'),
          ],
          onChange: (lang) => setAttributes({ lang }),
        }),
        el(SelectControl, {
          label: __('Theme', 'mendkit'),
          value: a.theme,
          options: [
            option('', __("Follow the reader's light or dark setting", 'mendkit')),
            option('light', __('Light', 'mendkit')),
            option('dark', __('Dark', 'mendkit')),
          ],
          onChange: (theme) => setAttributes({ theme }),
        }),
        a.widget === 'quiz' &&
          el(SelectControl, {
            label: __('Layout', 'mendkit'),
            value: a.layout,
            options: [
              option('', __('One question at a time', 'mendkit')),
              option('list', __('All questions at once', 'mendkit')),
            ],
            onChange: (layout) => setAttributes({ layout }),
          }),
        el(SelectControl, {
          label: __('Remember answers', 'mendkit'),
          value: a.persist,
          options: [
            option('', __('Site default', 'mendkit')),
            option('session', __('Until the tab closes', 'mendkit')),
            option('device', __('On this device', 'mendkit')),
            option('none', __('Not at all', 'mendkit')),
          ],
          onChange: (persist) => setAttributes({ persist }),
        }),
        a.widget === 'explainer' && text(__('Open on section', 'mendkit'), 'view'),
        a.widget === 'checklist' && text(__('Checklist group', 'mendkit'), 'group'),
      ),
      el(
        PanelBody,
        { title: __('Content', 'mendkit'), initialOpen: false },
        el(SelectControl, {
          label: __("This site's documents", 'mendkit'),
          help: __('Add documents under Settings → mendkit.', 'mendkit'),
          value: a.document,
          options: [option('', __('Built-in content', 'mendkit'))].concat(
            documents.map((d) => option(d.slug, d.title)),
          ),
          onChange: (document) => setAttributes({ document }),
        }),
        !a.document && text(__('Content URL', 'mendkit'), 'src', __('A JSON document of this kind.', 'mendkit')),
      ),
      a.widget === 'quiz' &&
        el(
          PanelBody,
          { title: __('Safety and support', 'mendkit'), initialOpen: true },
          text(__('Support link', 'mendkit'), 'supportHref', __('Empty: the site default.', 'mendkit')),
          text(__('Support link label', 'mendkit'), 'supportLabel'),
          text(__('Quick exit URL', 'mendkit'), 'quickExitUrl', __('Where Leave quickly goes.', 'mendkit')),
          el(ToggleControl, {
            label: __('Hide the quick exit button', 'mendkit'),
            checked: !!a.noQuickExit,
            onChange: (noQuickExit) => setAttributes({ noQuickExit }),
          }),
        ),
    );
  }

  registerBlockType('mendkit/widget', {
    edit(props) {
      const tag = tags[props.attributes.widget] || 'mend-quiz';
      return el(
        Fragment,
        null,
        el(Controls, props),
        el('div', useBlockProps(), el(tag, Object.assign({ key: tag }, elementProps(props.attributes)))),
      );
    },
    save({ attributes }) {
      const tag = tags[attributes.widget] || 'mend-quiz';
      return el(tag, elementProps(attributes));
    },
  });
})();
